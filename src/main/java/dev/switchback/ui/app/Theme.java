package dev.switchback.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.prefs.Preferences;
import javafx.application.Application;

/** Light or dark AtlantaFX Primer, remembered in the user's preferences. */
public enum Theme {
    LIGHT,
    DARK;

    /**
     * The binary form of the same stylesheet that AtlantaFX ships next to the CSS: JavaFX reads it
     * without parsing text, which is a good part of the theme's cost before the first frame.
     */
    public void apply() {
        Application.setUserAgentStylesheet(this == LIGHT ? new PrimerLight().getUserAgentStylesheetBSS()
                : new PrimerDark().getUserAgentStylesheetBSS());
    }

    public static Theme load(Preferences prefs) {
        String forced = System.getProperty("switchback.theme", "");
        if (!forced.isBlank()) {
            return "dark".equalsIgnoreCase(forced) ? DARK : LIGHT;
        }
        return "DARK".equals(prefs.get("theme", "LIGHT")) ? DARK : LIGHT;
    }

    public void save(Preferences prefs) {
        prefs.put("theme", name());
    }
}
