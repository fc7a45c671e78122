package dev.switchback.engine.season;

import dev.switchback.engine.Finding;
import dev.switchback.model.PhaseKind;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A built season: the plan with it, what it adds and removes, each week's outline, the progression tracks
 * against the goal, and, where the goal cannot be reached safely in the time there is, how far it falls
 * short and what to do (move the goal, lighten it, or accept the named warnings).
 *
 * @param warnings WARN and BLOCK findings left in the season's weeks by the final check (empty when every
 *     week is clean); they come with a shortfall, never alone
 * @param weeksNeeded about how many weeks the goal needs from where the athlete stands (build, lighter and taper weeks)
 * @param weeksAvailable the whole weeks before the goal's week
 */
public record Season(
        Plan plan,
        List<Session> added,
        List<Session> removed,
        List<Week> weeks,
        List<Track> tracks,
        List<Shortfall> shortfalls,
        List<Finding> warnings,
        Standing standing,
        int weeksNeeded,
        int weeksAvailable,
        Optional<String> timeNote) {

    public Season {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        weeks = List.copyOf(weeks);
        tracks = List.copyOf(tracks);
        shortfalls = List.copyOf(shortfalls);
        warnings = List.copyOf(warnings);
    }

    /**
     * One week the season writes.
     *
     * @param changed the week already held sessions the season removed or worked around
     * @param adjusted the rule book objected to the first try and the builder stepped back (what it tried is in
     *     the notes)
     */
    public record Week(LocalDate monday, PhaseKind phase, boolean lighter, Duration longDay, double packKg,
            double climbM, double loadAu, int sessions, boolean changed, boolean adjusted) {
    }

    /** One progression track: its value week by week (the biggest day of the week) against the goal. */
    public record Track(Dimension dimension, double start, double target, List<Double> byWeek, double reached) {
        public Track {
            byWeek = List.copyOf(byWeek);
        }

        public boolean reachedTarget() {
            return target <= 0 || reached >= dev.switchback.engine.plan.Knobs.REACHED * target - 1e-9;
        }
    }

    /** The tracks: each in SI (minutes, metres, kg, days). */
    public enum Dimension {
        LONG_DAY("Long day", "min"),
        DISTANCE("Distance", "m"),
        CLIMB("Climb", "m"),
        LOADED_DESCENT("Loaded descent", "m"),
        PACK("Pack", "kg"),
        LOADED_DAYS("Loaded days in a row", "days");

        private final String label;
        private final String unit;

        Dimension(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String label() {
            return label;
        }

        public String unit() {
            return unit;
        }
    }

    /** A track that stays below 90 % of its target by the taper. */
    public record Shortfall(Dimension dimension, double reached, double target) {
    }

    public boolean reachesGoal() {
        return shortfalls.isEmpty();
    }
}
