package dev.switchback.model;

/**
 * Text from a plan file made safe to show: control characters (which could move a terminal's cursor,
 * clear it or change its title) are written as visible escapes, and a quoted value is cut to a short
 * excerpt. The CLI, the store's messages, the window (cards, month, findings, undo descriptions, dialogs)
 * all go through here; the PDF drops such characters as it draws (export.PdfFonts).
 */
public final class Printable {
    /** The longest part of a bad value a message quotes. */
    public static final int EXCERPT = 40;

    private Printable() {
    }

    /**
     * {@code text} with every control character (C0, DEL, C1, and the line and paragraph separators)
     * written as {@code \n}, {@code \t} or {@code \u001b}; everything else unchanged.
     */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(String.format("\\u%04x", (int) c));
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Like {@link #escape} but keeps line breaks and tabs: for multi-line output such as notes. */
    public static String escapeKeepingLines(String text) {
        var out = new StringBuilder(text.length());
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\t') {
                out.append(escape(text.substring(from, i)));
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                from = i + 1;
            }
        }
        return out.toString();
    }

    /** At most {@code max} characters of {@code text}, escaped, with "…" and the full length when cut. */
    public static String excerpt(String text, int max) {
        String safe = escape(text);
        if (safe.length() <= max) {
            return safe;
        }
        int cut = max;
        if (Character.isHighSurrogate(safe.charAt(cut - 1))) {
            cut--;
        }
        return safe.substring(0, cut) + "… (" + text.length() + " characters)";
    }

    /** {@link #excerpt(String, int)} with the standard length. */
    public static String excerpt(String text) {
        return excerpt(text, EXCERPT);
    }

    /**
     * C0, DEL, C1, the line and paragraph separators, and the bidirectional formatting characters (U+061C,
     * U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069): an override such as U+202E turns the rest of a
     * line round, so a title could make "Rest day" read as something else.
     */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || isBidiControl(c);
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    public static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
