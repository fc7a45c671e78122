package dev.switchback.model;

/**
 * How the user wants distances, climbs and masses shown. Storage is always SI; these methods are
 * the one place that converts between SI and the user's units.
 */
public enum Units {
    METRIC("km", "m", "kg"),
    IMPERIAL("mi", "ft", "lb");

    public static final double METRES_PER_MILE = 1609.344;
    public static final double METRES_PER_FOOT = 0.3048;
    public static final double KG_PER_POUND = 0.45359237;

    private final String distanceUnit;
    private final String climbUnit;
    private final String massUnit;

    Units(String distanceUnit, String climbUnit, String massUnit) {
        this.distanceUnit = distanceUnit;
        this.climbUnit = climbUnit;
        this.massUnit = massUnit;
    }

    /** "km" or "mi". */
    public String distanceUnit() {
        return distanceUnit;
    }

    /** "m" or "ft". */
    public String climbUnit() {
        return climbUnit;
    }

    /** "kg" or "lb". */
    public String massUnit() {
        return massUnit;
    }

    /** Metres to km or mi. */
    public double distance(double metres) {
        return this == METRIC ? metres / 1000 : metres / METRES_PER_MILE;
    }

    /** Km or mi to metres. */
    public double distanceToMetres(double value) {
        return this == METRIC ? value * 1000 : value * METRES_PER_MILE;
    }

    /** Metres to m or ft. */
    public double climb(double metres) {
        return this == METRIC ? metres : metres / METRES_PER_FOOT;
    }

    /** M or ft to metres. */
    public double climbToMetres(double value) {
        return this == METRIC ? value : value * METRES_PER_FOOT;
    }

    /** Kilograms to kg or lb. */
    public double mass(double kg) {
        return this == METRIC ? kg : kg / KG_PER_POUND;
    }

    /** Kg or lb to kilograms. */
    public double massToKg(double value) {
        return this == METRIC ? value : value * KG_PER_POUND;
    }
}
