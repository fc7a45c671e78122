package dev.switchback.ui.log;

import dev.switchback.engine.Compliance;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The log stylesheet and the compliance badge the session cards and the journal show. */
public final class LogStyles {
    public static final String STYLESHEET = Objects.requireNonNull(
            LogStyles.class.getResource("log.css"), "log.css is missing from the jar").toExternalForm();

    /** The theme colours log.css looks up, for a window without a theme (tests, previews). */
    static final String FALLBACK = Objects.requireNonNull(
            LogStyles.class.getResource("log-fallback.css"), "log-fallback.css is missing from the jar")
            .toExternalForm();

    private LogStyles() {
    }

    public static void apply(Scene scene) {
        add(scene.getStylesheets());
    }

    public static void apply(Parent parent) {
        add(parent.getStylesheets());
    }

    private static void add(java.util.List<String> sheets) {
        // without a theme (AtlantaFX sets the user-agent stylesheet) -color-danger-fg would not resolve
        if (javafx.application.Application.getUserAgentStylesheet() == null && !sheets.contains(FALLBACK)) {
            sheets.add(FALLBACK);
        }
        if (!sheets.contains(STYLESHEET)) {
            sheets.add(STYLESHEET);
        }
    }

    /** Style class of a compliance, e.g. {@code compliance-as-planned}. */
    public static String complianceClass(Compliance c) {
        return "compliance-" + c.cssName();
    }

    /** A small coloured label, "Done as planned", for a session card or a journal row. */
    public static Label complianceBadge(Compliance c) {
        Label badge = new Label(c.label());
        badge.getStyleClass().addAll("compliance-badge", complianceClass(c));
        badge.setTooltip(new Tooltip(switch (c) {
            case AS_PLANNED -> "Logged within 20 % of the planned duration";
            case PARTLY -> "Logged, but more than 20 % shorter or longer than planned";
            case MISSED -> "Planned, the day has passed and nothing was logged";
            case EXTRA -> "Logged without a planned session";
            case UPCOMING -> "Not logged yet";
        }));
        badge.getStylesheets().add(STYLESHEET);
        return badge;
    }

    /** Sets {@code label} to show a compliance ("Done as planned", its class), replacing any earlier class. */
    public static void showBadge(Label label, String text, String complianceClass) {
        label.getStyleClass().removeIf(s -> s.startsWith("compliance-") && !s.equals("compliance-badge"));
        if (!label.getStyleClass().contains("compliance-badge")) {
            label.getStyleClass().add("compliance-badge");
        }
        label.getStyleClass().add(complianceClass);
        label.setText(text);
    }
}
