package dev.switchback.engine.rules;

import static dev.switchback.engine.Plans.run;
import static dev.switchback.engine.rules.RuleFixtures.W0;
import static dev.switchback.engine.rules.RuleFixtures.easyWeeks;
import static dev.switchback.engine.rules.RuleFixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Intention;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules 5 and 6: hard days back to back, rest day. */
class RecoveryRulesTest {
    static final LocalDate W2 = W0.plusWeeks(2);

    /** Easy weeks; in week 2, {@code hard} days in a row from Tuesday are intervals at RPE 7. */
    static List<Session> hardRun(int hard) {
        var s = new ArrayList<Session>();
        for (Session x : easyWeeks(W0, 3)) {
            long d = x.date().toEpochDay() - W2.toEpochDay();
            if (d >= 1 && d <= hard) {
                s.add(run(x.date(), 7, 50).withTitle("Intervals").withIntention(Intention.PEAK));
            } else {
                s.add(x);
            }
        }
        return s;
    }

    @ParameterizedTest
    @CsvSource({"1, NONE", "2, WARN", "3, BLOCK", "4, BLOCK"})
    void hardDaysInARowWarnAtTwoAndBlockAtThree(int hard, String expected) {
        List<Finding> f = findings(hardRun(hard), HardDaysBackToBack.ID, W2);
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.valueOf(expected));
            assertThat(x.measured()).isEqualTo(hard);
            assertThat(x.dates()).hasSize(hard).startsWith(W2.plusDays(1));
        });
    }

    @Test
    void threeHardDaysAreNamedAndTheMiddleOneMovedToAnEasierDay() {
        Finding f = findings(hardRun(3), HardDaysBackToBack.ID, W2).get(0);
        assertThat(f.message()).isEqualTo("Tuesday, Wednesday and Thursday are all hard days");
        assertThat(f.suggestion()).isInstanceOfSatisfying(Suggestion.MoveSession.class,
                m -> assertThat(m.to()).isEqualTo(W2.plusDays(5)));
        assertThat(f.suggestion().text()).isEqualTo("Move Wednesday's intervals to Saturday");
    }

    @Test
    void twoHardDaysAreBothHardDays() {
        Finding f = findings(hardRun(2), HardDaysBackToBack.ID, W2).get(0);
        assertThat(f.message()).isEqualTo("Tuesday and Wednesday are both hard days");
        assertThat(f.suggestion().text()).isEqualTo("Move Wednesday's intervals to Thursday");
    }

    @Test
    void withNoEasierDayTheHardSessionIsMadeSteady() {
        var s = new ArrayList<Session>();
        for (int d = 0; d < 7; d++) {
            s.add(run(W2.plusDays(d), 7, 50).withTitle("Intervals"));
        }
        Finding f = findings(s, HardDaysBackToBack.ID, W2).get(0);
        assertThat(f.suggestion()).isInstanceOf(Suggestion.LowerEffort.class);
        assertThat(f.suggestion().text()).isEqualTo("Make Tuesday's intervals steady: RPE 5 instead of 7");
    }

    /** {@code days} days in a row with an easy run, ending on Sunday of week 2, after rest. */
    static List<Session> streak(int days) {
        var s = new ArrayList<Session>();
        LocalDate end = W2.plusDays(6);
        s.add(Session.rest(end.minusDays(days)));
        for (int d = 0; d < days; d++) {
            s.add(run(end.minusDays(d), 3, 40));
        }
        return s;
    }

    @ParameterizedTest
    @CsvSource({"6, NONE", "7, WARN", "13, WARN", "14, BLOCK"})
    void restDayWarnsAfterSevenDaysAndBlocksAfterFourteen(int days, String expected) {
        List<Finding> f = findings(streak(days), RestDay.ID, W2);
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.valueOf(expected));
            assertThat(x.measured()).isEqualTo(days);
            assertThat(x.suggestion()).isInstanceOf(Suggestion.ReplaceWithRest.class);
        });
    }

    @Test
    void restDaySuggestsTheDayThatSplitsTheStreakBest() {
        Finding f = findings(streak(7), RestDay.ID, W2).get(0);
        assertThat(f.message()).isEqualTo("No rest day for 7 days in a row, Monday 16 November to Sunday 22 November");
        assertThat(f.suggestion().text()).isEqualTo("Make Thursday a rest day (instead of run)");
    }
}
