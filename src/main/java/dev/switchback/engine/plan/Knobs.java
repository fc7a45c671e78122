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

    // ---- the season builder (domain-notes section 10) ----

    /** The long day grows by at most this factor a step (section 9's spike ladder starts above 1.1x). */
    public static final double LONG_DAY_STEP = 1.1;
    /** The pack grows by this share of body mass in a pack week (rule 11 allows 10 % over four weeks). */
    public static final double PACK_STEP_FRACTION = 0.04;
    /** The climb of the long day grows by this factor a step, with the duration. */
    public static final double CLIMB_STEP = 1.15;
    /** Weeks in a block: 3 build weeks and 1 lighter (3:1); novices 2:1. */
    public static final int BLOCK_WEEKS = 4;
    public static final int NOVICE_BLOCK_WEEKS = 3;
    /**
     * A lighter week's share of the long day and easy runs, tried in order until the rule book is content
     * (section 10: the week at about 70-75 % of the block's peak; the quality session stays).
     */
    public static final java.util.List<Double> LIGHTER_SHARES = java.util.List.of(0.6, 0.55, 0.5, 0.45);
    /**
     * Shares tried when a week at the track's level is refused (coming back from a lighter week, the weekly
     * ramp rules judge it against the lighter week): the season steps back up over a week or two.
     */
    public static final java.util.List<Double> RETURN_SHARES = java.util.List.of(0.95, 0.9, 0.85, 0.8, 0.75);
    public static final double LIGHTER_WEEK = LIGHTER_SHARES.get(0);
    /**
     * Shares of the easy runs tried with a step of the long day before the step is given up (coming back
     * from a lighter week the ramp rules leave room for the long day's step, not for all the easy volume).
     */
    public static final java.util.List<Double> EASY_SHARES_WITH_A_STEP = java.util.List.of(0.7, 0.4, 0.0);
    /** Taper: the last weeks before the goal, at this share of the volume (Bosquet: cut 41-60 %). */
    public static final int TAPER_WEEKS = 2;
    public static final double TAPER_VOLUME = 0.5;
    public static final java.util.List<Double> TAPER_SHARES = java.util.List.of(0.5, 0.45, 0.4);
    /**
     * Shares of what the season laid out in the two weeks before another goal trip inside the season (not the
     * one it builds towards), tried from the first until the taper rule is content with that trip: a taper
     * for it, volume cut and the pack kept (Bosquet 2007), without moving the season's own progression.
     */
    public static final java.util.List<Double> INNER_TAPER_SHARES = java.util.List.of(0.8, 0.7, 0.6, 0.5, 0.4, 0.3);
    /** After such a taper, a later week the ramp rules object to is eased by this factor, at most this often. */
    public static final double INNER_TAPER_EASE = 0.85;
    public static final int INNER_TAPER_EASE_STEPS = 6;
    /** Shares tried, in order, when the laid-out taper still misses its cut over the days before the goal. */
    public static final java.util.List<Double> TAPER_REPAIR_SHARES = java.util.List.of(0.4, 0.35, 0.3, 0.25, 0.15, 0.0);
    /** Targets reached within this share count as reached (the "within 10 %"). */
    public static final double REACHED = 0.9;
    /** Easy runs: effort and the default weekday time budget. */
    public static final double EASY_RUN_RPE = 3;
    public static final java.time.Duration WEEKDAY_BUDGET = java.time.Duration.ofMinutes(50);
    /** The one quality session: effort and length. */
    public static final double QUALITY_RPE = 7;
    public static final java.time.Duration QUALITY = java.time.Duration.ofMinutes(50);
    /** The long loaded day's effort, and where a long day starts without history. */
    public static final double LONG_DAY_RPE = 4;
    public static final java.time.Duration FIRST_LONG_DAY = java.time.Duration.ofMinutes(90);
    /** Shares of the long day's growth tried when the rule book objects to a week (then lighter volume). */
    public static final java.util.List<Double> ADJUSTMENTS = java.util.List.of(1.0, 0.85, 0.7, 0.55, 0.4);
    /** Easy days after a multi-day goal trip (section 10: one or two). */
    public static final int EASY_DAYS_AFTER_TRIP = 2;

    // ---- re-planning: "Adjust the coming days" (engine.adjust) ----

    /** How far back a missed session or a tired signal still asks for an adjustment. */
    public static final int ADJUST_LOOK_BACK_DAYS = 7;
    /** A session of the last this many days before today is not missed yet: its log may still come. */
    public static final int ADJUST_GRACE_DAYS = 1;
    /** The coming days an adjustment edits: today and the six after it. */
    public static final int ADJUST_WINDOW_DAYS = 7;
    /** Shares of the coming sessions tried, in order, by "shorten" until the rule book is content. */
    public static final java.util.List<Double> SHORTEN_SHARES = java.util.List.of(0.7, 0.5);
    /** "Swap for easy": an easy run of this share of the session, at most {@link #EASY_SWAP_MAX}, at least 20 min. */
    public static final double EASY_SWAP_SHARE = 0.6;
    public static final java.time.Duration EASY_SWAP_MAX = java.time.Duration.ofMinutes(45);
    /** Missed sessions in one week that offer to repeat the week (Uphill Athlete: "more than two"; the issue: two). */
    public static final int REPEAT_WEEK_MISSED = 2;
}
