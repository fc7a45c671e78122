package dev.switchback.engine.rules.wellness;

import static dev.switchback.engine.rules.wellness.Fixtures.WEEK;
import static dev.switchback.engine.rules.wellness.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HooperSumRuleTest {
    private final HooperSumRule rule = new HooperSumRule();

    private static Plan days(int sum, int count) {
        Plan plan = Fixtures.plan();
        for (int i = 0; i < count; i++) {
            plan = plan.withWellnessEntry(Fixtures.hooper(day(i), sum));
        }
        return plan;
    }

    @ParameterizedTest(name = "sum {0} on {1} days -> {2} findings")
    @CsvSource({
        "12, 3, 0",   // at the sum threshold (strict >): quiet
        "13, 2, 0",   // above the sum, one day short
        "13, 3, 1",   // above the sum, at the day count
        "13, 4, 1",   // above both
        "14, 5, 1",
    })
    void warnsOnlyAboveTwelveForThreeDaysRunning(int sum, int count, int expected) {
        List<Finding> findings = rule.check(new TestWeek(days(sum, count), WEEK));
        assertThat(findings).hasSize(expected);
        findings.forEach(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    }

    @Test
    void namesTheDaysAndEasesTheNextHardSession() {
        Plan plan = days(14, 3).withSession(Fixtures.hard(day(3), "Hill repeats"));
        Finding f = rule.check(new TestWeek(plan, WEEK)).get(0);
        assertThat(f.message()).isEqualTo(
                "Hooper sum above 12 on 3 days in a row, Mon 16 Nov to Wed 18 Nov (highest 14 of 28).");
        assertThat(f.dates()).containsExactly(day(0), day(1), day(2));
        assertThat(f.measured()).isEqualTo(3);
        assertThat(f.threshold()).isEqualTo(3);
        assertThat(f.why()).contains("overreaching");
        assertThat(f.source().citation()).contains("Hooper");
        assertThat(f.suggestion()).isInstanceOf(Suggestion.LowerEffort.class);
        assertThat(f.suggestion().text()).isEqualTo(
                "Make Thu 19 Nov's Hill repeats an easy active-recovery outing (RPE 3) or a rest day");
        assertThat(((Suggestion.LowerEffort) f.suggestion()).rpe()).isEqualTo(3);
    }

    @Test
    void advisesEasyDaysWhenNoHardSessionIsPlanned() {
        Finding f = rule.check(new TestWeek(days(14, 3).withSession(Fixtures.easy(day(3), "Jog")), WEEK)).get(0);
        assertThat(f.suggestion()).isEqualTo(
                new Suggestion.Advice("Keep the next days easy until the Hooper sum is 12 or less again."));
    }

    @Test
    void aMissingCheckInBreaksTheRun() {
        Plan plan = Fixtures.plan()
                .withWellnessEntry(Fixtures.hooper(day(0), 14))
                .withWellnessEntry(Fixtures.hooper(day(1), 14))
                .withWellnessEntry(Fixtures.hooper(day(3), 14))
                .withWellnessEntry(Fixtures.hooper(day(4), 14));
        assertThat(rule.check(new TestWeek(plan, WEEK))).isEmpty();
    }

    @Test
    void aRunStartingLastWeekCountsItsEarlierDays() {
        Plan plan = Fixtures.plan()
                .withWellnessEntry(Fixtures.hooper(day(-2), 14))
                .withWellnessEntry(Fixtures.hooper(day(-1), 14))
                .withWellnessEntry(Fixtures.hooper(day(0), 14));
        Finding f = rule.check(new TestWeek(plan, WEEK)).get(0);
        assertThat(f.message()).contains("Sat 14 Nov to Mon 16 Nov");
    }

    @Test
    void thresholdsComeFromThePlanWhenTheUserChangedThem() {
        Plan plan = Fixtures.withThreshold(days(14, 3), HooperSumRule.ID + ".sumAbove", 14);
        assertThat(rule.check(new TestWeek(plan, WEEK))).isEmpty();
    }
}
