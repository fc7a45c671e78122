package dev.switchback.engine;

import dev.switchback.ui.log.LogSamples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import dev.switchback.model.PlanArbitraries;
import dev.switchback.model.Session;
import dev.switchback.model.Weeks;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WeekProgressTest {
    private final LogSamples s = new LogSamples();

    @Test
    void countsKilometresAndSessionsByCompliance() {
        // Week of 16 Nov seen on Sat 21: tempo done, pack run missed, long hike and easy spin upcoming.
        WeekProgress w = WeekProgress.of(s.plan(), LogSamples.MONDAY, LogSamples.MONDAY.plusDays(5),
                Optional.empty());
        assertThat(w.plannedKm()).isEqualTo(40);
        assertThat(w.doneKm()).isEqualTo(9.1);
        assertThat(w.done()).isEqualTo(1);
        assertThat(w.planned()).isEqualTo(4);
        assertThat(w.sessionDetails()).isEqualTo("1 as planned, 1 missed");
    }

    @Test
    void runningKilometresCountOnlyRunsPlannedAndLogged() {
        // Planned runs: tempo 9 km and the pack run 13 km; the long hike is not running.
        Plan plan = s.plan().withLog(OutingLog.quick(LogSamples.MONDAY.plusDays(2), SessionKind.HIKE,
                Duration.ofMinutes(50), 3, "walk").withActuals(Duration.ofMinutes(50), 4_000, 0, 0, 0));
        WeekProgress w = WeekProgress.of(plan, LogSamples.MONDAY, LogSamples.MONDAY.plusDays(5), Optional.empty());
        assertThat(w.plannedRunningKm()).isEqualTo(22);
        assertThat(w.doneRunningKm()).isEqualTo(9.1);
        assertThat(w.doneKm()).isEqualTo(13.1);
    }

    @Test
    void tripDaysInTheWeekCountAsPlannedKilometresAndTheOnesAfterSundayDoNot() {
        Trip trip = new Trip(new TripId("weekend"), "Weekend traverse", LogSamples.MONDAY.plusDays(6), List.of(
                TripStage.of(Duration.ofHours(6), 15_000, 800, 14),
                TripStage.of(Duration.ofHours(7), 20_000, 900, 13)), Terrain.TRAIL, false, "");
        WeekProgress w = WeekProgress.of(s.plan().withTrip(trip), LogSamples.MONDAY,
                LogSamples.MONDAY.plusDays(5), Optional.empty());
        assertThat(w.plannedKm()).isEqualTo(55);
        assertThat(w.plannedRunningKm()).isEqualTo(22);
    }

    @Test
    void anExtraOutingIsCounted() {
        Plan plan = s.plan().withLog(OutingLog.fromPlan(s.packRun, 6)
                .withActuals(Duration.ofMinutes(40), 6_000, 200, 200, 8))
                .withLog(OutingLog.quick(LogSamples.MONDAY.plusDays(2), SessionKind.HIKE,
                        Duration.ofMinutes(50), 3, "walk"));
        WeekProgress w = WeekProgress.of(plan, LogSamples.MONDAY, LogSamples.MONDAY.plusDays(5), Optional.empty());
        assertThat(w.doneKm()).isEqualTo(15.1);
        assertThat(w.done()).isEqualTo(2);
        assertThat(w.sessionDetails()).isEqualTo("1 as planned, 1 extra");
    }

    @Provide
    Arbitrary<Plan> plans() {
        return PlanArbitraries.plans(4);
    }

    /** The week of the plan's first session (or log), seen from a day up to ten days either side of it. */
    @Property(tries = 120)
    void countsAndDistancesAgreeWithEachOther(@ForAll("plans") Plan plan, @ForAll boolean weekOfALog,
            @ForAll @IntRange(min = -10, max = 16) int todayFromMonday) {
        Optional<LocalDate> anchor = weekOfALog && !plan.logs().isEmpty()
                ? Optional.of(plan.logs().get(0).date())
                : plan.sessions().stream().findFirst().map(Session::date);
        LocalDate monday = Weeks.monday(anchor.orElse(LogSamples.MONDAY));
        LocalDate today = monday.plusDays(todayFromMonday);
        WeekProgress w = WeekProgress.of(plan, monday, today, Optional.empty());

        assertThat(w.asPlanned()).isBetween(0, w.done());
        assertThat(w.done() + w.missed()).isLessThanOrEqualTo(w.planned());
        if (today.isAfter(monday.plusDays(6))) {
            // the week is over: every planned session was either logged or missed
            assertThat(w.done() + w.missed()).isEqualTo(w.planned());
        }
        if (!today.isAfter(monday)) {
            assertThat(w.missed()).isZero();
        }
        assertThat(w.plannedRunningKm()).isBetween(0.0, w.plannedKm() + 1e-9);
        assertThat(w.doneRunningKm()).isBetween(0.0, w.doneKm() + 1e-9);
        long logsInWeek = plan.logs().stream().filter(l -> !l.date().isBefore(monday)
                && !l.date().isAfter(monday.plusDays(6))).count();
        assertThat((long) w.extra()).isLessThanOrEqualTo(logsInWeek);
    }
}
