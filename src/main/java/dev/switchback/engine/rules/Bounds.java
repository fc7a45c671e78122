package dev.switchback.engine.rules;

import dev.switchback.engine.Tolerance;

/**
 * How the rules compare a measured value with a threshold: with the engine's one tolerance, so
 * 13.6 / 68 counts as exactly 20 %; and caps rounded so they never land above their threshold.
 */
public final class Bounds {
    /** Tolerance for comparing measured values with thresholds, so 13.6 / 68 counts as exactly 20 %. */
    public static final double EPS = Tolerance.EPS;

    /**
     * The nudge a suggested value is rounded with (minutes, tenths of a kilogram), so a value that is a whole
     * number up to floating-point noise (179.9999999 min) rounds to it: not a comparison tolerance ({@link #EPS}
     * is the one for comparisons), and larger than it on purpose, as the noise of a product of loads is.
     */
    public static final double ROUNDING = 1e-6;

    private Bounds() {
    }

    /** Strictly above the threshold. */
    public static boolean over(double value, double threshold) {
        return value > threshold + EPS;
    }

    /** Strictly below the threshold. */
    public static boolean under(double value, double threshold) {
        return value < threshold - EPS;
    }

    /** At or above the threshold. */
    public static boolean atLeast(double value, double threshold) {
        return value >= threshold - EPS;
    }

    /** Rounds a mass down to 0.1 kg, so a cap never lands above its threshold. */
    public static double floorTenth(double kg) {
        return Math.floor(kg * 10 + ROUNDING) / 10;
    }
}
