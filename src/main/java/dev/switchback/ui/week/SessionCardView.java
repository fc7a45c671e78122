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
        Tooltip.install(kind, new Tooltip(card.kind().label()));
        kind.widthProperty().addListener((obs, was, now) -> fitLongestWord(kind));
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
        // A word wider than the column ("Schrofenpass") would be cut in two: set the title smaller instead.
        title.widthProperty().addListener((obs, was, now) -> fitLongestWord(title));
        title.fontProperty().addListener((obs, was, now) -> fitLongestWord(title));
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

    /** Adds {@link #TIGHT} (a smaller title) while the title's longest word is wider than the label. */
    private static void fitLongestWord(Label title) {
        double width = title.getWidth() - title.snappedLeftInset() - title.snappedRightInset();
        if (width <= 0) {
            return;
        }
        boolean tight = title.getStyleClass().contains(TIGHT);
        javafx.scene.text.Font normal = tight ? javafx.scene.text.Font.font(title.getFont().getFamily(),
                javafx.scene.text.FontWeight.BOLD, title.getFont().getSize() / TIGHT_SCALE) : title.getFont();
        boolean fits = longestWord(title.getText(), normal) <= width;
        if (fits && tight) {
            title.getStyleClass().remove(TIGHT);
        } else if (!fits && !tight) {
            title.getStyleClass().add(TIGHT);
        }
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
