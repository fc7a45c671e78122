package dev.switchback.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded point of an activity track, as a watch or app wrote it (GPX, TCX, FIT). Every
 * measurement may be missing: a track without a heart-rate strap has no {@code heartRate}.
 *
 * @param offset time since the track's first timestamp; empty when the file has no timestamps
 * @param distanceM distance along the track from its start, metres
 * @param elevationM altitude above sea level, metres
 * @param heartRate beats per minute
 * @param cadence steps (or revolutions) per minute as the device reports it
 */
public record TrackSample(
        Optional<Duration> offset,
        double distanceM,
        Optional<Double> elevationM,
        Optional<Integer> heartRate,
        Optional<Integer> cadence) {

    public TrackSample {
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(elevationM, "elevationM");
        Objects.requireNonNull(heartRate, "heartRate");
        Objects.requireNonNull(cadence, "cadence");
        if (!(distanceM >= 0)) {
            throw new IllegalArgumentException("distance along the track cannot be negative: " + distanceM + " m");
        }
    }
}
