package dev.switchback.engine.season;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.Plans;
import dev.switchback.engine.Severity;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Weeks;
import dev.switchback.store.SamplePlan;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SeasonBuilderTest {
    /** The Monday after nine steady weeks. */
    private static final LocalDate TODAY = Plans.MONDAY.plusWeeks(9).minusDays(1);

    static Trip goalTrip(LocalDate start, int days, Duration hours, double packKg, double climbM) {
        var stages = new ArrayList<TripStage>();
        for (int i = 0; i < days; i++) {
            stages.add(TripStage.of(hours, hours.toMinutes() / 60.0 * 3500, climbM, packKg));
        }
        return new Trip(new TripId("goal"), "Goal traverse", start, stages, Terrain.TRAIL, true, "");
    }

    static Plan steadyWithGoal(int weeksAhead, Duration hours, double packKg, double climbM) {
        return steadyWithGoal(weeksAhead, 2, hours, packKg, climbM);
    }

    static Plan steadyWithGoal(int weeksAhead, int days, Duration hours, double packKg, double climbM) {
        Plan p = Plans.plan(Plans.steadyWeeks(9));
        return p.withTrip(goalTrip(TODAY.plusDays(1).plusWeeks(weeksAhead).plusDays(5), days, hours, packKg, climbM));
    }

    static Season build(Plan plan, boolean replace) {
        Trip t = plan.trips().stream().filter(Trip::goal).findFirst().orElseThrow();
        return SeasonBuilder.build(plan, SeasonRequest.defaults(SeasonGoal.of(t), TODAY.plusDays(1))
                .withReplace(replace), TODAY);
    }

    @Test
    void anotherGoalTripInsideTheSeasonGetsATaperOfItsOwnAndNoWeekWarns() {
        // the sample's own goal trip lies inside a 16-week season towards a later goal: it got no taper (one
        // warning, listed three times: once for each week its days reach into)
        LocalDate today = LocalDate.of(2026, 11, 25);
        Plan sample = SamplePlan.create(today);
        LocalDate from = today.plusDays(5);
        SeasonGoal goal = new SeasonGoal("Sixteen weeks", from.plusWeeks(16).plusDays(5), Duration.ofHours(5),
                17_000, 1200, 1200, 12, 2, java.util.Optional.empty());
        Season s = SeasonBuilder.build(sample, SeasonRequest.defaults(goal, from).withReplace(true), today);
        assertThat(s.warnings()).isEmpty();
        assertNoWarningsInBuiltWeeks(s, today);
        assertThat(s.shortfalls()).isEmpty();
        // the taper rule is content with that trip: the two weeks before it are cut by at least 40 %
        var trip = sample.trips().stream().filter(dev.switchback.model.Trip::goal).findFirst().orElseThrow();
        PlanAnalysis a = Engine.analyse(s.plan(), today);
        assertThat(a.findings(Weeks.monday(trip.start())).stream().map(Finding::ruleId))
                .doesNotContain(dev.switchback.engine.rules.Taper.ID);
    }

    @Test
    void withTimeEnoughTheSeasonReachesTheGoalInEveryDimensionAndEveryWeekIsClean() {
        Plan plan = steadyWithGoal(16, 1, Duration.ofHours(5), 11, 900);
        Season s = build(plan, false);

        assertThat(s.weeksAvailable()).isEqualTo(16);
        assertThat(s.weeks()).hasSize(16);
        assertThat(s.warnings()).isEmpty();
        assertNoWarningsInBuiltWeeks(s, TODAY);
        assertThat(s.shortfalls()).isEmpty();
        assertThat(s.timeNote()).isEmpty();
        assertThat(s.weeks()).extracting(Season.Week::phase).contains(dev.switchback.model.PhaseKind.BASE,
                dev.switchback.model.PhaseKind.BUILD, dev.switchback.model.PhaseKind.TAPER);
        assertThat(s.weeks().subList(14, 16)).allMatch(w -> w.phase() == dev.switchback.model.PhaseKind.TAPER);
        assertThat(s.weeks()).filteredOn(Season.Week::lighter).isNotEmpty();
        assertReachedOrSaid(s);
    }

    @Test
    void tooLittleTimeSaysSoWithNumbersAndWritesNoUnsafeWeek() {
        Plan plan = steadyWithGoal(4, Duration.ofHours(8), 20, 1800);
        Season s = build(plan, false);

        assertThat(s.reachesGoal()).isFalse();
        assertThat(s.weeksNeeded()).isGreaterThan(s.weeksAvailable());
        assertThat(s.timeNote()).hasValueSatisfying(n -> assertThat(n)
                .isEqualTo("8 h with 20 kg needs about " + s.weeksNeeded() + " weeks from your 3 h with 7 kg; there are 4"));
        assertThat(s.shortfalls()).extracting(Season.Shortfall::dimension).contains(Season.Dimension.LONG_DAY,
                Season.Dimension.PACK);
        assertReachedOrSaid(s);
    }

    @Test
    void thePastLoggedDaysTripsAndKeptSessionsAreNeverChanged() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        Plan sample = SamplePlan.create(today);
        Trip goal = sample.trips().stream().filter(Trip::goal).findFirst().orElseThrow();
        var req = SeasonRequest.defaults(SeasonGoal.of(goal), today.minusDays(10));
        for (boolean replace : List.of(false, true)) {
            Season s = SeasonBuilder.build(sample, req.withReplace(replace), today);
            Plan after = s.plan();
            assertThat(after.trips()).isEqualTo(sample.trips());
            assertThat(after.logs()).isEqualTo(sample.logs());
            assertThat(after.wellness()).isEqualTo(sample.wellness());
            for (Session o : sample.sessions()) {
                boolean kept = !o.date().isAfter(today) || sample.logFor(o.id()).isPresent() || !replace
                        || !o.date().isBefore(goal.start());
                if (kept) {
                    assertThat(after.session(o.id())).as("%s on %s", o.title(), o.date()).contains(o);
                }
            }
            assertThat(s.added()).allMatch(a -> a.date().isAfter(today) && sample.tripsOn(a.date()).isEmpty()
                    && sample.logsOn(a.date()).isEmpty());
            assertThat(s.removed()).allMatch(r -> replace && r.date().isAfter(today));
            if (!replace) {
                assertThat(s.added()).allMatch(a -> sample.sessionsOn(a.date()).isEmpty());
            }
        }
    }

    @Test
    void theSamePlanAndRequestGiveTheSameSeason() {
        Plan plan = steadyWithGoal(10, Duration.ofHours(5), 12, 1000);
        assertThat(build(plan, true)).isEqualTo(build(plan, true));
    }

    @Test
    void theLongDayIsOnTheChosenDayAndTheOtherDaysAreRest() {
        Plan plan = steadyWithGoal(10, Duration.ofHours(5), 10, 800);
        Trip t = plan.trips().get(0);
        var req = new SeasonRequest(SeasonGoal.of(t), TODAY.plusDays(1), EnumSet.of(DayOfWeek.TUESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), DayOfWeek.SUNDAY, Duration.ofMinutes(40), true);
        Season s = SeasonBuilder.build(plan, req, TODAY);
        assertThat(s.added()).allMatch(a -> EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY)
                .contains(a.date().getDayOfWeek()) || !a.date().isBefore(t.start()));
        assertThat(s.added()).filteredOn(a -> a.title().equals("Long loaded day"))
                .allMatch(a -> a.date().getDayOfWeek() == DayOfWeek.SUNDAY).isNotEmpty();
        assertThat(s.added()).filteredOn(a -> a.title().startsWith("Easy run") && a.date().isBefore(t.start()))
                .allMatch(a -> a.duration().toMinutes() <= 40);
        assertNoWarningsInBuiltWeeks(s, TODAY);
    }

    @Property(tries = 12)
    void builtSeasonsAreCleanDeterministicAndLeaveThePastAlone(@ForAll long seed,
            @ForAll @IntRange(min = 5, max = 18) int weeksAhead, @ForAll @IntRange(min = 3, max = 7) int hours,
            @ForAll @IntRange(min = 0, max = 14) int packKg, @ForAll boolean replace) {
        var r = new Random(seed);
        var sessions = new ArrayList<Session>();
        for (Session s : Plans.steadyWeeks(9)) {
            sessions.add(s.isRest() ? s : s.withDuration(s.duration().plusMinutes(r.nextInt(41) - 20)));
        }
        Plan history = Plans.plan(sessions);
        Session last = history.sessionsOn(TODAY.minusDays(1)).get(0);
        history = history.withLog(OutingLog.fromPlan(last, 4));
        Plan plan = history.withTrip(goalTrip(TODAY.plusDays(1).plusWeeks(weeksAhead).plusDays(5), 1 + r.nextInt(3),
                Duration.ofHours(hours), packKg, 300 + r.nextInt(1200)));
        Season s = build(plan, replace);

        assertNoWarningsInBuiltWeeks(s, TODAY);
        assertThat(s.warnings()).isEmpty();
        assertReachedOrSaid(s);
        assertThat(build(plan, replace)).isEqualTo(s);
        for (Session o : plan.sessions()) {
            if (!o.date().isAfter(TODAY)) {
                assertThat(s.plan().session(o.id())).contains(o);
            }
        }
        assertThat(s.plan().logs()).isEqualTo(plan.logs());
    }

    /** Every week the season wrote, checked again by a full analysis of the season's plan. */
    static void assertNoWarningsInBuiltWeeks(Season s, LocalDate today) {
        PlanAnalysis a = Engine.analyse(s.plan(), today);
        for (Season.Week w : s.weeks()) {
            List<Finding> bad = a.findings(w.monday()).stream().filter(f -> f.severity().isAtLeast(Severity.WARN))
                    .toList();
            assertThat(bad).as("week of %s", w.monday()).isEmpty();
        }
    }

    /** By the taper each track is within 10 % of the goal, or the season says which is not. */
    static void assertReachedOrSaid(Season s) {
        for (Season.Track t : s.tracks()) {
            boolean said = s.shortfalls().stream().anyMatch(f -> f.dimension() == t.dimension());
            assertThat(said).as(t.dimension().label()).isEqualTo(t.reached() < 0.9 * t.target() - 1e-9);
        }
        if (!s.shortfalls().isEmpty()) {
            assertThat(s.timeNote()).isPresent();
        }
    }
}
