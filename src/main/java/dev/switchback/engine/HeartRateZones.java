package dev.switchback.engine;

import dev.switchback.model.Athlete;
import dev.switchback.model.Sex;
import dev.switchback.model.TrackSample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Heart-rate zones and the Banister TRIMP of a recorded track (domain-notes section 1).
 *
 * <p><b>Zones</b> are Edwards' five bands of the athlete's maximum heart rate: zone 1 is 50 % up
 * to (not including) 60 %, zone 2 60-70 %, zone 3 70-80 %, zone 4 80-90 %, zone 5 90 % and above
 * (a sample above the set maximum counts in zone 5). Under 50 % is "below the zones".
 *
 * <p><b>Time</b>: each sample holds until the next one; a gap longer than {@link #MAX_GAP} is a
 * pause (watch stopped, auto-pause) and is not counted, so the zones sum to the time moving with a
 * heart rate. The average is weighted by that time, so a watch that records every second on the
 * climb and every 10 s on the flat is not biased.
 *
 * <p><b>Banister TRIMP</b> = sum of minutes x dHR x k x e^(b x dHR), dHR = (HR - rest) / (max - rest)
 * clamped to 0..1; men k = 0.64, b = 1.92; women k = 0.86, b = 1.67; unspecified: the mean of both
 * (as {@link Sex} says). It is shown beside the session-RPE load as a cross-check, never mixed into it.
 */
public final class HeartRateZones {
    public static final int ZONES = 5;
    /** A gap between two samples longer than this is a pause, not time at the earlier heart rate. */
    public static final Duration MAX_GAP = Duration.ofSeconds(60);
    /** Lower edge of zone 1..5, as a fraction of the maximum heart rate. */
    private static final double[] LOWER = {0.5, 0.6, 0.7, 0.8, 0.9};

    private HeartRateZones() {
    }

    /** The zone (1..5) of one heart rate, or 0 below zone 1. */
    public static int zoneOf(int bpm, int maxHeartRate) {
        double fraction = (double) bpm / maxHeartRate;
        int zone = 0;
        for (int z = 0; z < ZONES; z++) {
            // A tiny tolerance so 60 % of 190 (114.0000001 by floating point) is zone 2, as written.
            if (fraction >= LOWER[z] - 1e-9) {
                zone = z + 1;
            }
        }
        return zone;
    }

    /** Lowest heart rate of zone {@code zone} (1..5) for this maximum, bpm, rounded up. */
    public static int lowerBound(int zone, int maxHeartRate) {
        if (zone < 1 || zone > ZONES) {
            throw new IllegalArgumentException("zone must be 1..5, was " + zone);
        }
        return (int) Math.ceil(LOWER[zone - 1] * maxHeartRate - 1e-9);
    }

    /** Empty when no sample has both a time and a heart rate. */
    public static Optional<HeartRateSummary> of(Athlete athlete, List<TrackSample> samples) {
        var timed = new ArrayList<TrackSample>();
        for (TrackSample s : samples) {
            if (s.offset().isPresent() && s.heartRate().isPresent()) {
                timed.add(s);
            }
        }
        if (timed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> max = athlete.maxHeartRate();
        Optional<Integer> rest = athlete.restingHeartRate();
        long[] zoneMs = new long[ZONES + 1];
        double weighted = 0;
        long totalMs = 0;
        int highest = 0;
        double trimp = 0;
        double k = switch (athlete.sex()) {
            case MALE -> 0.64;
            case FEMALE -> 0.86;
            case UNSPECIFIED -> (0.64 + 0.86) / 2;
        };
        double b = switch (athlete.sex()) {
            case MALE -> 1.92;
            case FEMALE -> 1.67;
            case UNSPECIFIED -> (1.92 + 1.67) / 2;
        };
        for (int i = 0; i < timed.size(); i++) {
            int bpm = timed.get(i).heartRate().orElseThrow();
            highest = Math.max(highest, bpm);
            if (i + 1 == timed.size()) {
                break;
            }
            Duration dt = timed.get(i + 1).offset().orElseThrow().minus(timed.get(i).offset().orElseThrow());
            if (dt.isNegative() || dt.compareTo(MAX_GAP) > 0) {
                continue;
            }
            long ms = dt.toMillis();
            totalMs += ms;
            weighted += (double) bpm * ms;
            if (max.isPresent()) {
                zoneMs[zoneOf(bpm, max.get())] += ms;
                if (rest.isPresent()) {
                    double d = (double) (bpm - rest.get()) / (max.get() - rest.get());
                    d = Math.max(0, Math.min(1, d));
                    trimp += ms / 60_000.0 * d * k * Math.exp(b * d);
                }
            }
        }
        int average = totalMs == 0 ? highest : (int) Math.round(weighted / totalMs);
        Optional<List<Duration>> zones = Optional.empty();
        if (max.isPresent()) {
            var list = new ArrayList<Duration>();
            for (int z = 1; z <= ZONES; z++) {
                list.add(Duration.ofMillis(zoneMs[z]));
            }
            zones = Optional.of(list);
        }
        Optional<Double> t = max.isPresent() && rest.isPresent() ? Optional.of(trimp) : Optional.empty();
        return Optional.of(new HeartRateSummary(average, highest, zones, Duration.ofMillis(zoneMs[0]),
                Duration.ofMillis(totalMs), t));
    }
}
