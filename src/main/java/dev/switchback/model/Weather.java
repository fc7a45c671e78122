package dev.switchback.model;

/** Conditions that make an outing harder than its numbers say. */
public enum Weather {
    HOT("Hot"),
    COLD("Cold"),
    WINDY("Windy"),
    WET("Wet");

    private final String label;

    Weather(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
