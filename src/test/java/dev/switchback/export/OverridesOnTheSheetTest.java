package dev.switchback.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Plans;
import dev.switchback.engine.SaveGate;
import dev.switchback.engine.Severity;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The week sheet shows an overridden finding with its reason and date, and a span finding in each week. */
class OverridesOnTheSheetTest {
    static final LocalDate W6 = Plans.MONDAY.plusWeeks(6);

    @Test
    void anOverriddenFindingCarriesItsReasonAndDateAndTheOthersNone() {
        var s = new ArrayList<Session>(Plans.steadyWeeks(6));
        s.add(Plans.hike(W6.plusDays(3), 4, 120, 25));
        s.add(Plans.hike(W6.plusDays(5), 4, 150, 30));
        Plan plan = Plans.plan(s);
        Finding thursday = Engine.analyse(plan, Plans.LONG_AGO).findings(W6).stream()
                .filter(f -> f.severity() == Severity.BLOCK && f.dates().equals(List.of(W6.plusDays(3))))
                .findFirst().orElseThrow();
        plan = SaveGate.withOverride(plan, thursday, "Club tent", LocalDate.of(2026, 12, 2));
        WeekSheet sheet = WeekSheets.build(plan, Optional.of(Engine.analyse(plan, Plans.LONG_AGO)), W6);
        assertThat(sheet.findings()).filteredOn(l -> l.severity().equals("BLOCK"))
                .extracting(WeekSheet.FindingLine::override)
                .containsExactlyInAnyOrder("Overridden on Wednesday 2 December 2026: Club tent", "");
    }

    @Test
    void theTaperFindingOfTheGoalsWeekIsOnTheSheetOfTheWeekBefore() {
        LocalDate goal = Plans.MONDAY.plusWeeks(10);
        var s = new ArrayList<Session>();
        for (int w = 0; w <= 10; w++) {
            s.add(Plans.run(Plans.MONDAY.plusWeeks(w), 5, 200));
        }
        Plan plan = Plans.plan(s).withGoals(List.of(new dev.switchback.model.GoalEvent("Race", goal.plusDays(5),
                Optional.empty())));
        WeekSheet sheet = WeekSheets.build(plan, Optional.of(Engine.analyse(plan, Plans.LONG_AGO)), goal.minusWeeks(1));
        assertThat(sheet.findings()).extracting(WeekSheet.FindingLine::message)
                .anySatisfy(m -> assertThat(m).startsWith("The 14 days before Race average"));
    }
}
