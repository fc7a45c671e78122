package dev.switchback.ui.common;

import dev.switchback.model.Units;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows SI values (metres, kilograms) in the user's units and reads typed values back to SI.
 * Parsing failures throw {@link IllegalArgumentException} with a sentence the editor shows
 * next to the field.
 */
public final class UnitFormat {
    public static final double METRES_PER_MILE = Units.METRES_PER_MILE;
    public static final double METRES_PER_FOOT = Units.METRES_PER_FOOT;
    public static final double KG_PER_POUND = Units.KG_PER_POUND;

    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2}):(\\d{1,2})");
    private static final Pattern WORDS = Pattern.compile("(?:(\\d+(?:[.,]\\d+)?)\\s*h)?\\s*(?:(\\d+)\\s*(?:min|m)?)?");

    private final Units units;

    public UnitFormat(Units units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    public Units units() {
        return units;
    }

    public String distanceUnit() {
        return units.distanceUnit();
    }

    public String climbUnit() {
        return units.climbUnit();
    }

    public String massUnit() {
        return units.massUnit();
    }

    /** Distance in km or mi, the number only, one decimal ("12.5"). */
    public String distanceNumber(double metres) {
        return number(units.distance(metres), 1);
    }

    public String distance(double metres) {
        return distanceNumber(metres) + " " + distanceUnit();
    }

    public String climbNumber(double metres) {
        return number(units.climb(metres), 0);
    }

    public String climb(double metres) {
        return climbNumber(metres) + " " + climbUnit();
    }

    public String massNumber(double kg) {
        return number(units.mass(kg), 1);
    }

    public String mass(double kg) {
        return massNumber(kg) + " " + massUnit();
    }

    /** Pack mass times distance, in kg-km or lb-mi. */
    public String massDistance(double kgKm) {
        double v = units == Units.METRIC ? kgKm : kgKm / KG_PER_POUND / (METRES_PER_MILE / 1000);
        return number(v, 0) + (units == Units.METRIC ? " kg-km" : " lb-mi");
    }

    /** "45 min", "1 h 30", "3 h". */
    public static String duration(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        long h = minutes / 60;
        long m = minutes % 60;
        return m == 0 ? h + " h" : String.format(Locale.ROOT, "%d h %02d", h, m);
    }

    /** The text an editor field starts with: "1:30". */
    public static String durationInput(Duration d) {
        long minutes = d.toMinutes();
        return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    public double parseDistanceMetres(String what, String text) {
        double v = parseNumber(what, text);
        return units.distanceToMetres(v);
    }

    public double parseClimbMetres(String what, String text) {
        double v = parseNumber(what, text);
        return units.climbToMetres(v);
    }

    public double parseMassKg(String what, String text) {
        double v = parseNumber(what, text);
        return units.massToKg(v);
    }

    /** A number; blank reads as 0. Accepts a decimal comma. */
    public static double parseNumber(String what, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            double v = Double.parseDouble(t.replace(',', '.'));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": \"" + t + "\" is not a number");
        }
    }

    /** "1:30", "90" (minutes), "1.5h", "1h30", "1 h 30 min"; blank reads as zero. */
    public static Duration parseDuration(String what, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Duration.ZERO;
        }
        Matcher hm = HOURS_MINUTES.matcher(t);
        if (hm.matches()) {
            int minutes = Integer.parseInt(hm.group(2));
            if (minutes > 59) {
                throw new IllegalArgumentException(what + ": minutes after the colon must be below 60 (was "
                        + minutes + ")");
            }
            return Duration.ofMinutes(Long.parseLong(hm.group(1)) * 60 + minutes);
        }
        Matcher w = WORDS.matcher(t);
        if (w.matches() && (w.group(1) != null || w.group(2) != null)) {
            double hours = w.group(1) == null ? 0 : Double.parseDouble(w.group(1).replace(',', '.'));
            long minutes = w.group(2) == null ? 0 : Long.parseLong(w.group(2));
            return Duration.ofMinutes(Math.round(hours * 60) + minutes);
        }
        throw new IllegalArgumentException(what + ": \"" + text.strip()
                + "\" is not a duration; type 1:30, 90 (minutes) or 1.5h");
    }

    /** A number for an input field: no trailing ".0" ("6", "6.5"). */
    public static String plain(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.valueOf(v);
    }

    private static String number(double v, int decimals) {
        if (decimals == 0 || Math.abs(v - Math.rint(v)) < 0.05) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
