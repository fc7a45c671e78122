package dev.switchback.ui.findings;

import atlantafx.base.theme.Styles;
import dev.switchback.ui.app.PlanDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** The findings of the week on screen: one card per finding, a summary line and a calm empty state. */
public final class FindingsPanel extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final int SPARE_CARDS = 8;
    private static final String STYLESHEET = FindingsPanel.class.getResource("findings.css").toExternalForm();

    private final FindingsViewModel model;
    private final VBox cards = new VBox(8);
    /** The card on screen for each finding, to keep it when an edit leaves that finding as it was. */
    private Map<FindingItem.Key, Card> cardsByFinding = Map.of();
    /**
     * Cards of findings that went away lately, for when they come back (undo, redo, trying a value
     * and going back): taking one costs a text update instead of a new card.
     */
    private final Map<FindingItem.Key, Card> spareCards = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FindingItem.Key, Card> eldest) {
            return size() > SPARE_CARDS;
        }
    };

    /** The panel for the window: the document's analysis, one-click fixes by the engine's {@link Fixes}. */
    public static FindingsPanel create(PlanDocument document) {
        return create(document, FindingsViewModel.ENGINE_FIXES);
    }

    public static FindingsPanel create(PlanDocument document, FixApplier fixer) {
        return new FindingsPanel(new FindingsViewModel(document, Optional.of(fixer)));
    }

    public FindingsPanel(FindingsViewModel model) {
        this.model = model;
        getStyleClass().add("findings-panel");
        getStylesheets().add(STYLESHEET);
        setSpacing(8);

        Label title = new Label("Findings");
        title.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.setId("findings-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        // a long summary ("2 blocking (1 overridden), 1 warning") wraps rather than cutting the title short
        title.setMinWidth(Region.USE_PREF_SIZE);
        summary.setWrapText(true);
        summary.setMinWidth(0);
        summary.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, summary);
        header.setAlignment(Pos.BASELINE_LEFT);

        Label problem = new Label();
        problem.setId("findings-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Label empty = new Label();
        empty.setId("findings-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(model.emptyMessageProperty());
        FontIcon emptyIcon = new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE);
        emptyIcon.getStyleClass().add("empty-icon");
        VBox emptyBox = new VBox(8, emptyIcon, empty);
        emptyBox.setAlignment(Pos.TOP_CENTER);
        emptyBox.getStyleClass().add("empty-box");
        emptyBox.visibleProperty().bind(model.emptyMessageProperty().isNotEmpty());

        cards.getStyleClass().add("finding-cards");
        cards.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        // Cards wrap to the panel's width; a sideways scrollbar would hide the end of every sentence.
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cards.setMinWidth(0);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        scroll.visibleProperty().bind(model.emptyMessageProperty().isEmpty());

        StackPane body = new StackPane(scroll, emptyBox);
        body.setAlignment(Pos.TOP_CENTER);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, problem, body);

        model.items().addListener((javafx.collections.ListChangeListener<FindingItem>) c -> updateCards());
        model.selectedProperty().addListener((obs, old, now) -> markSelected());
        updateCards();
        // once on a screen, and out of the frame that put it there: match the cards' styles before a card is needed
        sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                    javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(FindingsPanel.this::warmUp);
                }
            }
        });
    }

    /**
     * Matches the CSS of a card of each shape (blocking with an Apply button and an override, warning with a
     * disabled button, note with advice) in the panel, then takes them out again. JavaFX keeps the selectors that
     * match a node's kind and style classes per scene, so the first finding card of a window costs about twice
     * what a later one does, and an edit that brings the first cards after the panel is shown paid that at once
     * (docs/performance.md, "Session 7: findings panel"). Done once, in the pulse after the panel is shown.
     */
    private void warmUp() {
        if (getScene() == null) {
            return;
        }
        List<Card> shapes = List.of(
                new Card().shape("block", new FindingItem.Fix.Applicable("", "Apply"), true),
                new Card().shape("warn", new FindingItem.Fix.Unavailable("", "Apply", ""), false),
                new Card().shape("info", new FindingItem.Fix.Advice(""), false));
        for (Card c : shapes) {
            c.setVisible(false);
            c.setManaged(false);
        }
        cards.getChildren().addAll(shapes);
        for (Card c : shapes) {
            c.applyCss();
        }
        cards.getChildren().removeAll(shapes);
    }

    public FindingsViewModel viewModel() {
        return model;
    }

    /**
     * Keeps the card of every finding that is still there (same rule, week and days), updating its
     * text in place when its numbers changed; builds cards only for findings that are new; and moves
     * nodes only where the order changed. A card that joins the scene costs CSS and layout, which is
     * most of an edit's time in this panel.
     */
    private void updateCards() {
        Map<FindingItem.Key, Card> next = new HashMap<>();
        List<Node> wanted = new ArrayList<>(model.items().size());
        for (FindingItem item : model.items()) {
            Card card = cardsByFinding.get(item.key());
            if (card == null) {
                card = spareCards.remove(item.key());
            }
            if (card == null || next.containsKey(item.key())) {
                card = new Card(item);
            } else {
                card.show(item);
            }
            next.putIfAbsent(item.key(), card);
            wanted.add(card);
        }
        cardsByFinding.forEach((key, card) -> {
            if (!next.containsKey(key)) {
                spareCards.put(key, card);
            }
        });
        cardsByFinding = next;
        placeInOrder(cards.getChildren(), wanted);
        markSelected();
    }

    /** Makes {@code have} hold {@code wanted} in order, removing and inserting as few nodes as it can. */
    static void placeInOrder(List<Node> have, List<Node> wanted) {
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        have.removeIf(n -> !keep.contains(n));
        for (int i = 0; i < wanted.size(); i++) {
            Node n = wanted.get(i);
            if (i < have.size() && have.get(i) == n) {
                continue;
            }
            have.remove(n); // a node moving down the list: it may sit in one place only
            have.add(i, n);
        }
    }

    private void markSelected() {
        Optional<FindingItem.Key> selected = model.selectedProperty().get().map(FindingItem::key);
        for (Node n : cards.getChildren()) {
            n.pseudoClassStateChanged(SELECTED, selected.isPresent() && n instanceof Card c
                    && selected.get().equals(c.item.key()));
        }
    }

    /** One finding's card; {@link #show} puts another version of the same finding into it. */
    private final class Card extends HBox {
        private FindingItem item;
        private final FontIcon icon = new FontIcon();
        private final Label severity = new Label();
        private final Label message = new Label();
        private final Label dates = new Label("", new FontIcon(MaterialDesignC.CALENDAR_RANGE));
        private final Label source = new Label();
        private final Label evidence = new Label();
        /** "Overridden on ...: reason" for a finding the user saved over; made for the first such version. */
        private Label override;
        /** Made on the first "Why?": most cards are never asked, and every node costs CSS matching. */
        private Label why;
        private final Hyperlink whyLink = new Hyperlink("Why?");
        private final VBox text;
        private Node fixRow;

        Card(FindingItem first) {
            this();
            show(first);
        }

        /** A card with no finding yet: {@link #show} or {@link #shape} dresses it. */
        Card() {
            super(10);
            icon.getStyleClass().add("severity-icon");
            // one label with the icon above its word, rather than a box of two nodes
            severity.getStyleClass().add("severity-label");
            severity.setGraphic(icon);
            severity.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            severity.setGraphicTextGap(2);
            severity.setAlignment(Pos.TOP_CENTER);
            severity.setMinWidth(62);

            message.getStyleClass().add("finding-message");
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);

            dates.getStyleClass().addAll("finding-dates", Styles.TEXT_SMALL);
            source.getStyleClass().addAll("finding-source", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            source.setWrapText(true);
            source.setMinHeight(Region.USE_PREF_SIZE);
            evidence.getStyleClass().addAll("evidence-tag", Styles.TEXT_SMALL);
            evidence.setMinWidth(Region.USE_PREF_SIZE);
            lazyTooltip(evidence, () -> item.evidenceHelp());
            dates.setMinWidth(Region.USE_PREF_SIZE);
            // Wraps to a second line in a narrow panel rather than cutting the date short. The source
            // has a line of its own: inside the FlowPane its full length became the panel's minimum width.
            FlowPane meta = new FlowPane(8, 4, dates, evidence);
            meta.setAlignment(Pos.CENTER_LEFT);
            meta.setMinWidth(0);

            whyLink.setMinWidth(Region.USE_PREF_SIZE);
            whyLink.getStyleClass().add(Styles.TEXT_SMALL);
            whyLink.setOnAction(e -> {
                if (why == null) {
                    why = new Label(item.why());
                    why.getStyleClass().add("finding-why");
                    why.setWrapText(true);
                    why.setMinHeight(Region.USE_PREF_SIZE);
                    why.setVisible(false);
                    why.managedProperty().bind(why.visibleProperty());
                    Card.this.text.getChildren().add(Card.this.text.getChildren().indexOf(fixRow), why);
                }
                why.setVisible(!why.isVisible());
                whyLink.setText(why.isVisible() ? "Hide why" : "Why?");
            });

            fixRow = new Region();
            text = new VBox(4, message, meta, source, fixRow);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            setMinWidth(0);
            getChildren().addAll(severity, text);
            getStyleClass().add("finding-card");
            lazyTooltip(message, () -> item.why());
            setOnMouseClicked(e -> model.select(item));
        }

        /** This card in the shape of a finding of {@code severityKey} with {@code fix}, for {@link #warmUp}. */
        Card shape(String severityKey, FindingItem.Fix fix, boolean overridden) {
            severityIs(null, severityKey);
            overrideSays(overridden ? "Overridden" : "");
            fixIs(fix);
            return this;
        }

        private void severityIs(String was, String now) {
            icon.setIconCode(icon(now));
            if (was != null) {
                getStyleClass().remove(styleOf(was));
            }
            getStyleClass().add(styleOf(now));
        }

        /** Most findings are never overridden: the label is made (above the source) for the first that is. */
        private void overrideSays(String text) {
            if (override == null) {
                if (text.isEmpty()) {
                    return;
                }
                override = new Label();
                override.getStyleClass().addAll("finding-override", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                override.setWrapText(true);
                override.setMinHeight(Region.USE_PREF_SIZE);
                override.managedProperty().bind(override.visibleProperty());
                this.text.getChildren().add(this.text.getChildren().indexOf(source), override);
            }
            override.setText(text);
            override.setVisible(!text.isEmpty());
        }

        private void fixIs(FindingItem.Fix fix) {
            Node row = fixRow(fix, whyLink);
            text.getChildren().set(text.getChildren().indexOf(fixRow), row);
            fixRow = row;
        }

        /** Sets only what differs from the version shown, so an unchanged label is not laid out again. */
        void show(FindingItem next) {
            FindingItem was = item;
            item = next;
            if (next.equals(was)) {
                return;
            }
            if (was == null || !was.severityKey().equals(next.severityKey())) {
                severityIs(was == null ? null : was.severityKey(), next.severityKey());
            }
            severity.setText(next.severityLabel());
            message.setText(next.message());
            dates.setText(next.datesText());
            source.setText(next.sourceText());
            evidence.setText(next.evidenceText());
            overrideSays(next.overrideText());
            if (why != null) {
                why.setText(next.why());
            }
            setUserData(next);
            if (was == null || !was.fix().equals(next.fix())) {
                fixIs(next.fix());
            }
        }
    }

    private Node fixRow(FindingItem.Fix fix, Hyperlink whyLink) {
        HBox row = new HBox(8);
        row.setAlignment(Pos.CENTER_LEFT);
        if (fix instanceof FindingItem.Fix.Applicable a) {
            Button apply = applyButton(a.buttonLabel());
            // The card's current version: the suggestion may have new numbers since the button was made.
            apply.setOnAction(e -> model.applyFix(cardOf(apply).item));
            row.getChildren().add(apply);
        } else if (fix instanceof FindingItem.Fix.Unavailable u) {
            Button apply = applyButton(u.buttonLabel());
            apply.setDisable(true);
            // A disabled control shows no tooltip, so the wrapper carries it.
            StackPane wrapper = new StackPane(apply);
            wrapper.setAlignment(Pos.CENTER_LEFT);
            lazyTooltip(wrapper, u::reason);
            row.getChildren().add(wrapper);
        } else {
            Label advice = new Label(fix.text(), new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
            advice.getStyleClass().addAll("finding-advice", Styles.TEXT_SMALL);
            advice.setWrapText(true);
            advice.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(advice, Priority.ALWAYS);
            advice.setMaxWidth(Double.MAX_VALUE);
            // the advice grows and so pushes "Why?" to the right: no spacer node needed
            row.getChildren().addAll(advice, whyLink);
            return row;
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        row.getChildren().addAll(spacer, whyLink);
        return row;
    }

    private static Card cardOf(Node n) {
        Node at = n;
        while (!(at instanceof Card)) {
            at = at.getParent();
        }
        return (Card) at;
    }

    /**
     * Creates the tooltip when the pointer first comes near, not with the card: a Tooltip is costly
     * to build, and a card is built for every finding that appears or changes.
     */
    private static void lazyTooltip(Node node, java.util.function.Supplier<String> text) {
        node.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, new javafx.event.EventHandler<>() {
            private boolean installed;

            @Override
            public void handle(javafx.scene.input.MouseEvent e) {
                if (!installed) {
                    installed = true;
                    Tooltip tip = new Tooltip(text.get());
                    tip.setOnShowing(shown -> tip.setText(text.get()));
                    tip.setWrapText(true);
                    tip.setMaxWidth(420);
                    Tooltip.install(node, tip);
                }
            }
        });
    }

    private static Button applyButton(String label) {
        Button b = new Button(label, new FontIcon(MaterialDesignA.AUTO_FIX));
        b.getStyleClass().addAll("apply-fix", Styles.SMALL);
        b.setWrapText(true);
        b.setMinHeight(Region.USE_PREF_SIZE);
        return b;
    }

    /** The icon of a severity key ({@link FindingItem#severityKey}): octagon, triangle, circled i. */
    static Ikon icon(String severityKey) {
        return switch (severityKey) {
            case "block" -> MaterialDesignC.CLOSE_OCTAGON;
            case "warn" -> MaterialDesignA.ALERT;
            default -> MaterialDesignI.INFORMATION_OUTLINE;
        };
    }

    private static String styleOf(String severityKey) {
        return "finding-" + severityKey;
    }
}
