package dev.switchback.engine.rules.wellness;

import static dev.switchback.engine.rules.wellness.Fixtures.WEEK;
import static dev.switchback.engine.rules.wellness.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.BodyArea;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersistentSorenessRuleTest {
    private final PersistentSorenessRule rule = new PersistentSorenessRule();

    private static Plan knees(int count) {
        Plan plan = Fixtures.plan();
        for (int i = 0; i < count; i++) {
            plan = plan.withLog(Fixtures.sore(day(i), BodyArea.KNEES));
        }
        return plan;
    }

    @ParameterizedTest(name = "{0} days -> {1} findings")
    @CsvSource({"2, 0", "3, 1", "4, 1"})
    void warnsFromThreeDaysInARow(int days, int expected) {
        assertThat(rule.check(new TestWeek(knees(days), WEEK))).hasSize(expected)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    }

    @Test
    void namesAreaAndDaysAndEasesTheNextHardSession() {
        Session hill = Fixtures.hard(day(4), "Hill repeats");
        Finding f = rule.check(new TestWeek(knees(3).withSession(hill), WEEK)).get(0);
        assertThat(f.message()).isEqualTo("Soreness in the knees logged on 3 days in a row, Mon 16 Nov to Wed 18 Nov.");
        assertThat(f.suggestion()).isEqualTo(new Suggestion.LowerEffort(hill.id(), 3,
                "Make Fri 20 Nov's Hill repeats an easy active-recovery outing (RPE 3) or a rest day"));
    }

    @Test
    void withoutAHardSessionItAdvises() {
        Finding f = rule.check(new TestWeek(knees(3), WEEK)).get(0);
        assertThat(f.suggestion().text()).isEqualTo("Keep the next days easy and watch the knees; if the soreness"
                + " has not eased within a week, have it looked at.");
    }

    @Test
    void differentAreasOnConsecutiveDaysAreNotPersistent() {
        Plan plan = Fixtures.plan()
                .withLog(Fixtures.sore(day(0), BodyArea.KNEES))
                .withLog(Fixtures.sore(day(1), BodyArea.FEET))
                .withLog(Fixtures.sore(day(2), BodyArea.KNEES));
        assertThat(rule.check(new TestWeek(plan, WEEK))).isEmpty();
    }

    @Test
    void aDayWithoutSorenessBreaksTheRun() {
        Plan plan = knees(2).withLog(Fixtures.sore(day(3), BodyArea.KNEES)).withLog(Fixtures.sore(day(4),
                BodyArea.KNEES));
        assertThat(rule.check(new TestWeek(plan, WEEK))).isEmpty();
    }
}
