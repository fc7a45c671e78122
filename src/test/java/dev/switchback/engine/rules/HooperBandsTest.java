package dev.switchback.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.RuleSettings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HooperBandsTest {

    @ParameterizedTest(name = "sum {0} -> {1}")
    @CsvSource({"4, FINE", "8, FINE", "9, WATCH", "12, WATCH", "13, HIGH", "28, HIGH"})
    void defaultsFollowThePractitionerBands(int sum, HooperBand band) {
        assertThat(HooperBands.of(RuleSettings.defaults()).band(Optional.of(sum))).isEqualTo(band);
    }

    @ParameterizedTest(name = "sumLimit 10: sum {0} -> {1}")
    @CsvSource({"8, FINE", "9, WATCH", "10, WATCH", "11, HIGH"})
    void highFatigueStartsWhereTheRuleWarns(int sum, HooperBand band) {
        var rules = RuleSettings.defaults().withThresholds(Map.of("wellness-hooper.sumLimit", 10.0));
        assertThat(HooperBands.of(rules).band(Optional.of(sum))).isEqualTo(band);
    }

    @Test
    void watchNeverStartsAboveHigh() {
        var rules = RuleSettings.defaults().withThresholds(Map.of("wellness-hooper.sumLimit", 6.0));
        HooperBands bands = HooperBands.of(rules);
        assertThat(bands.watchAbove()).isEqualTo(6);
        assertThat(bands.band(Optional.of(7))).isEqualTo(HooperBand.HIGH);
        assertThat(bands.band(Optional.of(6))).isEqualTo(HooperBand.FINE);
    }

    @Test
    void noCheckInHasNoBandAndEachBandNamesItsLimits() {
        HooperBands bands = HooperBands.of(RuleSettings.defaults());
        assertThat(bands.band(Optional.empty())).isEqualTo(HooperBand.NONE);
        assertThat(bands.describe(HooperBand.FINE)).isEqualTo("fine (4-8)");
        assertThat(bands.describe(HooperBand.WATCH)).isEqualTo("watch (9-12)");
        assertThat(bands.describe(HooperBand.HIGH)).isEqualTo("high fatigue (above 12)");
    }
}
