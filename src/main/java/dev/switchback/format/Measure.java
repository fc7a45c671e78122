package dev.switchback.format;

import dev.switchback.model.Units;

/**
 * The quantities stored in SI that are shown in the athlete's units: how each converts, how many decimals
 * it shows, and the example a message gives for it.
 */
public enum Measure {
    /** Metres, shown as km or mi to a tenth. */
    DISTANCE(1, "12.5", "7.8"),
    /** Metres of climb or descent, shown as whole m or ft. */
    CLIMB(0, "600", "2000"),
    /** Kilograms (pack, body), shown as kg or lb to a tenth. */
    MASS(1, "8", "18");

    private final int decimals;
    private final String metricExample;
    private final String imperialExample;

    Measure(int decimals, String metricExample, String imperialExample) {
        this.decimals = decimals;
        this.metricExample = metricExample;
        this.imperialExample = imperialExample;
    }

    /** Decimals shown: 1 for distance and mass (a trailing ".0" is dropped), 0 for climb. */
    public int decimals() {
        return decimals;
    }

    /** "km", "ft", "lb"... */
    public String unit(Units units) {
        return switch (this) {
            case DISTANCE -> units.distanceUnit();
            case CLIMB -> units.climbUnit();
            case MASS -> units.massUnit();
        };
    }

    /** The SI value (metres or kilograms) in the user's units. */
    public double fromSi(Units units, double si) {
        return switch (this) {
            case DISTANCE -> units.distance(si);
            case CLIMB -> units.climb(si);
            case MASS -> units.mass(si);
        };
    }

    /** A value in the user's units back to SI. */
    public double toSi(Units units, double value) {
        return switch (this) {
            case DISTANCE -> units.distanceToMetres(value);
            case CLIMB -> units.climbToMetres(value);
            case MASS -> units.massToKg(value);
        };
    }

    /** A value a message suggests typing: "12.5" km, "7.8" mi. */
    public String example(Units units) {
        return units == Units.METRIC ? metricExample : imperialExample;
    }
}
