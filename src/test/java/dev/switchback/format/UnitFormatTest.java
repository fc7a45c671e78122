package dev.switchback.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.switchback.model.Units;
import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class UnitFormatTest {
    private final UnitFormat metric = UnitFormat.of(Units.METRIC);
    private final UnitFormat imperial = UnitFormat.of(Units.IMPERIAL);

    @Test
    void showsMetricValuesWithTheirUnits() {
        assertThat(metric.distance(12_500)).isEqualTo("12.5 km");
        assertThat(metric.distance(12_000)).isEqualTo("12 km");
        assertThat(metric.distance(12_040)).isEqualTo("12 km");
        assertThat(metric.distance(12_050)).isEqualTo("12.1 km");
        assertThat(metric.distance(123_456)).isEqualTo("123.5 km");
        assertThat(metric.climb(850)).isEqualTo("850 m");
        assertThat(metric.mass(12)).isEqualTo("12 kg");
        assertThat(metric.mass(12.4)).isEqualTo("12.4 kg");
        assertThat(metric.massDistance(123.4)).isEqualTo("123 kg-km");
    }

    @Test
    void showsImperialValuesConvertedFromSi() {
        assertThat(imperial.distance(Units.METRES_PER_MILE * 10)).isEqualTo("10 mi");
        assertThat(imperial.climb(1000)).isEqualTo("3281 ft");
        assertThat(imperial.mass(10)).isEqualTo("22 lb");
        assertThat(imperial.mass(68)).isEqualTo("149.9 lb");
    }

    @Test
    void blankCellsForNothing() {
        assertThat(metric.showOrBlank(Measure.DISTANCE, 0)).isEmpty();
        assertThat(metric.showOrBlank(Measure.DISTANCE, 1)).isEqualTo("0 km");
        assertThat(UnitFormat.durationOrBlank(Duration.ofSeconds(29))).isEmpty();
        assertThat(UnitFormat.durationOrBlank(Duration.ofSeconds(30))).isEqualTo("1 min");
    }

    @Test
    void readsImperialInputBackToSi() {
        assertThat(imperial.readOrZero(Measure.DISTANCE, "Distance", "1")).isCloseTo(1609.344, within(1e-9));
        assertThat(imperial.readOrZero(Measure.CLIMB, "Climb", "1000")).isCloseTo(304.8, within(1e-9));
        assertThat(imperial.readOrZero(Measure.MASS, "Pack", "22")).isCloseTo(9.979, within(1e-3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"12.5;12500", "12,5;12500", "12;12000", " 12 ;12000", "12 km;12000",
            "12km;12000", "12.5 KM;12500", ".5;500", "0;0"})
    void acceptsEveryFormOfANumber(String text, double metres) {
        assertThat(metric.read(Measure.DISTANCE, "Distance (km)", text)).contains(metres);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"twelve", "12 mi", "1e3", "NaN", "Infinity", "12f", "0x10", "1.2.3", "--1",
            "12 km km"})
    void refusesWhatIsNoNumberWithTheSameSentence(String text) {
        assertThatThrownBy(() -> metric.read(Measure.DISTANCE, "Distance (km)", text))
                .hasMessage("Distance (km) must be a number such as 12.5 (was \"" + text.strip() + "\")");
    }

    @Test
    void blankIsNotGiven() {
        assertThat(metric.read(Measure.DISTANCE, "Distance", "  ")).isEmpty();
        assertThat(UnitFormat.readNumber("Sleep", null, "7.5")).isEmpty();
        assertThat(UnitFormat.readWhole("Resting heart rate", "", "52")).isEmpty();
        assertThat(UnitFormat.readDuration("Duration", "")).isEmpty();
    }

    @Test
    void aWholeNumberRefusesAFraction() {
        assertThat(UnitFormat.readWhole("Resting heart rate", "52", "52")).contains(52);
        assertThatThrownBy(() -> UnitFormat.readWhole("Resting heart rate", "52.5", "52"))
                .hasMessage("Resting heart rate must be a whole number such as 52 (was \"52.5\")");
    }

    @Test
    void quotesOnlyAnEscapedExcerptOfABadValue() {
        String huge = "\u001b[31m" + "x".repeat(10_000);
        assertThatThrownBy(() -> UnitFormat.readNumber("Sleep", huge, "7.5"))
                .hasMessageStartingWith("Sleep must be a number such as 7.5 (was \"\\u001b[31m")
                .hasMessageContaining("(10005 characters)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(140).doesNotContain("\u001b"));
    }

    @ParameterizedTest
    @CsvSource({"1:30,90", "0:59,59", "01:30,90", "90,90", "1.5h,90", "'1,5h',90", "1h30,90", "1h 30m,90",
            "1 h 30 min,90", "1 h 30,90", "45 min,45", "45m,45", "2h,120", "2 H,120", "10:00,600"})
    void readsDurationsInEveryFormEveryFieldAccepts(String text, long minutes) {
        assertThat(UnitFormat.readDuration("Duration", text)).contains(Duration.ofMinutes(minutes));
    }

    @Test
    void refusesSixtyMinutesAfterTheColonAndAcceptsFiftyNine() {
        assertThat(UnitFormat.readDuration("Duration", "1:59")).contains(Duration.ofMinutes(119));
        assertThatThrownBy(() -> UnitFormat.readDuration("Duration", "1:60"))
                .hasMessage("Duration must have minutes below 60 after the colon, such as 1:30 (was \"1:60\")");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"soon", "1:3x", "1:5", "-5", "1::30", "99999999999999999999", "h", "1.5.h"})
    void refusesWhatIsNoDurationSayingTheForms(String text) {
        assertThatThrownBy(() -> UnitFormat.readDuration("Duration", text))
                .hasMessage("Duration must be hours:minutes such as 1:30, minutes such as 90, or 1h30 or 1.5h (was \""
                        + text + "\")");
        assertThatThrownBy(() -> UnitFormat.requireDuration("Duration", " "))
                .hasMessageStartingWith("Duration must be hours:minutes");
    }

    @ParameterizedTest
    @CsvSource({"0,0 min", "45,45 min", "59,59 min", "60,1 h", "61,1 h 01", "150,2 h 30"})
    void showsDurationsInHoursAndMinutes(long minutes, String shown) {
        assertThat(UnitFormat.duration(Duration.ofMinutes(minutes))).isEqualTo(shown);
    }

    /** The example: 89 min 40 s was "1 h 30" on paper, "1 h 29" on the card and "1:30" in the form. */
    @Test
    void eightyNineMinutesFortySecondsIsNinetyMinutesEverywhere() {
        Duration d = Duration.ofMinutes(89).plusSeconds(40);
        assertThat(UnitFormat.duration(d)).isEqualTo("1 h 30");
        assertThat(UnitFormat.durationOrBlank(d)).isEqualTo("1 h 30");
        assertThat(UnitFormat.durationInput(d)).isEqualTo("1:30");
        assertThat(UnitFormat.minutes(d)).isEqualTo(90);
        assertThat(UnitFormat.duration(Duration.ofMinutes(89).plusSeconds(29))).isEqualTo("1 h 29");
    }

    @Test
    void paceAndHeartRateAndEffort() {
        assertThat(metric.pace(Duration.ofMinutes(55), 10_000)).isEqualTo("5:30 /km");
        assertThat(imperial.pace(Duration.ofMinutes(80), 10 * Units.METRES_PER_MILE)).isEqualTo("8:00 /mi");
        assertThat(metric.pace(Duration.ofMinutes(55), 0)).isEmpty();
        assertThat(UnitFormat.heartRate(142)).isEqualTo("142 bpm");
        assertThat(UnitFormat.rpe(6)).isEqualTo("RPE 6");
        assertThat(UnitFormat.rpe(6.5)).isEqualTo("RPE 6.5");
        assertThat(UnitFormat.percent(0.372)).isEqualTo("37\u00a0%");
        // the chart's form %: a sign for a change, none for nothing
        assertThat(UnitFormat.signedPercent(0.12)).isEqualTo("+12\u00a0%");
        assertThat(UnitFormat.signedPercent(-0.054)).isEqualTo("-5\u00a0%");
        assertThat(UnitFormat.signedPercent(0.004)).isEqualTo("0\u00a0%");
        assertThat(UnitFormat.signedPercent(-0.004)).isEqualTo("0\u00a0%");
        assertThat(UnitFormat.exact(0.85)).isEqualTo("0.85");
        assertThat(UnitFormat.exact(12)).isEqualTo("12");
    }

    @Property
    void durationInputReadsBackToTheSameDuration(@ForAll @IntRange(min = 0, max = 6000) int minutes) {
        Duration d = Duration.ofMinutes(minutes);
        assertThat(UnitFormat.readDuration("Duration", UnitFormat.durationInput(d))).contains(d);
        assertThat(UnitFormat.readDuration("Duration", UnitFormat.duration(d).replace(" ", ""))).contains(d);
    }

    /** A displayed number typed back in and shown again never moves: 149.9 lb stays 149.9 lb. */
    @Property
    void aDisplayedNumberReadBackDisplaysTheSame(@ForAll @DoubleRange(min = 0, max = 300_000) double si) {
        for (Units u : Units.values()) {
            UnitFormat f = UnitFormat.of(u);
            for (Measure m : Measure.values()) {
                String shown = f.number(m, si);
                double back = f.readOrZero(m, "x", shown);
                assertThat(f.number(m, back)).as("%s %s of %s", u, m, si).isEqualTo(shown);
                assertThat(f.readOrZero(m, "x", f.show(m, si))).isEqualTo(back);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Units.class)
    void theDisplayedBodyMassGivesTheSameNumberAgain(Units u) {
        UnitFormat f = UnitFormat.of(u);
        double kg = f.readOrZero(Measure.MASS, "Body mass", f.massNumber(68));
        assertThat(f.massNumber(kg)).isEqualTo(f.massNumber(68));
        assertThat(Optional.of(kg)).get().satisfies(v -> assertThat(v).isCloseTo(68, within(0.05)));
    }
}
