package dev.switchback.model;

/** Where soreness sits; load carriage shows first in feet, shoulders, hips and back. */
public enum BodyArea {
    FEET("Feet"),
    ANKLES("Ankles"),
    CALVES("Calves"),
    KNEES("Knees"),
    THIGHS("Thighs"),
    HIPS("Hips"),
    BACK("Back"),
    SHOULDERS("Shoulders");

    private final String label;

    BodyArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
