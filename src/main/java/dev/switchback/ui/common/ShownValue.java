package dev.switchback.ui.common;

import java.util.function.ToDoubleFunction;

/**
 * The exact value behind a rounded number in a form field. A field shows 12 345 m as "12.3" km; while the
 * user leaves that text as it is, saving must give back 12 345 m, not the 12 300 m the text reads as.
 * Every form that shows stored measures in the user's units keeps one of these per field.
 */
public final class ShownValue {
    private String shownText = "";
    private double exact;

    /** Remembers that {@code text} stands for {@code exact}, and returns the text to put in the field. */
    public String show(double exact, String text) {
        this.exact = exact;
        this.shownText = text;
        return text;
    }

    /**
     * The exact value while {@code current} says what was shown: the same text (spaces aside), or text that
     * reads as the same number ("149.9 lb" or "149,9" for the shown "149.9"); else {@code parse} of it.
     */
    public double read(String current, ToDoubleFunction<String> parse) {
        String t = current == null ? "" : current;
        if (t.strip().equals(shownText.strip())) {
            return exact;
        }
        double typed = parse.applyAsDouble(t);
        boolean sameNumber = !shownText.isBlank() && Double.compare(parse.applyAsDouble(shownText), typed) == 0;
        return sameNumber ? exact : typed;
    }

    /** The same memory as {@code other}: a copied row keeps the exact values of the one it copies. */
    public void copyFrom(ShownValue other) {
        this.exact = other.exact;
        this.shownText = other.shownText;
    }
}
