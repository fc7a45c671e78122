package dev.switchback.export;

import dev.switchback.model.Units;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns SI values into the athlete's units for people to read: km or mi, m or ft, kg or lb.
 * Zero values format as the empty string, so blank cells mean "none planned".
 */
public final class UnitFormat {
    public static final double METRES_PER_MILE = Units.METRES_PER_MILE;
    public static final double METRES_PER_FOOT = Units.METRES_PER_FOOT;
    public static final double KG_PER_POUND = Units.KG_PER_POUND;

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

    public double distance(double metres) {
        return units.distance(metres);
    }

    public double climb(double metres) {
        return units.climb(metres);
    }

    public double mass(double kg) {
        return units.mass(kg);
    }

    /** "12.5 km", "7.8 mi"; empty for zero. */
    public String distanceText(double metres) {
        if (metres <= 0) {
            return "";
        }
        double v = distance(metres);
        return (v < 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v))
                + " " + distanceUnit();
    }

    /** "1200 m", "3937 ft"; empty for zero. */
    public String climbText(double metres) {
        if (metres <= 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%.0f %s", climb(metres), climbUnit());
    }

    /** "12 kg", "12.5 kg", "26.5 lb": tenths only when there are any; empty for zero. */
    public String massText(double kg) {
        if (kg <= 0) {
            return "";
        }
        double v = mass(kg);
        double tenths = Math.rint(v * 10);
        String n = tenths % 10 != 0 ? String.format(Locale.ROOT, "%.1f", tenths / 10)
                : String.format(Locale.ROOT, "%.0f", tenths / 10);
        return n + " " + massUnit();
    }

    /** "45 min", "1 h 30", "3 h"; empty for zero. */
    public static String durationText(Duration d) {
        long minutes = Math.round(d.toSeconds() / 60.0);
        if (minutes <= 0) {
            return "";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        long h = minutes / 60;
        long m = minutes % 60;
        return m == 0 ? h + " h" : String.format(Locale.ROOT, "%d h %02d", h, m);
    }

    /** "RPE 5", "RPE 6.5"; empty when absent. */
    public static String rpeText(double rpe) {
        return "RPE " + (rpe == Math.rint(rpe) ? String.format(Locale.ROOT, "%.0f", rpe)
                : String.format(Locale.ROOT, "%.1f", rpe));
    }
}
