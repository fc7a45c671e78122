package dev.switchback.ui.findings;

import atlantafx.base.theme.Styles;
import dev.switchback.engine.Fixes;
import dev.switchback.engine.Severity;
import dev.switchback.ui.app.PlanDocument;
import java.util.Optional;
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
    private static final String STYLESHEET = FindingsPanel.class.getResource("findings.css").toExternalForm();

    private final FindingsViewModel model;
    private final VBox cards = new VBox(8);

    /** The panel for the window: the document's analysis, one-click fixes by the engine's {@link Fixes}. */
    public static FindingsPanel create(PlanDocument document) {
        return create(document, Fixes::apply);
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
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        scroll.visibleProperty().bind(model.emptyMessageProperty().isEmpty());

        StackPane body = new StackPane(scroll, emptyBox);
        body.setAlignment(Pos.TOP_CENTER);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, problem, body);

        model.items().addListener((javafx.collections.ListChangeListener<FindingItem>) c -> rebuildCards());
        model.selectedProperty().addListener((obs, old, now) -> markSelected());
        rebuildCards();
    }

    public FindingsViewModel viewModel() {
        return model;
    }

    private void rebuildCards() {
        cards.getChildren().setAll(model.items().stream().map(this::card).toList());
        markSelected();
    }

    private void markSelected() {
        for (Node n : cards.getChildren()) {
            n.pseudoClassStateChanged(SELECTED,
                    model.selectedProperty().get().map(s -> s == n.getUserData()).orElse(false));
        }
    }

    private Node card(FindingItem item) {
        FontIcon icon = new FontIcon(icon(item.severity()));
        icon.getStyleClass().add("severity-icon");
        Label severity = new Label(item.severityLabel());
        severity.getStyleClass().add("severity-label");
        VBox iconBox = new VBox(2, icon, severity);
        iconBox.setAlignment(Pos.TOP_CENTER);
        iconBox.setMinWidth(62);

        Label message = new Label(item.message());
        message.getStyleClass().add("finding-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        Label dates = new Label(item.datesText(), new FontIcon(MaterialDesignC.CALENDAR_RANGE));
        dates.getStyleClass().addAll("finding-dates", Styles.TEXT_SMALL);
        Label source = new Label(item.sourceText());
        source.getStyleClass().addAll("finding-source", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        Label evidence = new Label(item.evidenceText());
        evidence.getStyleClass().addAll("evidence-tag", Styles.TEXT_SMALL);
        evidence.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip.install(evidence, new Tooltip("How far the rule's basis can be trusted: "
                + item.finding().source().evidence().label() + "."));
        dates.setMinWidth(Region.USE_PREF_SIZE);
        // Wraps to a second line in a narrow panel rather than cutting the date short.
        FlowPane meta = new FlowPane(8, 4, dates, evidence, source);
        meta.setAlignment(Pos.CENTER_LEFT);

        Label why = new Label(item.why());
        why.getStyleClass().add("finding-why");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.setVisible(false);
        why.managedProperty().bind(why.visibleProperty());
        Hyperlink whyLink = new Hyperlink("Why?");
        whyLink.setMinWidth(Region.USE_PREF_SIZE);
        whyLink.getStyleClass().add(Styles.TEXT_SMALL);
        whyLink.setOnAction(e -> {
            why.setVisible(!why.isVisible());
            whyLink.setText(why.isVisible() ? "Hide why" : "Why?");
        });

        VBox text = new VBox(4, message, meta, why, fixRow(item, whyLink));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox card = new HBox(10, iconBox, text);
        card.getStyleClass().addAll("finding-card", styleOf(item.severity()));
        card.setUserData(item);
        Tooltip tip = new Tooltip(item.why());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(message, tip);
        card.setOnMouseClicked(e -> model.select(item));
        return card;
    }

    private Node fixRow(FindingItem item, Hyperlink whyLink) {
        HBox row = new HBox(8);
        row.setAlignment(Pos.CENTER_LEFT);
        FindingItem.Fix fix = item.fix();
        if (fix instanceof FindingItem.Fix.Applicable a) {
            Button apply = applyButton(a.buttonLabel());
            apply.setOnAction(e -> model.applyFix(item));
            row.getChildren().add(apply);
        } else if (fix instanceof FindingItem.Fix.Unavailable u) {
            Button apply = applyButton(u.buttonLabel());
            apply.setDisable(true);
            // A disabled control shows no tooltip, so the wrapper carries it.
            StackPane wrapper = new StackPane(apply);
            wrapper.setAlignment(Pos.CENTER_LEFT);
            Tooltip.install(wrapper, new Tooltip(u.reason()));
            row.getChildren().add(wrapper);
        } else {
            Label advice = new Label(fix.text(), new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
            advice.getStyleClass().addAll("finding-advice", Styles.TEXT_SMALL);
            advice.setWrapText(true);
            advice.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(advice, Priority.ALWAYS);
            row.getChildren().add(advice);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        row.getChildren().addAll(spacer, whyLink);
        return row;
    }

    private static Button applyButton(String label) {
        Button b = new Button(label, new FontIcon(MaterialDesignA.AUTO_FIX));
        b.getStyleClass().addAll("apply-fix", Styles.SMALL);
        b.setWrapText(true);
        b.setMinHeight(Region.USE_PREF_SIZE);
        return b;
    }

    static Ikon icon(Severity s) {
        return switch (s) {
            case BLOCK -> MaterialDesignC.CLOSE_OCTAGON;
            case WARN -> MaterialDesignA.ALERT;
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
        };
    }

    private static String styleOf(Severity s) {
        return switch (s) {
            case BLOCK -> "finding-block";
            case WARN -> "finding-warn";
            case INFO -> "finding-info";
        };
    }
}
