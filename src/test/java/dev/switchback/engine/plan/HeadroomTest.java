package dev.switchback.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.Plans;
import dev.switchback.engine.SaveGate;
import dev.switchback.engine.Severity;
import dev.switchback.model.Intention;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Weeks;
import dev.switchback.store.SamplePlan;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HeadroomTest {
    private static final LocalDate TODAY = Plans.MONDAY.plusWeeks(6);

    @Test
    void roomIsExactlyTheLongestEasyRunThatAddsNoWarningOnASteadyPlan() {
        Plan plan = Plans.plan(Plans.steadyWeeks(9));
        LocalDate tuesday = TODAY.plusDays(1);
        DayRoom room = Headroom.day(plan, Engine.analyse(plan, TODAY), tuesday, TODAY);

        assertThat(room.state()).isEqualTo(DayRoom.State.OPEN);
        assertThat(room.runFor()).isPositive();
        assertThat(room.capped()).isFalse();
        assertAtTheEdge(plan, room);
    }

    @Test
    void thePackProbeIsCarriedForTwoHoursOrTheRunsRoomAndStopsAtTheRuleThatBinds() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        Plan sample = SamplePlan.create(today);
        PlanAnalysis analysis = Engine.analyse(sample, today);
        DayRoom tuesday = Headroom.day(sample, analysis, LocalDate.of(2026, 12, 1), today);
        DayRoom saturday = Headroom.day(sample, analysis, LocalDate.of(2026, 11, 28), today);

        assertThat(tuesday.runFor()).isGreaterThan(Duration.ofHours(2));
        assertThat(tuesday.packFor()).isEqualTo(Duration.ofHours(2));
        assertThat(saturday.runFor()).isLessThan(Duration.ofHours(2));
        assertThat(saturday.packFor()).isEqualTo(saturday.runFor());
        assertAtTheEdge(sample, tuesday, today);
        assertAtTheEdge(sample, saturday, today);
    }

    @Test
    void aLongerRunInASteadyBlockIsBoundByTheWeeklyRamp() {
        // flat weeks are no build, so no recovery week is due (issue 11): the ramp over last week binds
        Plan plan = Plans.plan(Plans.steadyWeeks(9));
        DayRoom room = Headroom.day(plan, Engine.analyse(plan, TODAY), TODAY.plusDays(3), TODAY);

        assertThat(room.binding()).map(DayRoom.Binding::ruleId).contains("weekly-ramp");
        assertThat(room.packKg()).isGreaterThan(0).isLessThan(68 / 3.0);
        assertThat(room.packBinding()).isPresent();
        assertAtTheEdge(plan, room);
    }

    @Test
    void daysBeforeTodayAndALoggedTodayAreClosed() {
        Plan plan = Plans.plan(Plans.steadyWeeks(9));
        Session tuesday = plan.sessionsOn(TODAY.plusDays(1)).get(0);
        Plan logged = plan.withLog(OutingLog.fromPlan(tuesday, 4));
        List<DayRoom> week = Headroom.week(logged, Engine.analyse(logged, TODAY.plusDays(1)), TODAY,
                TODAY.plusDays(1));

        assertThat(week).extracting(DayRoom::state).containsExactly(DayRoom.State.PAST, DayRoom.State.PAST,
                DayRoom.State.OPEN, DayRoom.State.OPEN, DayRoom.State.OPEN, DayRoom.State.OPEN, DayRoom.State.OPEN);
        assertThat(week.get(0).hasRoom()).isFalse();
    }

    @Test
    void aTripDayHasNoRoomBecauseAnySessionWouldBeADoubleBooking() {
        Plan plan = Plans.plan(Plans.steadyWeeks(9)).withTrip(new Trip(new TripId("t"), "Trip", TODAY.plusDays(4),
                List.of(TripStage.of(Duration.ofHours(4), 12_000, 600, 8)), Terrain.TRAIL, false, ""));
        DayRoom room = Headroom.day(plan, Engine.analyse(plan, TODAY), TODAY.plusDays(4), TODAY);

        assertThat(room.state()).isEqualTo(DayRoom.State.TRIP);
        assertThat(room.hasRoom()).isFalse();
    }

    @Test
    void everyOpenDayOfTheSamplePlansWeekIsAtTheEdge() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        Plan plan = SamplePlan.create(today);
        PlanAnalysis analysis = Engine.analyse(plan, today);
        for (LocalDate monday : List.of(Weeks.monday(today), Weeks.monday(today).plusWeeks(1))) {
            for (DayRoom room : Headroom.week(plan, analysis, monday, today)) {
                if (room.state() == DayRoom.State.OPEN) {
                    assertAtTheEdge(plan, room, today);
                }
            }
        }
    }

    @Test
    void onATenYearPlanTheRoomLeavingOutTheFarFutureIsTheRoomOfTheWholePlan() {
        Plan plan = dev.switchback.engine.GeneratedPlans.years(10, 42);
        LocalDate today = dev.switchback.engine.GeneratedPlans.today(plan);
        PlanAnalysis analysis = Engine.analyse(plan, today);
        for (DayRoom room : Headroom.week(plan, analysis, today.plusWeeks(1), today)) {
            if (room.state() == DayRoom.State.OPEN) {
                assertAtTheEdge(plan, room, today);
            }
        }
    }

    @Property(tries = 12)
    void roomIsAtTheEdgeForPerturbedHistories(@ForAll long seed, @ForAll @IntRange(min = 0, max = 13) int day) {
        var r = new Random(seed);
        var sessions = new ArrayList<Session>();
        for (Session s : Plans.steadyWeeks(9)) {
            sessions.add(s.isRest() ? s : s.withDuration(s.duration().plusMinutes(r.nextInt(41) - 20)));
        }
        Plan plan = Plans.plan(sessions);
        DayRoom room = Headroom.day(plan, Engine.analyse(plan, TODAY), TODAY.plusDays(day), TODAY);
        assertAtTheEdge(plan, room);
    }

    /** The room adds nothing; a step more (if not capped) adds a warning, and the binding rule is its rule. */
    private static void assertAtTheEdge(Plan plan, DayRoom room) {
        assertAtTheEdge(plan, room, TODAY);
    }

    private static void assertAtTheEdge(Plan plan, DayRoom room, LocalDate today) {
        LocalDate d = room.date();
        if (!room.runFor().isZero()) {
            assertThat(added(plan, run(d, room.runFor()), d, today)).as("run of %s on %s", room.runFor(), d).isEmpty();
        }
        if (!room.capped()) {
            Set<String> more = added(plan, run(d, room.runFor().plus(Knobs.DURATION_STEP)), d, today);
            assertThat(more).as("a step longer on %s", d).isNotEmpty();
            assertThat(room.binding()).isPresent();
            assertThat(more).contains(room.binding().get().ruleId());
        }
        if (room.packKg() > 0) {
            assertThat(added(plan, hike(d, room.packFor(), room.packKg()), d, today)).isEmpty();
            if (room.packKg() + Knobs.PACK_STEP_KG <= plan.athlete().bodyMassKg() / 3) {
                assertThat(added(plan, hike(d, room.packFor(), room.packKg() + Knobs.PACK_STEP_KG), d, today))
                        .as("a heavier pack on %s", d).isNotEmpty();
            }
        }
    }

    /** Rule ids of WARN/BLOCK findings the session adds, by a full analysis (not the incremental one). */
    private static Set<String> added(Plan plan, Session probe, LocalDate day, LocalDate today) {
        PlanAnalysis before = Engine.analyse(plan, today);
        PlanAnalysis after = Engine.analyse(plan.withSession(probe), today);
        Set<String> out = new HashSet<>();
        LocalDate monday = Weeks.monday(day);
        for (int k = 0; k <= SaveGate.FOLLOWING_WEEKS; k++) {
            Set<String> had = new HashSet<>();
            for (Finding f : before.findings(monday.plusWeeks(k))) {
                had.add(f.ruleId() + f.severity());
            }
            for (Finding f : after.findings(monday.plusWeeks(k))) {
                if (f.severity().isAtLeast(Severity.WARN) && !had.contains(f.ruleId() + f.severity())) {
                    out.add(f.ruleId());
                }
            }
        }
        return out;
    }

    private static Session run(LocalDate date, Duration d) {
        return new Session(new SessionId("probe"), date, SessionKind.TRAIL_RUN, Intention.ENDURANCE, "Room", d,
                d.toSeconds() / 3600.0 * Knobs.RUN_KMH * 1000, 0, 0, Terrain.TRAIL, 0, Optional.of(Knobs.PROBE_RPE),
                Optional.empty(), "", "", Optional.empty());
    }

    private static Session hike(LocalDate date, Duration d, double kg) {
        return new Session(new SessionId("probe"), date, SessionKind.HIKE, Intention.ENDURANCE, "Room", d,
                d.toSeconds() / 3600.0 * Knobs.HIKE_KMH * 1000, 0, 0, Terrain.TRAIL, kg, Optional.of(Knobs.PROBE_RPE),
                Optional.empty(), "", "", Optional.empty());
    }
}
