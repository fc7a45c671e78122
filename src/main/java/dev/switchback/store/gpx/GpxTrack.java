package dev.switchback.store.gpx;

import dev.switchback.model.TrackSample;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one activity file (GPX, TCX or FIT; or several, combined) says about an outing. Climb,
 * descent, duration and start are empty when the file has no elevations or no timestamps: unknown,
 * never a silent 0. The name stays from when GPX was the only format.
 *
 * @param distanceM along the track points, haversine on a sphere of the Earth's mean radius
 * @param climbM sum of rises after {@link GpxImporter#ELEVATION_STEP_M} hysteresis
 * @param duration elapsed time from the first to the last timestamp, stops included
 * @param samples the recorded points, for heart rate, zones and the elevation profile
 * @param format "GPX", "TCX" or "FIT", for messages
 * @param laps laps the file records (TCX, FIT); 0 when it has none
 */
public record GpxTrack(
        List<Path> files,
        int points,
        double distanceM,
        Optional<Double> climbM,
        Optional<Double> descentM,
        Optional<Duration> duration,
        Optional<Instant> start,
        List<TrackSample> samples,
        String format,
        int laps) {

    public GpxTrack {
        files = List.copyOf(files);
        samples = List.copyOf(samples);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(climbM, "climbM");
        Objects.requireNonNull(descentM, "descentM");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(start, "start");
    }

    /** A track known only by its totals (no samples), as GPX. */
    public GpxTrack(List<Path> files, int points, double distanceM, Optional<Double> climbM,
            Optional<Double> descentM, Optional<Duration> duration, Optional<Instant> start) {
        this(files, points, distanceM, climbM, descentM, duration, start, List.of(), "GPX", 0);
    }

    /** "GPX file", "TCX file": for messages. */
    public String formatName() {
        return format + " file";
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
        // The samples of later parts continue the first part's distance and time, so the profile and
        // the zones see one outing.
        var samples = new java.util.ArrayList<TrackSample>();
        double distanceBase = 0;
        Duration timeBase = Duration.ZERO;
        Instant first = start.orElse(null);
        for (GpxTrack part : parts) {
            Duration shift = first != null && part.start().isPresent()
                    ? Duration.between(first, part.start().get()) : timeBase;
            for (TrackSample s : part.samples()) {
                samples.add(new TrackSample(s.offset().map(shift::plus), s.distanceM() + distanceBase,
                        s.elevationM(), s.heartRate(), s.cadence()));
            }
            distanceBase += part.distanceM();
            timeBase = timeBase.plus(part.duration().orElse(Duration.ZERO));
        }
        String format = parts.stream().map(GpxTrack::format).distinct().count() == 1 ? parts.get(0).format()
                : "activity";
        return new GpxTrack(files, points, distance, climb, descent, duration, start, samples, format,
                parts.stream().mapToInt(GpxTrack::laps).sum());
    }

    private static Optional<Double> sum(List<Optional<Double>> values) {
        if (values.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(values.stream().mapToDouble(Optional::orElseThrow).sum());
    }
}
