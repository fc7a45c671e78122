package dev.switchback.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnitsTest {

    @Test
    void imperialConvertsWithTheExactDefinitions() {
        assertThat(Units.IMPERIAL.distance(1609.344)).isEqualTo(1.0);
        assertThat(Units.IMPERIAL.climb(304.8)).isCloseTo(1000, within(1e-9));
        assertThat(Units.IMPERIAL.mass(0.45359237)).isEqualTo(1.0);
        assertThat(Units.IMPERIAL.distanceUnit() + Units.IMPERIAL.climbUnit() + Units.IMPERIAL.massUnit())
                .isEqualTo("mift" + "lb");
    }

    @Test
    void metricShowsKilometresMetresAndKilograms() {
        assertThat(Units.METRIC.distance(12_500)).isEqualTo(12.5);
        assertThat(Units.METRIC.climb(850)).isEqualTo(850);
        assertThat(Units.METRIC.mass(12)).isEqualTo(12);
    }

    @ParameterizedTest
    @EnumSource(Units.class)
    void convertingThereAndBackGivesTheSameSiValue(Units u) {
        assertThat(u.distanceToMetres(u.distance(16_200))).isCloseTo(16_200, within(1e-9));
        assertThat(u.climbToMetres(u.climb(1_150))).isCloseTo(1_150, within(1e-9));
        assertThat(u.massToKg(u.mass(13.6))).isCloseTo(13.6, within(1e-12));
    }
}
