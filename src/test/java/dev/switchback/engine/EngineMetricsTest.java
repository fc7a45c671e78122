package dev.switchback.engine;

import static dev.switchback.engine.Plans.LONG_AGO;
import static dev.switchback.engine.Plans.MONDAY;
import static dev.switchback.engine.Plans.plan;
import static dev.switchback.engine.Plans.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Terrain;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineMetricsTest {

    private static List<Session> daily(LocalDate from, int days, double rpe, int minutes) {
        var list = new ArrayList<Session>();
        for (int i = 0; i < days; i++) {
            list.add(run(from.plusDays(i), rpe, minutes));
        }
        return list;
    }

    private static double value(Metric m) {
        return m.asOptional().orElseThrow(() -> new AssertionError("no value: " + m));
    }

    @Test
    void metricsNeedTwentyEightDaysOfHistory() {
        PlanAnalysis a = Engine.analyse(plan(daily(MONDAY, 40, 4, 60)), LONG_AGO);
        DayMetrics day27 = a.metrics(MONDAY.plusDays(26));
        assertThat(day27.acwr()).isInstanceOf(Metric.NotEnoughHistory.class);
        assertThat(((Metric.NotEnoughHistory) day27.ctl()).reason()).isEqualTo("needs 28 days of history, 27 so far");
        assertThat(day27.formPct()).isInstanceOf(Metric.NotEnoughHistory.class);
        DayMetrics day28 = a.metrics(MONDAY.plusDays(27));
        assertThat(value(day28.acwr())).isCloseTo(1.0, within(1e-9));
        assertThat(value(day28.ctl())).isCloseTo(240, within(1e-9));
        assertThat(value(day28.formPct())).isCloseTo(0, within(1e-9));
    }

    @Test
    void coldStartSeedKeepsASteadyAthleteFreshRatherThanExhausted() {
        PlanAnalysis a = Engine.analyse(plan(Plans.steadyWeeks(6)), LONG_AGO);
        LocalDate lastSunday = MONDAY.plusWeeks(5).plusDays(6);
        assertThat(value(a.metrics(lastSunday).formPct())).isBetween(-15.0, 15.0);
        assertThat(value(a.metrics(lastSunday).acwr())).isBetween(0.8, 1.2);
    }

    @Test
    void monotonyIsCappedWhenEveryDayIsTheSame() {
        PlanAnalysis a = Engine.analyse(plan(daily(MONDAY, 7, 4, 60)), LONG_AGO);
        DayMetrics sunday = a.metrics(MONDAY.plusDays(6));
        assertThat(value(sunday.monotony())).isEqualTo(10);
        assertThat(value(sunday.strain())).isEqualTo(7 * 240 * 10);
        assertThat(a.metrics(MONDAY.plusDays(5)).monotony()).isInstanceOf(Metric.NotEnoughHistory.class);
    }

    @Test
    void monotonyFollowsFoster() {
        double[] w = {0, 300, 385, 135, 0, 720, 180};
        double mean = 1720 / 7.0;
        double var = 0;
        for (double x : w) {
            var += (x - mean) * (x - mean);
        }
        assertThat(LoadModel.monotony(w)).isCloseTo(mean / Math.sqrt(var / 7), within(1e-12));
        assertThat(LoadModel.monotony(new double[7])).isZero();
    }

    @Test
    void aPlanOfRestDaysHasNoNanAnywhere() {
        var rests = new ArrayList<Session>();
        for (int i = 0; i < 40; i++) {
            rests.add(Session.rest(MONDAY.plusDays(i)));
        }
        PlanAnalysis a = Engine.analyse(plan(rests), LONG_AGO);
        DayMetrics m = a.metrics(MONDAY.plusDays(35));
        assertThat(m.acwr()).isInstanceOf(Metric.NotEnoughHistory.class);
        assertThat(m.formPct()).isInstanceOf(Metric.NotEnoughHistory.class);
        assertThat(value(m.ctl())).isZero();
        assertThat(value(m.monotony())).isZero();
        assertThat(a.week(MONDAY.plusWeeks(3)).changeVsPrevious()).isInstanceOf(Metric.NotEnoughHistory.class);
    }

    @Test
    void anEmptyPlanHasNoDaysAndUndefinedMetrics() {
        PlanAnalysis a = Engine.analyse(Plan.empty("E", Plans.athlete()), LONG_AGO);
        assertThat(a.days()).isEmpty();
        assertThat(a.day(MONDAY).loadAu()).isZero();
        assertThat(a.metrics(MONDAY).ctl()).isInstanceOf(Metric.NotEnoughHistory.class);
        assertThat(a.findings(MONDAY)).isEmpty();
    }

    @Test
    void severalSessionsADayAddUp() {
        PlanAnalysis a = Engine.analyse(plan(List.of(run(MONDAY, 3, 40), run(MONDAY, 5, 30).withKind(SessionKind.HIKE))),
                LONG_AGO);
        DayLoad d = a.day(MONDAY);
        assertThat(d.loadAu()).isEqualTo(270);
        assertThat(d.plannedAu()).isEqualTo(270);
        assertThat(d.longestMinutes()).isEqualTo(40);
        assertThat(d.loads()).hasSize(2);
    }

    @Test
    void aLoggedDayUpToTodayCountsWhatWasDoneAndLaterDaysWhatIsPlanned() {
        Session planned = run(MONDAY, 5, 60);
        OutingLog log = OutingLog.fromPlan(planned, 8).withActuals(Duration.ofMinutes(50), 0, 0, 0, 0);
        OutingLog extra = OutingLog.quick(MONDAY.plusDays(1), SessionKind.HIKE, Duration.ofMinutes(30), 2, "");
        Plan p = plan(List.of(planned)).withLogs(List.of(log, extra));
        PlanAnalysis today = Engine.analyse(p, MONDAY.plusDays(1));
        assertThat(today.day(MONDAY).plannedAu()).isEqualTo(300);
        assertThat(today.day(MONDAY).doneAu()).isEqualTo(400);
        assertThat(today.day(MONDAY).loadAu()).isEqualTo(400);
        assertThat(today.day(MONDAY).hard()).isTrue();
        assertThat(today.day(MONDAY.plusDays(1)).loadAu()).isEqualTo(60);
        PlanAnalysis before = Engine.analyse(p, MONDAY.minusDays(1));
        assertThat(before.day(MONDAY).loadAu()).isEqualTo(300);
        assertThat(before.day(MONDAY).hard()).isFalse();
    }

    @Test
    void aTripExpandsIntoOneLoadPerDayAndItsDaysAreNeverHard() {
        Trip trip = new Trip(new TripId("t"), "Traverse", MONDAY, List.of(
                new TripStage(Duration.ofHours(8), 20000, 1200, 1000, 16, java.util.Optional.of(6.0)),
                new TripStage(Duration.ofHours(6), 15000, 600, 900, 14, java.util.Optional.of(8.0))),
                Terrain.TRAIL, true, "");
        PlanAnalysis a = Engine.analyse(plan(List.of()).withTrips(List.of(trip)), LONG_AGO);
        assertThat(a.days()).hasSize(2);
        assertThat(a.day(MONDAY).loadAu()).isEqualTo(6 * 480);
        assertThat(a.day(MONDAY.plusDays(1)).loadAu()).isEqualTo(8 * 360);
        assertThat(a.day(MONDAY.plusDays(1)).tripDay()).isTrue();
        assertThat(a.day(MONDAY.plusDays(1)).hard()).isFalse();
        assertThat(a.day(MONDAY).heaviestPackKg()).isEqualTo(16);
        assertThat(a.day(MONDAY).packKgKm()).isEqualTo(16 * 20);
    }

    @Test
    void weekSummaryComparesWithTheWeekBefore() {
        var sessions = new ArrayList<Session>(daily(MONDAY, 7, 4, 60));
        sessions.addAll(daily(MONDAY.plusWeeks(1), 7, 5, 60));
        PlanAnalysis a = Engine.analyse(plan(sessions), LONG_AGO);
        WeekSummary w = a.week(MONDAY.plusWeeks(1).plusDays(3));
        assertThat(w.loadAu()).isEqualTo(2100);
        assertThat(value(w.changeVsPrevious())).isCloseTo(1.25, within(1e-12));
        assertThat(w.restDays()).isZero();
        assertThat(a.week(MONDAY).changeVsPrevious()).isInstanceOf(Metric.NotEnoughHistory.class);
    }

    @Test
    void ctlRampIsPercentOfFitnessAtTheStartOfTheWeek() {
        var sessions = new ArrayList<Session>(daily(MONDAY, 35, 4, 60));
        sessions.addAll(daily(MONDAY.plusWeeks(5), 7, 6, 60));
        PlanAnalysis a = Engine.analyse(plan(sessions), LONG_AGO);
        double c0 = value(a.metrics(MONDAY.plusWeeks(5).minusDays(1)).ctl());
        double c1 = value(a.metrics(MONDAY.plusWeeks(5).plusDays(6)).ctl());
        assertThat(value(a.week(MONDAY.plusWeeks(5)).ctlRampPct())).isCloseTo((c1 - c0) / c0 * 100, within(1e-9));
        assertThat(c0).isCloseTo(240, within(1e-9));
    }
}
