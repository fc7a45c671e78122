package dev.switchback.engine.rules;

import static dev.switchback.engine.Plans.run;
import static dev.switchback.engine.rules.RuleFixtures.W0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.Plans;
import dev.switchback.engine.SaveGate;
import dev.switchback.engine.Severity;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding about a span of days shows in every week the span touches, and once in a range. */
class FindingSpanTest {
    static final LocalDate GOAL = TripRulesTest.GOAL;

    static List<Finding> of(PlanAnalysis a, String rule, LocalDate week) {
        return a.findings(week).stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void theTaperFindingShowsInTheTwoWeeksBeforeTheGoalsWeekAndNotEarlier() {
        PlanAnalysis a = Engine.analyse(TripRulesTest.taper(121), Plans.LONG_AGO);
        Finding taper = of(a, Taper.ID, GOAL).get(0);
        assertThat(taper.weekStart()).isEqualTo(GOAL);
        assertThat(of(a, Taper.ID, GOAL.minusWeeks(1))).containsExactly(taper);
        assertThat(of(a, Taper.ID, GOAL.minusWeeks(2))).containsExactly(taper);
        assertThat(of(a, Taper.ID, GOAL.minusWeeks(3))).isEmpty();
        assertThat(a.findings(GOAL.minusWeeks(2), GOAL.plusDays(6)).stream()
                .filter(f -> f.ruleId().equals(Taper.ID))).containsExactly(taper);
    }

    /** Rest on Sundays except one: ten days without rest from Friday of week 1 to Sunday of week 2. */
    static Plan tenDaysWithoutRest() {
        var s = new ArrayList<Session>();
        for (int d = 0; d < 28; d++) {
            LocalDate day = W0.plusDays(d);
            boolean rest = day.getDayOfWeek() == java.time.DayOfWeek.THURSDAY && d != 10;
            if (!rest) {
                s.add(run(day, 3, 40));
            }
        }
        return Plans.plan(s);
    }

    @Test
    void aRunWithoutRestIntoTheNextWeekIsReportedWhereItEndsAndShownInBoth() {
        PlanAnalysis a = Engine.analyse(tenDaysWithoutRest(), Plans.LONG_AGO);
        LocalDate w1 = W0.plusWeeks(1);
        LocalDate w2 = W0.plusWeeks(2);
        List<Finding> inW2 = of(a, RestDay.ID, w2);
        // Friday of week 0 to Wednesday of week 2: 13 days, one finding reported in week 2
        assertThat(inW2).singleElement().satisfies(f -> {
            assertThat(f.weekStart()).isEqualTo(w2);
            assertThat(f.dates()).first().isEqualTo(W0.plusDays(4));
            assertThat(f.dates()).last().isEqualTo(w2.plusDays(2));
            assertThat(f.measured()).isEqualTo(13);
        });
        assertThat(of(a, RestDay.ID, w1)).containsExactlyElementsOf(inW2);
        assertThat(of(a, RestDay.ID, W0)).containsExactlyElementsOf(inW2);
        assertThat(a.findings(W0, w2.plusDays(6)).stream().filter(f -> f.ruleId().equals(RestDay.ID)))
                .containsExactlyElementsOf(inW2);
    }

    @Test
    void aFindingTouchesTheWeekOfEachOfItsDaysAndItsOwnWeekOnly() {
        Finding f = new Finding("x", Severity.WARN, W0.plusWeeks(2), List.of(W0.plusDays(6), W0.plusWeeks(1)), 1, 1,
                "", "m", "w", new dev.switchback.engine.Source("s", dev.switchback.engine.Evidence.JUDGEMENT),
                new dev.switchback.engine.Suggestion.Advice("a"));
        assertThat(f.touches(W0)).isTrue(); // Sunday
        assertThat(f.touches(W0.plusWeeks(1))).isTrue(); // Monday
        assertThat(f.touches(W0.plusWeeks(2))).isTrue(); // its own week, no day in it
        assertThat(f.touches(W0.plusWeeks(3))).isFalse();
        assertThat(f.touches(W0.minusWeeks(1))).isFalse();
    }

    @Test
    void easingTheMondayAfterAHardWeekendIsCheckedInTheWeekBefore() {
        // Friday, Saturday and Sunday hard and Monday hard: a run of 4 reported in the Monday's week. Making
        // the Monday easy leaves a run of 3 ending on Sunday, a BLOCK in the week before the edited one.
        LocalDate w1 = W0.plusWeeks(1);
        var s = new ArrayList<Session>(Plans.steadyWeeks(1));
        s.removeIf(x -> !x.date().isBefore(W0.plusDays(4)));
        s.add(run(W0.plusDays(4), 7, 50));
        s.add(run(W0.plusDays(5), 7, 50));
        s.add(run(W0.plusDays(6), 7, 50));
        Session monday = run(w1, 8, 50);
        s.add(monday);
        Plan saved = Plans.plan(s);
        Plan edited = saved.withSession(monday.withTargetRpe(java.util.Optional.of(3.0)));
        var result = SaveGate.check(saved, edited, Plans.LONG_AGO);
        assertThat(result.weeks()).contains(W0);
        assertThat(result.blocking()).extracting(Finding::ruleId, Finding::weekStart)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HardDaysBackToBack.ID, W0));
    }
}
