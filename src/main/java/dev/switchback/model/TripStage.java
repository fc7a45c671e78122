package dev.switchback.model;

import java.time.Duration;
import java.util.Optional;

/**
 * One day of a multi-day trip. The pack usually gets lighter day by day as food is eaten.
 *
 * @param duration hours on the move that day
 * @param packKg pack mass carried that day
 * @param targetRpe expected effort; absent means the engine estimates it
 */
public record TripStage(
        Duration duration,
        double distanceM,
        double climbM,
        double descentM,
        double packKg,
        Optional<Double> targetRpe) {

    public TripStage {
        Check.duration("Stage duration", duration, Limits.MAX_SESSION_DURATION);
        Check.range("Stage distance", distanceM / 1000, 0, Limits.MAX_DISTANCE_M / 1000, "km");
        Check.range("Stage climb", climbM, 0, Limits.MAX_CLIMB_M, "m");
        Check.range("Stage descent", descentM, 0, Limits.MAX_CLIMB_M, "m");
        Check.range("Stage pack mass", packKg, 0, Limits.MAX_PACK_KG, "kg");
        Check.rangeD("Stage effort (RPE)", targetRpe, 0, Limits.MAX_RPE, "");
    }

    public static TripStage of(Duration duration, double distanceM, double climbM, double packKg) {
        return new TripStage(duration, distanceM, climbM, climbM, packKg, Optional.empty());
    }
}
