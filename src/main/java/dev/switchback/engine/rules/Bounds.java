package dev.switchback.engine.rules;

import dev.switchback.engine.Tolerance;

/**
 * How the rules compare a measured value with a threshold: with the engine's one tolerance, so
 * 13.6 / 68 counts as exactly 20 %; and caps rounded so they never land above their threshold.
 */
public final class Bounds {
    /** Tolerance for comparing measured values with thresholds, so 13.6 / 68 counts as exactly 20 %. */
    public static final double EPS = Tolerance.EPS;

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
        return Math.floor(kg * 10 + 1e-6) / 10;
    }
}
