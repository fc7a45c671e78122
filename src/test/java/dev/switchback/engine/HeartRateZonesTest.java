package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.switchback.model.Athlete;
import dev.switchback.model.Sex;
import dev.switchback.model.TrackSample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeartRateZonesTest {
    static final Athlete ATHLETE = Athlete.of("Ana", 60).withHeartRates(Optional.of(200), Optional.of(50))
            .withSex(Sex.FEMALE);

    static List<TrackSample> everySeconds(int seconds, int... bpm) {
        var list = new ArrayList<TrackSample>();
        for (int i = 0; i < bpm.length; i++) {
            list.add(new TrackSample(Optional.of(Duration.ofSeconds((long) i * seconds)), 0, Optional.empty(),
                    Optional.of(bpm[i]), Optional.empty()));
        }
        return list;
    }

    @ParameterizedTest(name = "{0} bpm of 200 is zone {1}")
    @CsvSource({"99, 0", "100, 1", "119, 1", "120, 2", "139, 2", "140, 3", "159, 3", "160, 4", "179, 4", "180, 5",
        "200, 5", "210, 5"})
    void zoneBoundariesAreEdwardsPercentagesOfMax(int bpm, int zone) {
        assertThat(HeartRateZones.zoneOf(bpm, 200)).isEqualTo(zone);
    }

    @Test
    void sixtyPercentOfAnOddMaximumIsZoneTwoAsWritten() {
        // 60 % of 190 is 114 exactly; floating point must not put it in zone 1.
        assertThat(HeartRateZones.zoneOf(114, 190)).isEqualTo(2);
        assertThat(HeartRateZones.zoneOf(113, 190)).isEqualTo(1);
        assertThat(HeartRateZones.lowerBound(2, 190)).isEqualTo(114);
    }

    @Test
    void eachSampleHoldsUntilTheNextAndTheZonesSumToTheTimedTime() {
        // 10 s at 110 (z1), 10 s at 130 (z2), 10 s at 190 (z5); the last sample has no time after it.
        HeartRateSummary s = HeartRateZones.of(ATHLETE, everySeconds(10, 110, 130, 190, 150)).orElseThrow();
        assertThat(s.zones().orElseThrow()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ZERO, Duration.ZERO, Duration.ofSeconds(10));
        assertThat(s.timed()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.average()).isEqualTo(143); // (110 + 130 + 190) / 3
        assertThat(s.maximum()).isEqualTo(190);
    }

    @Test
    void aPauseLongerThanAMinuteIsNotCounted() {
        var samples = new ArrayList<>(everySeconds(10, 150, 150));
        samples.add(new TrackSample(Optional.of(Duration.ofSeconds(10 + 61)), 0, Optional.empty(), Optional.of(150),
                Optional.empty()));
        samples.add(new TrackSample(Optional.of(Duration.ofSeconds(10 + 61 + 60)), 0, Optional.empty(),
                Optional.of(150), Optional.empty()));
        HeartRateSummary s = HeartRateZones.of(ATHLETE, samples).orElseThrow();
        // 10 s, then a 61 s pause (not counted), then 60 s (counted: exactly the limit).
        assertThat(s.timed()).isEqualTo(Duration.ofSeconds(70));
    }

    @Test
    void banisterTrimpMatchesTheFormulaByHand() {
        // 60 s at 125 bpm: dHR = (125-50)/(200-50) = 0.5; women k 0.86, b 1.67.
        HeartRateSummary s = HeartRateZones.of(ATHLETE, everySeconds(60, 125, 125)).orElseThrow();
        assertThat(s.trimp().orElseThrow()).isCloseTo(1 * 0.5 * 0.86 * Math.exp(1.67 * 0.5), within(1e-9));
        Athlete man = ATHLETE.withSex(Sex.MALE);
        assertThat(HeartRateZones.of(man, everySeconds(60, 125, 125)).orElseThrow().trimp().orElseThrow())
                .isCloseTo(0.5 * 0.64 * Math.exp(1.92 * 0.5), within(1e-9));
    }

    @Test
    void withoutMaximumThereAreNoZonesAndNoTrimpButStillAverageAndMax() {
        Athlete unknown = Athlete.of("Ben", 70);
        HeartRateSummary s = HeartRateZones.of(unknown, everySeconds(5, 140, 160)).orElseThrow();
        assertThat(s.zones()).isEmpty();
        assertThat(s.trimp()).isEmpty();
        assertThat(s.average()).isEqualTo(140);
        assertThat(s.maximum()).isEqualTo(160);
    }

    @Test
    void aTrackWithoutHeartRateHasNoSummary() {
        var noHr = List.of(new TrackSample(Optional.of(Duration.ZERO), 0, Optional.of(1000.0), Optional.empty(),
                Optional.empty()));
        assertThat(HeartRateZones.of(ATHLETE, noHr)).isEmpty();
    }

    @Property
    void belowAndTheFiveZonesAlwaysSumToTheTimedTime(
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 30, max = 240) Integer> bpm,
            @ForAll @IntRange(min = 1, max = 90) int step) {
        int[] values = bpm.stream().mapToInt(Integer::intValue).toArray();
        HeartRateSummary s = HeartRateZones.of(ATHLETE, everySeconds(step, values)).orElseThrow();
        Duration sum = s.zones().orElseThrow().stream().reduce(s.belowZones(), Duration::plus);
        assertThat(sum).isEqualTo(s.timed());
        assertThat(s.average()).isBetween(bpm.stream().min(Integer::compare).orElseThrow(), s.maximum());
        assertThat(s.trimp().orElseThrow()).isGreaterThanOrEqualTo(0);
    }
}
