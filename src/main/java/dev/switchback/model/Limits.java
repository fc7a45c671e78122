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
    /** Bailout options of one day, and the length of one. */
    public static final int MAX_BAILOUTS = 10;
    public static final int MAX_BAILOUT = 200;
    /** Points of one planned route: a day's route thinned to about one point every 10 m fits. */
    public static final int MAX_ROUTE_POINTS = 20_000;
    /** Altitudes above sea level: the Dead Sea shore to above Everest. */
    public static final double MIN_ALTITUDE_M = -500;
    public static final double MAX_ALTITUDE_M = 9_000;

    private Limits() {
    }
}
