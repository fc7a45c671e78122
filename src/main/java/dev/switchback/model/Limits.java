package dev.switchback.model;

import java.time.Duration;

/** The outer bounds of plausible values. Anything beyond is a typing or unit error, not training. */
public final class Limits {
    public static final Duration MAX_SESSION_DURATION = Duration.ofHours(24);
    public static final double MAX_DISTANCE_M = 300_000;
    public static final double MAX_CLIMB_M = 15_000;
    public static final double MAX_PACK_KG = 80;
    public static final double MAX_RPE = 10;
    public static final int MAX_TITLE = 120;
    public static final int MAX_NOTE = 4_000;
    public static final int MAX_TRIP_DAYS = 60;

    private Limits() {
    }
}
