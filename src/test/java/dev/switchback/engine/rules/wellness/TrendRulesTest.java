package dev.switchback.engine.rules.wellness;

import static dev.switchback.engine.rules.wellness.Fixtures.WEEK;
import static dev.switchback.engine.rules.wellness.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.rules.Rule;
import dev.switchback.model.Plan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Falling sleep quality and motivation drop share one definition; both are checked here. */
class TrendRulesTest {

    /**
     * 14 baseline days (2..15 Nov) alternating 3 and 4 (mean 3.5), then Mon..Wed of the checked
     * week rated {@code recent}.
     */
    private static Plan plan(boolean sleep, int baselineCount, int... recent) {
        Plan plan = Fixtures.plan();
        for (int i = 0; i < 14; i++) {
            if (i >= 14 - baselineCount) {
                plan = plan.withWellnessEntry(entry(sleep, day(-14 + i), i % 2 == 0 ? 3 : 4));
            }
        }
        for (int i = 0; i < recent.length; i++) {
            plan = plan.withWellnessEntry(entry(sleep, day(i), recent[i]));
        }
        return plan;
    }

    private static dev.switchback.model.Wellness entry(boolean sleep, java.time.LocalDate date, int rating) {
        return sleep ? Fixtures.wellness(date, rating, 2, 2, 2, 2, Optional.empty())
                : Fixtures.wellness(date, 2, 2, 2, 2, rating, Optional.empty());
    }

    private static Rule rule(boolean sleep) {
        return sleep ? new SleepQualityRule() : new MotivationDropRule();
    }

    @ParameterizedTest(name = "sleep={0}: recent {1},{2},{3} -> {4}")
    @CsvSource({
        "true, 5, 5, 4, 0",   // 1.17 worse: under
        "true, 5, 5, 5, 1",   // 1.5 worse: at
        "true, 5, 5, 6, 1",   // 1.83 worse: over
        "false, 5, 5, 4, 0",
        "false, 5, 5, 5, 1",
        "false, 6, 6, 6, 1",
    })
    void warnsWhenTheLastThreeDaysAreOneAndAHalfPointsWorse(boolean sleep, int a, int b, int c, int expected) {
        List<Finding> findings = rule(sleep).check(new TestWeek(plan(sleep, 14, a, b, c), WEEK));
        assertThat(findings).hasSize(expected).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    }

    @Test
    void sleepFindingStatesMeansDaysAndThreshold() {
        Plan plan = plan(true, 14, 5, 5, 5).withSession(Fixtures.hard(day(3), "Tempo"));
        Finding f = new SleepQualityRule().check(new TestWeek(plan, WEEK)).get(0);
        assertThat(f.message()).isEqualTo("Sleep quality has got worse: 5 on average Mon 16 Nov to Wed 18 Nov"
                + " against 3.5 over the 14 days before (1 best, 7 worst; 1.5 points worse, threshold 1.5).");
        assertThat(f.dates()).containsExactly(day(0), day(1), day(2));
        assertThat(f.measured()).isEqualTo(1.5);
        assertThat(f.why()).contains("sleep");
        assertThat(f.suggestion().text()).isEqualTo(
                "Make Thu 19 Nov's Tempo an easy active-recovery outing (RPE 3) or a rest day");
    }

    @Test
    void motivationFindingAdvisesWithoutAHardSession() {
        Finding f = new MotivationDropRule().check(new TestWeek(plan(false, 14, 6, 6, 6), WEEK)).get(0);
        assertThat(f.message()).startsWith("Motivation has got worse: 6 on average Mon 16 Nov to Wed 18 Nov");
        assertThat(f.suggestion()).isInstanceOf(Suggestion.Advice.class);
        assertThat(f.source().citation()).contains("Meeusen");
    }

    @ParameterizedTest(name = "{0} baseline check-ins -> {1}")
    @CsvSource({"6, 0", "7, 1"})
    void needsSevenBaselineCheckIns(int baseline, int expected) {
        // The last 6 or 7 baseline days alternate 3/4 starting with 3 at an even index.
        assertThat(new SleepQualityRule().check(new TestWeek(plan(true, baseline, 7, 7, 7), WEEK)))
                .hasSize(expected);
    }
}
