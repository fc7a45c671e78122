package dev.switchback.ui.week;

import dev.switchback.ui.log.LogStyles;
import dev.switchback.ui.week.WeekModels.Card;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** One session card; colours come from the card's kind class in switchback.css. */
final class SessionCardView extends VBox {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final Card card;

    SessionCardView(Card card, Runnable onLog) {
        this.card = card;
        getStyleClass().addAll("session-card", card.styleClass(), card.complianceClass());
        setId("card-" + card.id());
        Label kind = new Label(card.kindLabel().toUpperCase(java.util.Locale.ROOT));
        kind.getStyleClass().add("card-kind");
        kind.setWrapText(true);
        kind.setMinWidth(0);
        kind.setTooltip(new Tooltip(card.kind().label()));
        String kindText = kind.getText();
        kind.widthProperty().addListener((obs, was, now) -> fitLongestWord(kind, kindText));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(4, kind, spacer);
        if (card.done()) {
            FontIcon done = new FontIcon(MaterialDesignC.CHECK_CIRCLE);
            done.getStyleClass().add("card-done");
            Tooltip.install(done, new Tooltip(card.complianceText() + ": an outing log is recorded"
                    + " (right-click to edit it)"));
            top.getChildren().add(done);
        }
        Label title = new Label(card.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        title.setAccessibleText(card.title());
        // A word wider than the column ("Schrofenpass") would be cut in two: set the title smaller instead, and a
        // word wider still ends in "…" with the whole title in the tooltip (CardTitlesTest).
        title.widthProperty().addListener((obs, was, now) -> fitLongestWord(title, card.title()));
        title.fontProperty().addListener((obs, was, now) -> fitLongestWord(title, card.title()));
        getChildren().addAll(top, title);
        // the tick already says "done as planned"; a badge only for what needs a look
        card.badge().ifPresent(text -> {
            Label badge = LogStyles.complianceBadge(card.compliance());
            badge.setText(text);
            badge.setId("compliance-" + card.id());
            getChildren().add(badge);
        });
        if (!card.duration().isEmpty()) {
            getChildren().add(detail(card.duration()));
        }
        for (String d : card.details()) {
            getChildren().add(detail(d));
        }
        if (card.logDue()) {
            // its own short line: next to the kind it would squeeze "STRENGTH / MOBILITY" in a narrow column
            Button log = new Button("Log", new FontIcon(MaterialDesignP.PENCIL_PLUS_OUTLINE));
            log.setId("log-" + card.id());
            log.getStyleClass().addAll("flat", "small", "card-log");
            log.setTooltip(new Tooltip("Log outing: what you did and how it felt (right-click the card for the quick "
                    + "log)"));
            log.setFocusTraversable(false);
            log.setMinWidth(Region.USE_PREF_SIZE);
            log.setOnAction(e -> onLog.run());
            getChildren().add(log);
        }
        setFillWidth(true);
        setMaxWidth(Double.MAX_VALUE);
    }

    static final String TIGHT = "card-title-tight";

    /**
     * Adds {@link #TIGHT} (a smaller font) while the longest word of {@code full} is wider than the label; a word
     * wider than the label even at the smaller size is cut to what fits and ends in "…", so a line never ends in
     * the middle of a word (JavaFX breaks such a word wherever the line is full: "Schrofenp / ass"). A label that
     * is cut shows {@code full} in its tooltip, unless it has a tooltip of its own.
     */
    private static void fitLongestWord(Label label, String full) {
        double width = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
        if (width <= 0) {
            return;
        }
        boolean tight = label.getStyleClass().contains(TIGHT);
        javafx.scene.text.Font font = label.getFont();
        javafx.scene.text.Font normal = tight ? javafx.scene.text.Font.font(font.getFamily(),
                javafx.scene.text.FontWeight.BOLD, font.getSize() / TIGHT_SCALE) : font;
        boolean fits = longestWord(full, normal) <= width;
        // a change of the style class can set the new font at once, calling this again from within: what this
        // call measured is then out of date, so it leaves the rest to the call for the new font
        if (fits && tight) {
            show(label, full, full);
            label.getStyleClass().remove(TIGHT);
            return;
        } else if (!fits && !tight) {
            label.getStyleClass().add(TIGHT);
            return;
        }
        show(label, fits ? full : cutLongWords(full, font, width), full);
    }

    private static void show(Label label, String shown, String full) {
        if (!shown.equals(label.getText())) {
            label.setText(shown);
        }
        Tooltip tip = label.getTooltip();
        if (!shown.equals(full) && tip == null) {
            Tooltip whole = new Tooltip(full);
            whole.getProperties().put(CUT_TIP, Boolean.TRUE);
            label.setTooltip(whole);
        } else if (shown.equals(full) && tip != null && tip.getProperties().containsKey(CUT_TIP)) {
            label.setTooltip(null);
        }
    }

    /** Marks a tooltip {@link #fitLongestWord} added, which it takes away again once the whole text fits. */
    private static final String CUT_TIP = "switchback.cut-title";

    /** {@code text} with every word wider than {@code width} cut to the longest start that fits with "…". */
    static String cutLongWords(String text, javafx.scene.text.Font font, double width) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(font);
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            probe.setText(word);
            if (probe.getLayoutBounds().getWidth() <= width) {
                out.append(word);
                continue;
            }
            int keep = word.length() - 1;
            while (keep > 1) {
                probe.setText(word.substring(0, keep) + "\u2026");
                // a pixel to spare: the label's own line breaking must not find the cut word a hair too wide
                if (probe.getLayoutBounds().getWidth() <= width - 1) {
                    break;
                }
                keep--;
            }
            out.append(word, 0, Math.max(1, keep)).append('\u2026');
        }
        return out.toString();
    }

    /** The font scale of {@link #TIGHT} in switchback.css (0.85em of the label's own size). */
    private static final double TIGHT_SCALE = 0.85;

    static double longestWord(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(font);
        double max = 0;
        for (String word : text.split("\\s+")) {
            probe.setText(word);
            max = Math.max(max, probe.getLayoutBounds().getWidth());
        }
        return max;
    }

    private static Label detail(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("card-detail");
        l.setMinWidth(0);
        l.setWrapText(true);
        return l;
    }

    Card card() {
        return card;
    }
}
