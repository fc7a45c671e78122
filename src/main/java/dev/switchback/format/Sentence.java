package dev.switchback.format;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern MARK = Pattern.compile(OPEN + "([DCM])([-0-9.Ee]+|NaN|-?Infinity)" + CLOSE);

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
        Matcher m = MARK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            Measure measure = switch (m.group(1)) {
                case "D" -> Measure.DISTANCE;
                case "C" -> Measure.CLIMB;
                default -> Measure.MASS;
            };
            double si = Double.parseDouble(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(units.show(measure, si)));
        }
        m.appendTail(out);
        return strip(out.toString());
    }

    /** {@link #render} in metric: the sentence as the engine's tests and the golden files read it. */
    public static String metric(String text) {
        return render(text, UnitFormat.of(dev.switchback.model.Units.METRIC));
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
