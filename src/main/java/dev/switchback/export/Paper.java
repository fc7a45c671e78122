package dev.switchback.export;

/** Page sizes in PostScript points (1/72 inch), portrait. */
public enum Paper {
    A4("A4", 595.28f, 841.89f),
    LETTER("Letter", 612f, 792f);

    private final String label;
    private final float widthPt;
    private final float heightPt;

    Paper(String label, float widthPt, float heightPt) {
        this.label = label;
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    public String label() {
        return label;
    }

    public float widthPt() {
        return widthPt;
    }

    public float heightPt() {
        return heightPt;
    }
}
