package dev.switchback.model;

/** Periods of a season. */
public enum PhaseKind {
    BASE("Base"),
    BUILD("Build"),
    PEAK("Peak"),
    RECOVERY("Recovery"),
    TAPER("Taper");

    private final String label;

    PhaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
