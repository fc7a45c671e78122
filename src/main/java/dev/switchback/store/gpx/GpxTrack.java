package dev.switchback.store.gpx;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one GPX file (or several, combined) says about an outing. Climb, descent, duration and start
 * are empty when the file has no elevations or no timestamps: unknown, never a silent 0.
 *
 * @param distanceM along the track points, haversine on a sphere of the Earth's mean radius
 * @param climbM sum of rises after {@link GpxImporter#ELEVATION_STEP_M} hysteresis
 * @param duration elapsed time from the first to the last timestamp, stops included
 */
public record GpxTrack(
        List<Path> files,
        int points,
        double distanceM,
        Optional<Double> climbM,
        Optional<Double> descentM,
        Optional<Duration> duration,
        Optional<Instant> start) {

    public GpxTrack {
        files = List.copyOf(files);
        Objects.requireNonNull(climbM, "climbM");
        Objects.requireNonNull(descentM, "descentM");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(start, "start");
    }

    /**
     * Several recordings of one outing (a watch stopped and restarted): distances, climbs and
     * durations add up, the start is the earliest. A value unknown in any part is unknown in the sum.
     */
    public static GpxTrack combine(List<GpxTrack> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to combine");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        var files = parts.stream().flatMap(p -> p.files().stream()).toList();
        int points = parts.stream().mapToInt(GpxTrack::points).sum();
        double distance = parts.stream().mapToDouble(GpxTrack::distanceM).sum();
        Optional<Double> climb = sum(parts.stream().map(GpxTrack::climbM).toList());
        Optional<Double> descent = sum(parts.stream().map(GpxTrack::descentM).toList());
        Optional<Duration> duration = parts.stream().allMatch(p -> p.duration().isPresent())
                ? Optional.of(parts.stream().map(p -> p.duration().orElseThrow()).reduce(Duration.ZERO, Duration::plus))
                : Optional.empty();
        Optional<Instant> start = parts.stream().allMatch(p -> p.start().isPresent())
                ? parts.stream().map(p -> p.start().orElseThrow()).min(Instant::compareTo)
                : Optional.empty();
        return new GpxTrack(files, points, distance, climb, descent, duration, start);
    }

    private static Optional<Double> sum(List<Optional<Double>> values) {
        if (values.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(values.stream().mapToDouble(Optional::orElseThrow).sum());
    }
}
