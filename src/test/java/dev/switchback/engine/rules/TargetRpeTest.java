package dev.switchback.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Plans;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * target-rpe names the changeable session furthest below its estimate: of the sessions from today on, those no log
 * names, the first of equal gaps in the day's order (by id).
 */
class TargetRpeTest {
    private static final LocalDate TODAY = Plans.MONDAY;
    private static final LocalDate WEDNESDAY = Plans.MONDAY.plusDays(9);

    /** A loaded hike up 1,000 m planned at RPE 1: estimated well above it. */
    private static Session heavy(String id, double packKg) {
        return Plans.hike(WEDNESDAY, 1, 180, packKg).withDistanceM(10_000).withClimbM(1_000).withId(new SessionId(id));
    }

    private static List<Finding> findings(Plan plan) {
        return Engine.analyse(plan, TODAY).findings(WEDNESDAY).stream()
                .filter(f -> f.ruleId().equals("target-rpe")).toList();
    }

    private static SessionId named(Finding f) {
        return ((Suggestion.UseEstimatedEffort) f.suggestion()).session();
    }

    @Test
    void theSessionFurthestBelowItsEstimateIsNamed() {
        Plan plan = Plans.plan(List.of(heavy("b-lighter", 12), heavy("a-heavier", 25)));
        assertThat(findings(plan)).singleElement().satisfies(f -> assertThat(named(f)).isEqualTo(new SessionId("a-heavier")));
    }

    @Test
    void aLoggedSessionIsNotChangedSoTheNextOneIsNamed() {
        Session heavier = heavy("a-heavier", 25);
        Plan plan = Plans.plan(List.of(heavy("b-lighter", 12), heavier))
                .withLog(OutingLog.fromPlan(heavier, 6).withDate(TODAY));
        assertThat(findings(plan)).singleElement().satisfies(f -> assertThat(named(f)).isEqualTo(new SessionId("b-lighter")));
    }

    @Test
    void equalGapsNameTheFirstInTheDaysOrder() {
        Plan plan = Plans.plan(List.of(heavy("b-second", 20), heavy("a-first", 20)));
        assertThat(findings(plan)).singleElement().satisfies(f -> assertThat(named(f)).isEqualTo(new SessionId("a-first")));
    }

    @Test
    void aSessionBeforeTodayIsNotNamed() {
        Plan plan = Plans.plan(List.of(heavy("a-heavier", 25)));
        assertThat(Engine.analyse(plan, WEDNESDAY.plusDays(1)).findings(WEDNESDAY).stream()
                .filter(f -> f.ruleId().equals("target-rpe"))).isEmpty();
    }
}
