package dev.switchback.engine.rules;

/** Where a day's Hooper sum falls in the plan's {@link HooperBands}. */
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
}
