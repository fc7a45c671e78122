package dev.switchback.ui.log;

import java.util.Locale;
import java.util.Optional;

/**
 * Practitioner bands of the Hooper sum (domain-notes section 5): 4-8 fine, 9-12 watch, above 12
 * high fatigue. Drives the colours of the wellness strip.
 */
public enum HooperBand {
    NONE("No check-in"),
    FINE("Fine"),
    WATCH("Watch"),
    HIGH("High fatigue");

    private final String label;

    HooperBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static HooperBand of(Optional<Integer> sum) {
        if (sum.isEmpty()) {
            return NONE;
        }
        int s = sum.get();
        return s <= 8 ? FINE : s <= 12 ? WATCH : HIGH;
    }

    public String styleClass() {
        return "hooper-" + name().toLowerCase(Locale.ROOT);
    }
}
