package dev.switchback.engine;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a track's heart rate says about an outing: average and maximum, time in each of the
 * athlete's five zones and the Banister TRIMP, the cross-check of the session-RPE load.
 *
 * @param average time-weighted average, bpm
 * @param maximum highest sample, bpm
 * @param zones time in zone 1..5 (index 0..4); empty when the athlete's maximum heart rate is unknown
 * @param belowZones time under zone 1 (below 50 % of the maximum), counted so the zones and it sum to {@link #timed}
 * @param timed the time the heart rate covers (pauses longer than {@link HeartRateZones#MAX_GAP} are not counted)
 * @param trimp Banister TRIMP; empty when the maximum or resting heart rate is unknown
 */
public record HeartRateSummary(
        int average,
        int maximum,
        Optional<List<Duration>> zones,
        Duration belowZones,
        Duration timed,
        Optional<Double> trimp) {

    public HeartRateSummary {
        Objects.requireNonNull(zones, "zones");
        zones = zones.map(List::copyOf);
        if (zones.isPresent() && zones.get().size() != HeartRateZones.ZONES) {
            throw new IllegalArgumentException("five zones expected, got " + zones.get().size());
        }
        Objects.requireNonNull(belowZones, "belowZones");
        Objects.requireNonNull(timed, "timed");
        Objects.requireNonNull(trimp, "trimp");
    }
}
