package dev.switchback.format;

import java.util.Objects;

/**
 * Sentences that hold quantities typed, so that one sentence reads in the athlete's units wherever it is
 * shown. The engine writes a finding's message, why and suggestion once, with each mass, distance or climb
 * {@linkplain #mark marked} (its SI value between two private-use characters); whoever shows the sentence
 * {@linkplain #render renders} it with the athlete's {@link UnitFormat}: "Cap the pack at 13.5 kg" for a
 * metric athlete is "Cap the pack at 29.8 lb" for an imperial one. A rendered sentence never holds a
 * marker character, and a stray one (a broken or a typed marker) is dropped.
 */
public final class Sentence {
    /** Opens a marked quantity (Unicode private use: never in the engine's own words). */
    public static final char OPEN = '\uE000';
    /** Closes a marked quantity. */
    public static final char CLOSE = '\uE001';

    private Sentence() {
    }

    /**
     * The quantity {@code si} (metres or kilograms), marked for rendering in any units. It is rendered as
     * {@link UnitFormat#show} says it everywhere else ("12 km", "12.5 kg", "26.5 lb", "640 m"), so a sentence
     * and the card, sheet or table beside it never say one value two ways.
     */
    public static String mark(Measure m, double si) {
        Objects.requireNonNull(m, "measure");
        return OPEN + code(m) + Double.toString(si) + CLOSE;
    }

    /** {@code text} with every marked quantity written in {@code units}' units; no marker is left. */
    public static String render(String text, UnitFormat units) {
        Objects.requireNonNull(units, "units");
        if (text == null || !hasMarker(text)) {
            return text;
        }
        // a scan rather than a regular expression (the findings' order renders the messages it compares): a
        // quantity is OPEN, a measure's code, [-0-9.Ee]+ or NaN or -?Infinity, CLOSE; any other marker is dropped
        StringBuilder out = new StringBuilder(text.length());
        int done = 0;
        int i = text.indexOf(OPEN);
        while (i >= 0) {
            int close = quantityEnd(text, i);
            if (close > 0) {
                Measure measure = switch (text.charAt(i + 1)) {
                    case 'D' -> Measure.DISTANCE;
                    case 'C' -> Measure.CLIMB;
                    default -> Measure.MASS;
                };
                double si = Double.parseDouble(text.substring(i + 2, close));
                out.append(text, done, i).append(units.show(measure, si));
                done = close + 1;
                i = text.indexOf(OPEN, done);
            } else {
                i = text.indexOf(OPEN, i + 1);
            }
        }
        out.append(text, done, text.length());
        return strip(out.toString());
    }

    /** The index of the CLOSE that ends a quantity marked at {@code open}, or -1 where none is marked there. */
    private static int quantityEnd(String text, int open) {
        int code = open + 1;
        if (code >= text.length() || "DCM".indexOf(text.charAt(code)) < 0) {
            return -1;
        }
        int start = code + 1;
        int j = start;
        while (j < text.length() && "-0123456789.Ee".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j > start && j < text.length() && text.charAt(j) == CLOSE) {
            return j;
        }
        for (String word : WORDS) {
            int end = start + word.length();
            if (text.startsWith(word, start) && end < text.length() && text.charAt(end) == CLOSE) {
                return end;
            }
        }
        return -1;
    }

    private static final String[] WORDS = {"NaN", "Infinity", "-Infinity"};

    /** {@link #render} in metric: the sentence as the engine's tests and the golden files read it. */
    public static String metric(String text) {
        return render(text, UnitFormat.of(dev.switchback.model.Units.METRIC));
    }

    /** {@link #compareRendered}'s answer when the two sentences differ only in or after a marked quantity. */
    public static final int UNDECIDED = Integer.MIN_VALUE;

    /**
     * The sign of {@code render(a, u).compareTo(render(b, u))} for any units {@code u}, when it can be told
     * without rendering: the two differ at a character before either holds a marker (rendering changes only
     * what lies in and after the first marker, so the rendered texts share the prefix and differ there the
     * same way, or one is a prefix of the other and the other goes on with plain text). {@link #UNDECIDED}
     * otherwise. The findings' order breaks ties by the rendered message; most ties differ in their first words.
     */
    public static int compareRendered(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int c = compareStarts(a, b);
        if (c != UNDECIDED || hasMarker(a.substring(0, n)) || hasMarker(b.substring(0, n))) {
            return c; // told apart, or a marker came first
        }
        if (a.length() == b.length()) {
            return 0;
        }
        String longer = a.length() > b.length() ? a : b;
        char next = longer.charAt(n);
        if (next == OPEN || next == CLOSE) {
            return UNDECIDED; // what follows may render to nothing (a stray marker)
        }
        return a.length() < b.length() ? -1 : 1;
    }

    /**
     * The sign of {@code render(x, u).compareTo(render(y, u))} for any units {@code u} and any two sentences
     * {@code x} and {@code y} that start with {@code a} and {@code b}, when the starts tell it: they differ at a
     * character before either holds a marker. {@link #UNDECIDED} when one start is a prefix of the other (the
     * sentences may go on either way) or a marker comes first.
     */
    public static int compareStarts(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x == OPEN || x == CLOSE || y == OPEN || y == CLOSE) {
                return UNDECIDED;
            }
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
        return UNDECIDED;
    }

    /** True if {@code text} holds a marker character (a rendered sentence never does). */
    public static boolean hasMarker(String text) {
        return text.indexOf(OPEN) >= 0 || text.indexOf(CLOSE) >= 0;
    }

    private static String strip(String text) {
        return hasMarker(text) ? text.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "") : text;
    }

    private static String code(Measure m) {
        return switch (m) {
            case DISTANCE -> "D";
            case CLIMB -> "C";
            case MASS -> "M";
        };
    }
}
