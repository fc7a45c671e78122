package dev.switchback.model;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a long day turns back whatever happens: by a clock time ("turn around by 13:30"), after an
 * elapsed time ("after 3 h 30") or at a distance ("at km 14"). Exactly one of the three is present.
 *
 * @param by the latest time of day to turn back
 * @param after time since the start after which to turn back
 * @param atDistanceM distance from the start at which to turn back, metres
 */
public record Turnaround(Optional<LocalTime> by, Optional<Duration> after, Optional<Double> atDistanceM) {

    public Turnaround {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(atDistanceM, "atDistanceM");
        int present = (by.isPresent() ? 1 : 0) + (after.isPresent() ? 1 : 0) + (atDistanceM.isPresent() ? 1 : 0);
        if (present != 1) {
            throw new IllegalArgumentException("Turnaround is one of a time of day, an elapsed time or a distance"
                    + " (was " + present + " of them)");
        }
        after.ifPresent(d -> {
            if (d.isZero()) {
                throw new InvalidField("after", "Turnaround after an elapsed time must be after more than 0 min");
            }
            Check.duration("after", "Turnaround after", d, Limits.MAX_SESSION_DURATION);
        });
        atDistanceM.ifPresent(m -> Check.range("atDistanceM", "Turnaround distance", m / 1000, 0.1, Limits.MAX_DISTANCE_M / 1000,
                "km"));
    }

    public static Turnaround by(LocalTime time) {
        return new Turnaround(Optional.of(time), Optional.empty(), Optional.empty());
    }

    public static Turnaround after(Duration elapsed) {
        return new Turnaround(Optional.empty(), Optional.of(elapsed), Optional.empty());
    }

    public static Turnaround atDistance(double metres) {
        return new Turnaround(Optional.empty(), Optional.empty(), Optional.of(metres));
    }
}
