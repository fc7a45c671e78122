package dev.switchback.model;

/** Why a session is in the plan. */
public enum Intention {
    ENDURANCE("Endurance"),
    TECHNIQUE("Technique"),
    RECOVERY("Recovery"),
    PEAK("Peak");

    private final String label;

    Intention(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
