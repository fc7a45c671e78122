package dev.switchback.model;

/** Ground underfoot, from easiest to hardest. */
public enum Terrain {
    ROAD("Road"),
    TRAIL("Trail"),
    TECHNICAL("Technical"),
    OFF_TRAIL("Off-trail"),
    SNOW("Snow");

    private final String label;

    Terrain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
