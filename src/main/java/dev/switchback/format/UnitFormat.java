package dev.switchback.format;

import dev.switchback.model.Printable;
import dev.switchback.model.Units;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one formatter and parser of quantities. Shows SI values (metres, kilograms, {@link Duration}) in the
 * athlete's units for the window, the PDF, the CSV, the calendar and the command line, and reads what a
 * person types back to SI, with the same accepted forms and the same messages in every field.
 *
 * <p>One rounding per quantity, so that a value reads the same everywhere: distance and mass to a tenth
 * with a trailing ".0" dropped ("12 km", "12.5 km"), climb to whole m or ft, durations to the nearest
 * minute (89 min 40 s is "1 h 30" and "1:30"). Displayed numbers read back to the same displayed number.
 *
 * <p>Messages of the readers: {@code "<what> must be a number such as 12.5 (was "ten")"}; blank text is
 * "not given" ({@link Optional#empty()}); the bad value is quoted as a short escaped excerpt.
 */
public final class UnitFormat {
    private static final UnitFormat METRIC = new UnitFormat(Units.METRIC);
    private static final UnitFormat IMPERIAL = new UnitFormat(Units.IMPERIAL);

    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,4}):(\\d{2})");
    private static final Pattern WORDS =
            Pattern.compile("(?:(\\d+(?:[.,]\\d+)?)\\s*h)?\\s*(?:(\\d+)\\s*(?:min|m)?)?");
    private static final String DURATION_FORMS = "hours:minutes such as 1:30, minutes such as 90, or 1h30 or 1.5h";

    private final Units units;

    private UnitFormat(Units units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    /** The formatter of the athlete's units. */
    public static UnitFormat of(Units units) {
        return Objects.requireNonNull(units, "units") == Units.METRIC ? METRIC : IMPERIAL;
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

    // ---- showing -------------------------------------------------------------------------------------

    /** The SI value in the user's units, the number only: "7.7" mi, "1969" ft, "17.6" lb, never "8.0". */
    public String number(Measure m, double si) {
        return rounded(m.fromSi(units, si), m.decimals());
    }

    /** The number and its unit: "12.5 km". */
    public String show(Measure m, double si) {
        return number(m, si) + " " + m.unit(units);
    }

    /** {@link #show}, or "" for zero or less: a blank cell means "none". */
    public String showOrBlank(Measure m, double si) {
        return si > 0 ? show(m, si) : "";
    }

    /** Km or mi, the number only, to a tenth: "12.5", "12". */
    public String distanceNumber(double metres) {
        return number(Measure.DISTANCE, metres);
    }

    /** "12.5 km", "7.8 mi". */
    public String distance(double metres) {
        return show(Measure.DISTANCE, metres);
    }

    public String climbNumber(double metres) {
        return number(Measure.CLIMB, metres);
    }

    /** "1200 m", "3937 ft". */
    public String climb(double metres) {
        return show(Measure.CLIMB, metres);
    }

    public String massNumber(double kg) {
        return number(Measure.MASS, kg);
    }

    /** "12 kg", "12.5 kg", "26.5 lb". */
    public String mass(double kg) {
        return show(Measure.MASS, kg);
    }

    /** Pack mass times distance, whole kg-km or lb-mi. */
    public String massDistance(double kgKm) {
        double v = units.mass(units.distance(kgKm * 1000));
        return rounded(v, 0) + (units == Units.METRIC ? " kg-km" : " lb-mi");
    }

    /** A pace in minutes per km or mi: "5:30 /km"; "" when the distance is zero. */
    public String pace(Duration time, double metres) {
        double perUnit = units.distance(metres);
        if (!(perUnit > 0)) {
            return "";
        }
        long seconds = Math.round(time.toSeconds() / perUnit);
        return String.format(Locale.ROOT, "%d:%02d /%s", seconds / 60, seconds % 60, distanceUnit());
    }

    /** A duration to the nearest minute: the one rounding behind every duration shown. */
    public static long minutes(Duration d) {
        return Math.round(d.toSeconds() / 60.0);
    }

    /** "45 min", "1 h 30", "3 h", "0 min". */
    public static String duration(Duration d) {
        long minutes = minutes(d);
        if (minutes < 60) {
            return minutes + " min";
        }
        long h = minutes / 60;
        long m = minutes % 60;
        return m == 0 ? h + " h" : String.format(Locale.ROOT, "%d h %02d", h, m);
    }

    /** {@link #duration}, or "" when it rounds to no minutes. */
    public static String durationOrBlank(Duration d) {
        return minutes(d) > 0 ? duration(d) : "";
    }

    /** The text a duration field starts with: "1:30". */
    public static String durationInput(Duration d) {
        long minutes = minutes(d);
        return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    /** "RPE 5", "RPE 6.5". */
    public static String rpe(double rpe) {
        return "RPE " + plain(rpe);
    }

    /** "142 bpm". */
    public static String heartRate(int bpm) {
        return bpm + " bpm";
    }

    /** A number to a tenth without a trailing ".0" ("6", "6.5"): counts, hours of sleep, thresholds. */
    public static String plain(double v) {
        return rounded(v, 1);
    }

    /** A number for a field that must give back exactly what it holds: "6", "0.85", "1.25". */
    public static String exact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * A finding's measured value or threshold with its unit, in the athlete's units when the unit is one
     * the athlete chooses ("kg", "km", "m", "kg-km", also followed by " more"): 13.5 "kg" is "29.8 lb" for an
     * imperial athlete.
     * Other units are the engine's own and stay as they are, to two decimals: "1.37 x", "3 days".
     */
    public String measured(double value, String unit) {
        return switch (unit) {
            case "kg" -> mass(value);
            case "km" -> distance(value * 1000);
            case "m" -> climb(value);
            case "kg-km" -> massDistance(value);
            default -> unit.endsWith(MORE) && ATHLETES.contains(unit.substring(0, unit.length() - MORE.length()))
                    ? measured(value, unit.substring(0, unit.length() - MORE.length())) + MORE
                    : figure(value) + (unit.isEmpty() ? "" : " " + unit);
        };
    }

    /** A rise measured against none ("kg more", "km more"), in the athlete's units like its unit. */
    private static final String MORE = " more";
    private static final java.util.Set<String> ATHLETES = java.util.Set.of("kg", "km", "m", "kg-km");

    /** A measured figure without a unit of ours: whole numbers as they are, others to two decimals ("1.37"). */
    public static String figure(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        return Decimals.fixed(v, 2);
    }

    /** A session-RPE load in arbitrary units, whole: "412" (the caller adds "AU" where it is not a column). */
    public static String load(double au) {
        return rounded(au, 0);
    }

    /** "412 of 500 AU": done of planned, as the week and the month say it. */
    public static String loadDoneOfPlanned(double doneAu, double plannedAu) {
        return load(doneAu) + " of " + load(plannedAu) + " AU";
    }

    /** A ratio such as ACWR or a week-over-week change, to two decimals: "1.32". */
    public static String ratio(double v) {
        return Decimals.fixed(v, 2);
    }

    /** A percentage of a fraction: 0.37 is "37\u00a0%", with a no-break space so the sign never wraps alone. */
    public static String percent(double fraction) {
        return rounded(fraction * 100, 0) + "\u00a0%";
    }

    /** A change as a signed percentage of a fraction: 0.12 is "+12\u00a0%", -0.05 "-5\u00a0%", none "0\u00a0%". */
    public static String signedPercent(double fraction) {
        String p = percent(fraction);
        return p.startsWith("-") || p.startsWith("0\u00a0") ? p : "+" + p;
    }

    private static String rounded(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (decimals == 0) {
            long r = Math.round(v);
            return Long.toString(r == 0 ? 0 : r);
        }
        long tenths = Math.round(v * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + abs / 10 + "." + abs % 10;
    }

    // ---- reading -------------------------------------------------------------------------------------

    /**
     * A number as typed: "12", "12.5", "12,5" (decimal comma), or empty when blank.
     *
     * @param what the field's label, as the message starts: "Sleep"
     * @param example a value the message suggests: "7.5"
     * @throws IllegalArgumentException "Sleep must be a number such as 7.5 (was "eight")"
     */
    public static Optional<Double> readNumber(String what, String text, String example) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (!NUMBER.matcher(t).matches()) {
            throw new IllegalArgumentException(what + " must be a number such as " + example + " (was "
                    + quoted(t) + ")");
        }
        return Optional.of(Double.parseDouble(t.replace(',', '.')));
    }

    /** A whole number as typed, or empty when blank: "Resting heart rate must be a whole number such as 52". */
    public static Optional<Integer> readWhole(String what, String text, String example) {
        String t = text == null ? "" : text.strip();
        Optional<Double> v = NUMBER.matcher(t).matches() || t.isEmpty() ? readNumber(what, t, example) : Optional.of(0.5);
        if (v.isPresent() && (v.get() != Math.rint(v.get()) || Math.abs(v.get()) > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(what + " must be a whole number such as " + example + " (was "
                    + quoted(t) + ")");
        }
        return v.map(Double::intValue);
    }

    /**
     * A quantity typed in the user's units, to SI; empty when blank. The unit may follow the number
     * ("12.5 km", as shown), so a displayed value pasted back reads the same.
     */
    public Optional<Double> read(Measure m, String what, String text) {
        return read(m, what, text, m.example(units));
    }

    /** {@link #read} with the example its message gives: "Body mass (kg) must be a number such as 70". */
    public Optional<Double> read(Measure m, String what, String text, String example) {
        String t = text == null ? "" : text.strip();
        String unit = m.unit(units);
        if (t.toLowerCase(Locale.ROOT).endsWith(unit)) {
            String number = t.substring(0, t.length() - unit.length()).strip();
            if (NUMBER.matcher(number).matches()) {
                t = number;
            }
        }
        return readNumber(what, t, example).map(v -> m.toSi(units, v));
    }

    /** {@link #read}, blank as zero: the forms whose quantities default to none. */
    public double readOrZero(Measure m, String what, String text) {
        return read(m, what, text).orElse(0.0);
    }

    /** A field's label with its unit, as the form and its messages say it: "Distance (mi)". */
    public String label(String name, Measure m) {
        return name + " (" + m.unit(units) + ")";
    }

    /** {@link #readDuration} of a field that must be filled: blank is refused with the same message. */
    public static Duration requireDuration(String what, String text) {
        return readDuration(what, text).orElseThrow(() -> new IllegalArgumentException(what + " must be "
                + DURATION_FORMS + " (was \"\")"));
    }

    /** {@link #readDuration}, blank as zero. */
    public static Duration readDurationOrZero(String what, String text) {
        return readDuration(what, text).orElse(Duration.ZERO);
    }

    /**
     * A duration as typed, in any of the forms every field accepts: "1:30", "90" (minutes), "1h30",
     * "1 h 30 min", "1.5h", "45 min"; empty when blank.
     *
     * @throws IllegalArgumentException "Duration must be hours:minutes such as 1:30, ... (was "soon")"
     */
    public static Optional<Duration> readDuration(String what, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher hm = HOURS_MINUTES.matcher(t);
        if (hm.matches()) {
            int minutes = Integer.parseInt(hm.group(2));
            if (minutes > 59) {
                throw new IllegalArgumentException(what + " must have minutes below 60 after the colon, such as 1:30"
                        + " (was " + quoted(text.strip()) + ")");
            }
            return Optional.of(Duration.ofMinutes(Long.parseLong(hm.group(1)) * 60 + minutes));
        }
        Matcher w = WORDS.matcher(t);
        if (t.length() <= 12 && w.matches() && (w.group(1) != null || w.group(2) != null)) {
            double hours = w.group(1) == null ? 0 : Double.parseDouble(w.group(1).replace(',', '.'));
            long minutes = w.group(2) == null ? 0 : Long.parseLong(w.group(2));
            return Optional.of(Duration.ofMinutes(Math.round(hours * 60) + minutes));
        }
        throw new IllegalArgumentException(what + " must be " + DURATION_FORMS + " (was " + quoted(text.strip()) + ")");
    }

    /**
     * Hours as typed: a plain number is hours ("7.5", "7,5"), and every form a duration field accepts is read
     * as that time ("7:30", "7h30", "7 h 30", "450 min"); empty when blank. For a field measured in hours, such
     * as a night's sleep.
     *
     * @throws IllegalArgumentException "Sleep must be hours such as 7.5 or 7:30 (was "long")"
     */
    public static Optional<Double> readHours(String what, String text, String example) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || NUMBER.matcher(t).matches()) {
            return readNumber(what, t, example);
        }
        try {
            return readDuration(what, t).map(d -> d.toSeconds() / 3600.0);
        } catch (IllegalArgumentException notATime) {
            throw new IllegalArgumentException(what + " must be hours such as " + example + " or "
                    + durationInput(Duration.ofSeconds(Math.round(Double.parseDouble(example) * 3600))) + " (was "
                    + quoted(t) + ")");
        }
    }

    private static String quoted(String t) {
        return "\"" + Printable.excerpt(t) + "\"";
    }
}
