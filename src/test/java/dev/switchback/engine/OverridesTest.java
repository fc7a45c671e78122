package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.RuleOverride;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an override answers: the same rule, week and days, and a value no worse than the one recorded. */
class OverridesTest {
    static final LocalDate MON = LocalDate.of(2026, 11, 16);
    static final LocalDate THU = MON.plusDays(3);
    static final LocalDate SAT = MON.plusDays(5);
    static final Source SOURCE = new Source("test", Evidence.PEER_REVIEWED);

    static Finding finding(String rule, LocalDate week, List<LocalDate> dates, Optional<Double> measured,
            double threshold) {
        return new Finding(rule, Severity.BLOCK, week, dates, measured, threshold, "%", "m", "w", SOURCE,
                new Suggestion.Advice("a"));
    }

    static RuleOverride override(List<LocalDate> dates, Optional<Double> measured) {
        return new RuleOverride("pack-mass", MON, dates, measured, "Club tent", MON.minusDays(2));
    }

    @ParameterizedTest(name = "pack {0} % after an override at 37 % (threshold 33 %): covered {1}")
    @CsvSource({"36, true", "37, true", "37.0000000001, true", "37.000001, false", "38, false", "44, false"})
    void aValueAboveTheThresholdIsCoveredUpToTheRecordedValue(double now, boolean covered) {
        Finding f = finding("pack-mass", MON, List.of(THU), Optional.of(now), 33);
        assertThat(Overrides.covers(override(List.of(THU), Optional.of(37.0)), f)).isEqualTo(covered);
    }

    @ParameterizedTest(name = "form {0} % after an override at -45 % (floor -30 %): covered {1}")
    @CsvSource({"-40, true", "-45, true", "-45.000001, false", "-50, false"})
    void aValueBelowTheThresholdIsCoveredDownToTheRecordedValue(double now, boolean covered) {
        Finding f = finding("pack-mass", MON, List.of(THU), Optional.of(now), -30);
        assertThat(Overrides.covers(override(List.of(THU), Optional.of(-45.0)), f)).isEqualTo(covered);
    }

    @Test
    void theSameValueOnAnotherDayOrInAnotherWeekOrOfAnotherRuleAsksAgain() {
        RuleOverride o = override(List.of(THU), Optional.of(37.0));
        assertThat(Overrides.covers(o, finding("pack-mass", MON, List.of(SAT), Optional.of(37.0), 33))).isFalse();
        assertThat(Overrides.covers(o, finding("pack-mass", MON, List.of(THU, SAT), Optional.of(37.0), 33))).isFalse();
        assertThat(Overrides.covers(o, finding("pack-mass", MON.plusWeeks(1), List.of(THU), Optional.of(37.0), 33)))
                .isFalse();
        assertThat(Overrides.covers(o, finding("rest-day", MON, List.of(THU), Optional.of(37.0), 33))).isFalse();
    }

    @Test
    void aShorterSpanOfTheSameRuleAndNoWorseIsCovered() {
        RuleOverride o = override(List.of(THU, MON.plusDays(4), SAT), Optional.of(3.0));
        assertThat(Overrides.covers(o, finding("pack-mass", MON, List.of(THU, SAT), Optional.of(2.0), 2))).isTrue();
    }

    @Test
    void aFindingWithoutAValueIsCoveredOnlyByAnOverrideWithoutOne() {
        Finding none = finding("pack-mass", MON, List.of(), Optional.empty(), 1.5);
        Finding some = finding("pack-mass", MON, List.of(), Optional.of(1.0), 1.5);
        assertThat(Overrides.covers(override(List.of(), Optional.empty()), none)).isTrue();
        assertThat(Overrides.covers(override(List.of(), Optional.of(1.0)), none)).isFalse();
        assertThat(Overrides.covers(override(List.of(), Optional.empty()), some)).isFalse();
    }

    @Test
    void theOverrideGivenToAFindingAnswersIt() {
        Finding f = finding("pack-mass", MON, List.of(SAT, THU), Optional.of(37.0), 33);
        RuleOverride o = Overrides.answering(f, "Club tent", MON);
        assertThat(o.dates()).containsExactly(THU, SAT);
        assertThat(o.measured()).contains(37.0);
        assertThat(Overrides.covers(o, f)).isTrue();
        assertThat(Overrides.describe(o)).isEqualTo("Overridden on Monday 16 November 2026: Club tent");
    }
}
