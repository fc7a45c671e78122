package dev.switchback.model;

import static dev.switchback.model.Refusal.accepted;
import static dev.switchback.model.Refusal.refused;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Plan-level rules and the small records a plan holds: phases, goals, rule settings and overrides. */
class PlanValidationTest {
    static final LocalDate MON = LocalDate.of(2026, 6, 1);
    static final Plan EMPTY = Plan.empty("Plan", Athlete.of("Kim", 60));
    static final Session RUN = Session.of(MON, SessionKind.TRAIL_RUN, "Run", Duration.ofMinutes(30))
            .withId(new SessionId("s1"));
    static final Trip TRIP = new Trip(new TripId("t1"), "Trip", MON, List.of(TripStage.of(Duration.ofHours(4), 0, 0,
            10)), Terrain.TRAIL, false, "");
    static final Wellness CHECK_IN = new Wellness(MON, 2, Optional.empty(), 2, 2, 2, 2, Optional.empty());

    static Stream<Arguments> cases() {
        OutingLog log = OutingLog.fromPlan(RUN, 4);
        return Stream.of(
                refused("empty plan name", () -> EMPTY.withName(""), "Plan name must not be empty"),
                refused("two sessions with one id", () -> EMPTY.withSessions(List.of(RUN, RUN.withTitle("Again"))),
                        "Session id appears twice: s1"),
                refused("two trips with one id", () -> EMPTY.withTrips(List.of(TRIP, TRIP)),
                        "Trip id appears twice: t1"),
                refused("two logs with one id", () -> EMPTY.withSession(RUN).withLogs(List.of(log, log)),
                        "Log id appears twice: " + log.id()),
                refused("two check-ins on one day", () -> EMPTY.withWellness(List.of(CHECK_IN, CHECK_IN)),
                        "Wellness check-in for appears twice: 2026-06-01"),
                refused("log of a session not in the plan", () -> EMPTY.withLogs(List.of(log)),
                        "Outing log of 2026-06-01 refers to a planned session that is not in the plan (s1)"),
                accepted("log of a session in the plan", () -> EMPTY.withSession(RUN).withLogs(List.of(log))),
                refused("goal of a trip not in the plan", () -> EMPTY.withGoals(List.of(new GoalEvent("Go", MON,
                        Optional.of(new TripId("t1"))))), "Goal Go refers to a trip that is not in the plan (t1)"),
                refused("phase ending before it starts", () -> new Phase(PhaseKind.BASE, MON, MON.minusDays(1)),
                        "Phase Base ends (2026-05-31) before it starts (2026-06-01)"),
                accepted("one-day phase", () -> new Phase(PhaseKind.TAPER, MON, MON)),
                refused("phase in year 0", () -> new Phase(PhaseKind.BASE, LocalDate.of(0, 1, 1), MON),
                        "Phase start must be between 1900-01-01 and 2199-12-31 (was 0000-01-01)"),
                refused("goal without title", () -> new GoalEvent(" ", MON, Optional.empty()),
                        "Goal title must not be empty"),
                refused("goal in year 99999", () -> new GoalEvent("Go", LocalDate.of(99999, 1, 1), Optional.empty()),
                        "Goal date must be between 1900-01-01 and 2199-12-31 (was +99999-01-01)"),
                refused("override on a Tuesday", () -> new RuleOverride("pack-mass", MON.plusDays(1), List.of(), Optional.empty(), "why", MON),
                        "An override names the Monday of its week (was 2026-06-02, a TUESDAY)"),
                refused("override without reason", () -> new RuleOverride("pack-mass", MON, List.of(), Optional.empty(), " ", MON),
                        "Override reason must not be empty"),
                refused("override without rule", () -> new RuleOverride("", MON, List.of(), Optional.empty(), "why", MON),
                        "Rule id must not be empty"),
                refused("override days out of order", () -> new RuleOverride("pack-mass", MON,
                        List.of(MON.plusDays(2), MON.plusDays(1)), Optional.of(37.0), "why", MON),
                        "Override days must be in ascending order without repeats (2026-06-02 after 2026-06-03)"),
                refused("override value not finite", () -> new RuleOverride("pack-mass", MON, List.of(MON),
                        Optional.of(Double.NaN), "why", MON), "Override value must be a finite number (was NaN)"),
                refused("NaN threshold", () -> RuleSettings.defaults().withThresholds(Map.of("x.y", Double.NaN)),
                        "Threshold x.y must be a finite number"),
                refused("infinite threshold", () -> RuleSettings.defaults().withThresholds(
                        Map.of("x.y", Double.POSITIVE_INFINITY)), "Threshold x.y must be a finite number"),
                refused("blank threshold name", () -> RuleSettings.defaults().withThresholds(Map.of(" ", 1.0)),
                        "Threshold name must not be empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesEveryInvalidValueWithAReadableMessage(String name, ThrowingCallable construction, String message) {
        Refusal.check(construction, message);
    }
}
