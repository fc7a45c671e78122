package dev.switchback.engine.season;

import dev.switchback.model.Check;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the season builds towards: the goal's date and its biggest day in every dimension, the targets of
 * the progression tracks by the start of the taper (domain-notes section 10).
 *
 * @param hours the longest day on the move
 * @param loadedDays loaded days in a row (a trip's length)
 */
public record SeasonGoal(String title, LocalDate date, Duration hours, double distanceM, double climbM,
        double descentM, double packKg, int loadedDays, Optional<TripId> trip) {

    public SeasonGoal {
        Objects.requireNonNull(title, "title");
        Check.date("Goal date", date);
        Objects.requireNonNull(hours, "hours");
        if (hours.isNegative() || hours.isZero()) {
            throw new IllegalArgumentException("The goal's biggest day needs a duration (was " + hours + ")");
        }
        Check.range("Goal distance", distanceM / 1000, 0, 500, "km");
        Check.range("Goal climb", climbM, 0, 20_000, "m");
        Check.range("Goal descent", descentM, 0, 20_000, "m");
        Check.range("Goal pack", packKg, 0, 80, "kg");
        if (loadedDays < 1 || loadedDays > 60) {
            throw new IllegalArgumentException("Loaded days in a row must be 1 to 60 (was " + loadedDays + ")");
        }
        Objects.requireNonNull(trip, "trip");
    }

    /** A trip's biggest day in each dimension (each may come from a different stage) and its length. */
    public static SeasonGoal of(Trip t) {
        Duration longest = Duration.ZERO;
        double km = 0;
        double climb = 0;
        double descent = 0;
        for (TripStage s : t.stages()) {
            longest = s.duration().compareTo(longest) > 0 ? s.duration() : longest;
            km = Math.max(km, s.distanceM());
            climb = Math.max(climb, s.climbM());
            descent = Math.max(descent, s.descentM());
        }
        if (longest.isZero()) {
            longest = Duration.ofHours(1);
        }
        int loaded = t.heaviestPackKg() > 0 ? t.days() : 1;
        return new SeasonGoal(t.title(), t.start(), longest, km, climb, descent, t.heaviestPackKg(), loaded,
                Optional.of(t.id()));
    }

    /** The first goal trip that starts after {@code day}, as a goal. */
    public static Optional<SeasonGoal> nextGoalTrip(dev.switchback.model.Plan plan, LocalDate day) {
        return plan.trips().stream().filter(Trip::goal).filter(t -> t.start().isAfter(day))
                .min(java.util.Comparator.comparing(Trip::start)).map(SeasonGoal::of);
    }

    /** Walking speed of the biggest day, km/h, used for the long day's distance. */
    double kmh() {
        double h = hours.toSeconds() / 3600.0;
        return distanceM > 0 ? distanceM / 1000 / h : 4.0;
    }
}
