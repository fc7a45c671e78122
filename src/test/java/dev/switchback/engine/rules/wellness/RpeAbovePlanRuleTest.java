package dev.switchback.engine.rules.wellness;

import static dev.switchback.engine.rules.wellness.Fixtures.WEEK;
import static dev.switchback.engine.rules.wellness.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RpeAbovePlanRuleTest {
    private final RpeAbovePlanRule rule = new RpeAbovePlanRule();

    private static Plan plan(double loggedRpe, int sessions) {
        Plan plan = Fixtures.plan();
        for (int i = 0; i < sessions; i++) {
            Session s = Session.of(day(i * 2), SessionKind.TRAIL_RUN, "Run " + (i + 1), Duration.ofMinutes(60))
                    .withTargetRpe(Optional.of(5.0));
            plan = plan.withSession(s).withLog(OutingLog.fromPlan(s, loggedRpe));
        }
        return plan;
    }

    @ParameterizedTest(name = "RPE {0} for planned 5 on {1} sessions -> {2}")
    @CsvSource({
        "6.5, 2, 0",  // 1.5 above: under
        "7, 2, 1",    // 2 above: at
        "8, 2, 1",
        "8, 1, 0",    // one session is not a pattern
    })
    void warnsWhenTwoSessionsFeltTwoPointsHarder(double rpe, int sessions, int expected) {
        assertThat(rule.check(new TestWeek(plan(rpe, sessions), WEEK))).hasSize(expected);
    }

    @Test
    void listsTheSessionsAndEasesTheNextHardOne() {
        Session next = Fixtures.hard(day(5), "Long run");
        Finding f = rule.check(new TestWeek(plan(7, 2).withSession(next), WEEK)).get(0);
        assertThat(f.message()).isEqualTo("Logged effort was 2 or more points above plan on 2 sessions this week:"
                + " Mon 16 Nov Run 1 RPE 7 for planned 5, Wed 18 Nov Run 2 RPE 7 for planned 5.");
        assertThat(f.why()).startsWith("The plan is harder than it looks");
        assertThat(f.suggestion()).isEqualTo(new Suggestion.LowerEffort(next.id(), 7,
                "Plan Sat 21 Nov's Long run one point easier (RPE 7) and hold pack mass this week"));
    }

    @Test
    void sessionsWithoutATargetAreNotCompared() {
        Plan plan = Fixtures.plan();
        for (int i = 0; i < 2; i++) {
            Session s = Session.of(day(i), SessionKind.TRAIL_RUN, "Run", Duration.ofMinutes(60));
            plan = plan.withSession(s).withLog(OutingLog.fromPlan(s, 9));
        }
        assertThat(rule.check(new TestWeek(plan, WEEK))).isEmpty();
    }
}
