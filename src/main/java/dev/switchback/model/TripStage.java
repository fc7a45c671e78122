package dev.switchback.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One day of a multi-day trip. The pack usually gets lighter day by day as food is eaten.
 *
 * @param duration hours on the move that day
 * @param packKg pack mass carried that day
 * @param targetRpe expected effort; absent means the engine estimates it
 * @param trail turnaround, bailouts, expected conditions and route of the day
 * @param sleepingAltitudeM where the night after this stage is spent, metres above sea level
 * @param highPointM the highest point of the stage, metres above sea level
 */
public record TripStage(
        Duration duration,
        double distanceM,
        double climbM,
        double descentM,
        double packKg,
        Optional<Double> targetRpe,
        TrailPlan trail,
        Optional<Double> sleepingAltitudeM,
        Optional<Double> highPointM) {

    public TripStage {
        Check.duration("duration", "Stage duration", duration, Limits.MAX_SESSION_DURATION);
        Check.range("distanceM", "Stage distance", distanceM / 1000, 0, Limits.MAX_DISTANCE_M / 1000, "km");
        Check.range("climbM", "Stage climb", climbM, 0, Limits.MAX_CLIMB_M, "m");
        Check.range("descentM", "Stage descent", descentM, 0, Limits.MAX_CLIMB_M, "m");
        Check.range("packKg", "Stage pack mass", packKg, 0, Limits.MAX_PACK_KG, "kg");
        Check.rangeD("targetRpe", "Stage effort (RPE)", targetRpe, 0, Limits.MAX_RPE, "");
        Objects.requireNonNull(trail, "trail");
        Check.rangeD("sleepingAltitudeM", "Sleeping altitude", sleepingAltitudeM, Limits.MIN_ALTITUDE_M, Limits.MAX_ALTITUDE_M, "m");
        Check.rangeD("highPointM", "High point", highPointM, Limits.MIN_ALTITUDE_M, Limits.MAX_ALTITUDE_M, "m");
    }

    /** A stage without trail plan or altitudes, as schema 2 files have. */
    public TripStage(Duration duration, double distanceM, double climbM, double descentM, double packKg,
            Optional<Double> targetRpe) {
        this(duration, distanceM, climbM, descentM, packKg, targetRpe, TrailPlan.NONE, Optional.empty(),
                Optional.empty());
    }

    public static TripStage of(Duration duration, double distanceM, double climbM, double packKg) {
        return new TripStage(duration, distanceM, climbM, climbM, packKg, Optional.empty());
    }

    public TripStage withTrail(TrailPlan v) {
        return new TripStage(duration, distanceM, climbM, descentM, packKg, targetRpe, v, sleepingAltitudeM,
                highPointM);
    }

    public TripStage withAltitudes(Optional<Double> sleeping, Optional<Double> highPoint) {
        return new TripStage(duration, distanceM, climbM, descentM, packKg, targetRpe, trail, sleeping, highPoint);
    }
}
