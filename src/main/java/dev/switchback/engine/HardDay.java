package dev.switchback.engine;

/**
 * The one definition of a hard outing (domain-notes 8.4), used by every rule: effort RPE >= 7, or a
 * loaded outing (pack >= 10 % of body mass) of 3 h or more. Trip days are never hard days: a trip is
 * a goal, its preparation is checked instead.
 */
public final class HardDay {
    public static final double HARD_RPE = 7;
    public static final double LOADED_FRACTION = 0.10;
    public static final double LOADED_MINUTES = 180;
    /** An easy outing, e.g. the day after a trip: effort at most this. */
    public static final double EASY_RPE = 4;

    private HardDay() {
    }

    public static boolean isHard(double rpeUsed, double minutes, double packFraction) {
        return rpeUsed >= HARD_RPE - Tolerance.EPS
                || (packFraction >= LOADED_FRACTION - Tolerance.EPS && minutes >= LOADED_MINUTES - Tolerance.EPS);
    }
}
