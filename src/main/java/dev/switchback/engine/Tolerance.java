package dev.switchback.engine;

/**
 * The one tolerance of the engine's comparisons: a measured value within {@link #EPS} of a threshold
 * counts as equal to it (so 13.6 / 68 is exactly 20 %), and a divisor within it of zero counts as zero.
 */
public final class Tolerance {
    public static final double EPS = 1e-9;

    private Tolerance() {
    }
}
