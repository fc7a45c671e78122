package dev.switchback.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.switchback.model.Units;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnitFormatTest {
    private final UnitFormat metric = new UnitFormat(Units.METRIC);
    private final UnitFormat imperial = new UnitFormat(Units.IMPERIAL);

    @Test
    void showsMetricValuesWithTheirUnits() {
        assertThat(metric.distance(12_500)).isEqualTo("12.5 km");
        assertThat(metric.climb(850)).isEqualTo("850 m");
        assertThat(metric.mass(12)).isEqualTo("12 kg");
        assertThat(metric.mass(12.4)).isEqualTo("12.4 kg");
    }

    @Test
    void showsImperialValuesConvertedFromSi() {
        assertThat(imperial.distance(UnitFormat.METRES_PER_MILE * 10)).isEqualTo("10 mi");
        assertThat(imperial.climb(1000)).isEqualTo("3281 ft");
        assertThat(imperial.mass(10)).isEqualTo("22 lb");
    }

    @Test
    void readsImperialInputBackToSi() {
        assertThat(imperial.parseDistanceMetres("Distance", "1")).isCloseTo(1609.344, within(1e-9));
        assertThat(imperial.parseClimbMetres("Climb", "1000")).isCloseTo(304.8, within(1e-9));
        assertThat(imperial.parseMassKg("Pack", "22")).isCloseTo(9.979, within(1e-3));
    }

    @Test
    void blankReadsAsZeroAndACommaAsADecimalPoint() {
        assertThat(metric.parseDistanceMetres("Distance", " ")).isZero();
        assertThat(metric.parseDistanceMetres("Distance", "12,5")).isEqualTo(12_500);
    }

    @Test
    void refusesTextThatIsNotANumberNamingTheField() {
        assertThatThrownBy(() -> metric.parseDistanceMetres("Distance", "ten"))
                .hasMessage("Distance: \"ten\" is not a number");
    }

    @ParameterizedTest
    @CsvSource({"1:30,90", "0:59,59", "90,90", "1.5h,90", "1h30,90", "1 h 30 min,90", "45 min,45", "'',0", "2h,120"})
    void readsDurationsInTheUsualForms(String text, long minutes) {
        assertThat(UnitFormat.parseDuration("Duration", text)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void refusesSixtyMinutesAfterTheColonAndAcceptsFiftyNine() {
        assertThat(UnitFormat.parseDuration("Duration", "1:59")).isEqualTo(Duration.ofMinutes(119));
        assertThatThrownBy(() -> UnitFormat.parseDuration("Duration", "1:60"))
                .hasMessageContaining("below 60");
        assertThatThrownBy(() -> UnitFormat.parseDuration("Duration", "soon"))
                .hasMessageContaining("is not a duration");
    }

    @ParameterizedTest
    @CsvSource({"45,45 min", "59,59 min", "60,1 h", "61,1 h 01", "150,2 h 30"})
    void showsDurationsInHoursAndMinutes(long minutes, String shown) {
        assertThat(UnitFormat.duration(Duration.ofMinutes(minutes))).isEqualTo(shown);
    }

    @Property
    void durationInputReadsBackToTheSameDuration(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 1440)
            int minutes) {
        Duration d = Duration.ofMinutes(minutes);
        assertThat(UnitFormat.parseDuration("Duration", UnitFormat.durationInput(d))).isEqualTo(d);
    }

    @Property
    void editorNumbersReadBackWithinRounding(@ForAll @DoubleRange(min = 0, max = 300_000) double metres) {
        for (UnitFormat f : new UnitFormat[] {metric, imperial}) {
            double back = f.parseDistanceMetres("Distance", f.distanceNumber(metres));
            double unit = f.units() == Units.METRIC ? 1000 : UnitFormat.METRES_PER_MILE;
            assertThat(back).isCloseTo(metres, within(0.051 * unit));
        }
    }
}
