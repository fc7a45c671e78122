package dev.switchback.engine.plan;

import dev.switchback.engine.HardDay;
import java.time.Duration;

/**
 * Every tuning knob of the planner (headroom and the season builder) in one place. None of these is a
 * rule threshold: whether a session is safe is always the rule book's answer, asked through the engine.
 * These only say what the planner tries (the probe sessions, the step sizes, the shape of a season);
 * when the rules change, the property tests show which knob to tune.
 */
public final class Knobs {
    private Knobs() {
    }

    // ---- headroom (the check solved in reverse) ----

    /** The effort of the probe session: an easy run (the engine's own "easy" line). */
    public static final double PROBE_RPE = HardDay.EASY_RPE;
    /** Resolution of the duration search. */
    public static final Duration DURATION_STEP = Duration.ofMinutes(5);
    /** The longest probe: more room than this is shown as "at least". */
    public static final Duration MAX_PROBE = Duration.ofHours(8);
    /** The pack probe's duration (or the run's room, if that is shorter). */
    public static final Duration PACK_PROBE = Duration.ofHours(2);
    /** Resolution of the pack search, kg. */
    public static final double PACK_STEP_KG = 0.5;
    /** Heaviest pack tried, as a share of body mass (a third: Langmuir's "never above"). */
    public static final double PACK_PROBE_MAX_FRACTION = 1.0 / 3;
    /** Easy trail-running speed of the probe run, km/h (distance = duration x speed). */
    public static final double RUN_KMH = 8.0;
    /** Loaded walking speed of the pack probe, km/h (Naismith's 5 km/h, a little slower with a pack). */
    public static final double HIKE_KMH = 4.5;
    /** How many days ahead {@code check --format json} gives the headroom of (from today or the range's start). */
    public static final int HEADROOM_HORIZON_DAYS = 56;
}
