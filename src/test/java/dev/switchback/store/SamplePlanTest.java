package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Severity;
import dev.switchback.model.Intention;
import dev.switchback.model.OutingLog;
import dev.switchback.model.PhaseKind;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import dev.switchback.model.Weeks;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The sample is what a new user judges the product by: it must be valid for any today and
 * follow the steady-week pattern of domain-notes section 8.5 so the default rules stay quiet.
 */
class SamplePlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27); // a Friday
    private final Plan plan = SamplePlan.create(TODAY);

    /**
     * Planned session-RPE load (RPE x minutes) per ISO week. The shakedown trip counts; the goal trip
     * does not, since it is what the training is for (domain-notes 8.3).
     */
    static Map<LocalDate, Double> weeklyLoad(Plan plan) {
        var weeks = new TreeMap<LocalDate, Double>();
        for (Session s : plan.sessions()) {
            weeks.merge(Weeks.monday(s.date()), s.targetRpe().orElse(0.0) * s.duration().toMinutes(), Double::sum);
        }
        for (Trip t : plan.trips().stream().filter(t -> !t.goal()).toList()) {
            for (int d = 0; d < t.days(); d++) {
                TripStage st = t.stages().get(d);
                weeks.merge(Weeks.monday(t.start().plusDays(d)), st.targetRpe().orElse(0.0) * st.duration().toMinutes(),
                        Double::sum);
            }
        }
        return weeks;
    }

    @Test
    void itSpansAboutSixWeeksBackAndFourAhead() {
        assertThat(plan.firstDate()).contains(Weeks.monday(TODAY).minusWeeks(6));
        assertThat(plan.lastDate()).hasValueSatisfying(d -> assertThat(d).isAfter(TODAY.plusWeeks(4)));
    }

    @Test
    void theAthleteWeighsAbout68Kilograms() {
        assertThat(plan.athlete().bodyMassKg()).isEqualTo(68);
    }

    @Test
    void itMixesEveryKindOfOutingTheProductIsAbout() {
        assertThat(plan.sessions()).extracting(Session::kind).contains(SessionKind.TRAIL_RUN,
                SessionKind.RUN_WITH_PACK, SessionKind.BACKPACKING_DAY, SessionKind.STRENGTH_MOBILITY,
                SessionKind.REST);
        assertThat(plan.sessions()).filteredOn(s -> s.kind() == SessionKind.RUN_WITH_PACK)
                .allSatisfy(s -> assertThat(s.packKg()).isBetween(5.0, 7.0));
        assertThat(plan.sessions()).filteredOn(s -> s.kind() == SessionKind.BACKPACKING_DAY)
                .extracting(Session::packKg).contains(12.0);
        assertThat(plan.sessions()).filteredOn(s -> s.intention() == Intention.PEAK).isNotEmpty();
    }

    @Test
    void itHasATwoDayGoalTripAndATwoDayShakedown() {
        assertThat(plan.trips()).hasSize(2).allSatisfy(t -> assertThat(t.days()).isEqualTo(2));
        Trip goal = plan.trips().stream().filter(Trip::goal).findFirst().orElseThrow();
        assertThat(goal.start()).isAfter(TODAY);
        assertThat(goal.stages().get(1).packKg()).isLessThan(goal.stages().get(0).packKg()); // food eaten
        assertThat(plan.goals()).singleElement().satisfies(g -> assertThat(g.trip()).contains(goal.id()));
        assertThat(plan.phases()).extracting(p -> p.kind()).contains(PhaseKind.BASE, PhaseKind.BUILD, PhaseKind.TAPER);
    }

    @Test
    void pastOutingsAreLoggedWithHowTheyFelt() {
        assertThat(plan.logs()).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(l -> assertThat(l.date()).isBefore(TODAY));
        assertThat(plan.logs()).anySatisfy(l -> {
            assertThat(l.feelAfter()).isPresent();
            assertThat(l.sorenessLevel()).isPresent();
            assertThat(l.notes()).isNotBlank();
        });
        assertThat(plan.logs()).filteredOn(l -> l.plannedSession().isEmpty()).hasSize(1);
        assertThat(plan.logs()).extracting(OutingLog::rpe).allSatisfy(r -> assertThat(r).isBetween(1.0, 8.0));
    }

    @Test
    void wellnessCheckInsCoverTheLastThreeWeeksAndLookFresh() {
        assertThat(plan.wellness()).hasSize(21).allSatisfy(w -> {
            assertThat(w.date()).isBefore(TODAY);
            assertThat(w.hooperSum()).isBetween(4, 12);
        });
    }

    @Test
    void everyWeekHasOneOrTwoRestDaysAndAtMostOneHardRun() {
        var byWeek = new TreeMap<LocalDate, List<Session>>();
        plan.sessions().forEach(s -> byWeek.computeIfAbsent(Weeks.monday(s.date()), k -> new ArrayList<>()).add(s));
        byWeek.forEach((monday, sessions) -> {
            if (monday.isAfter(Weeks.monday(TODAY).plusWeeks(4))) {
                return; // the lone rest day after the goal trip
            }
            assertThat(sessions.stream().filter(Session::isRest).count()).as("rest days in week of " + monday)
                    .isBetween(1L, 2L);
            assertThat(sessions.stream().filter(s -> s.targetRpe().orElse(0.0) >= 7).count())
                    .as("hard sessions in week of " + monday).isLessThanOrEqualTo(1L);
        });
    }

    @Test
    void noPackIsAboveTwentyPercentOfBodyMass() {
        double limit = 0.2 * plan.athlete().bodyMassKg();
        assertThat(plan.sessions()).allSatisfy(s -> assertThat(s.packKg()).isLessThanOrEqualTo(limit));
        assertThat(plan.trips()).allSatisfy(t -> assertThat(t.heaviestPackKg()).isLessThanOrEqualTo(limit));
    }

    @Test
    void weeklyLoadRisesAtMostThirtyPercentOverOneOrTwoWeeks() {
        List<Double> loads = new ArrayList<>(weeklyLoad(plan).values());
        for (int i = 1; i < loads.size() - 1; i++) { // the last week holds only the rest day after the trip
            assertThat(loads.get(i) / loads.get(i - 1)).as("week %d vs week before", i).isLessThanOrEqualTo(1.3);
            if (i >= 2) {
                assertThat(loads.get(i) / loads.get(i - 2)).as("week %d vs two weeks before", i)
                        .isLessThanOrEqualTo(1.3);
            }
        }
    }

    @Test
    void everyFourthWeekIsARecoveryWeekAtMostThreeQuartersOfThePeak() {
        List<Double> loads = new ArrayList<>(weeklyLoad(plan).values());
        // weeks 0-2 build, 3 recovery, 4-6 build, 7 recovery
        double firstPeak = Math.max(loads.get(0), Math.max(loads.get(1), loads.get(2)));
        double secondPeak = Math.max(loads.get(4), Math.max(loads.get(5), loads.get(6)));
        assertThat(loads.get(3)).isLessThanOrEqualTo(0.75 * firstPeak);
        assertThat(loads.get(7)).isLessThanOrEqualTo(0.75 * secondPeak);
    }

    @Test
    void theLongestOutingGrowsAtMostTenPercentOverTheLongestOfTheLast30Days() {
        var outings = new TreeMap<LocalDate, Duration>();
        plan.sessions().forEach(s -> outings.merge(s.date(), s.duration(), (a, b) -> a.compareTo(b) > 0 ? a : b));
        plan.trips().forEach(t -> {
            for (int d = 0; d < t.days(); d++) {
                outings.merge(t.start().plusDays(d), t.stages().get(d).duration(),
                        (a, b) -> a.compareTo(b) > 0 ? a : b);
            }
        });
        outings.forEach((date, longest) -> {
            var before = outings.subMap(date.minusDays(30), date);
            if (before.size() >= 20) {
                long prior = before.values().stream().mapToLong(Duration::toMinutes).max().orElse(0);
                assertThat((double) longest.toMinutes()).as("longest outing on " + date)
                        .isLessThanOrEqualTo(1.1 * prior);
            }
        });
    }

    @Test
    void noHardSessionInTheTwoDaysBeforeATripAndRestAfterTheGoal() {
        for (Trip trip : plan.trips()) {
            for (int d = 1; d <= 2; d++) {
                assertThat(plan.sessionsOn(trip.start().minusDays(d)))
                        .allSatisfy(s -> assertThat(s.targetRpe().orElse(0.0)).isLessThan(7));
            }
            assertThat(plan.sessionsOn(trip.end().plusDays(1))).allSatisfy(s -> assertThat(s.isRest()).isTrue());
        }
    }

    @Property(tries = 14)
    void theDefaultRulesFindNothingToWarnAboutForAnyWeekday(@ForAll @IntRange(min = 0, max = 13) int shift) {
        LocalDate today = TODAY.plusDays(shift);
        Plan p = SamplePlan.create(today);
        var findings = Engine.analyse(p, today).findings(p.firstDate().orElseThrow(), p.lastDate().orElseThrow());
        assertThat(findings).filteredOn(f -> f.severity().isAtLeast(Severity.WARN))
                .as("WARN and BLOCK findings on the sample").isEmpty();
        // The engine does speak: the first weeks lack history, and it says so.
        assertThat(findings).isNotEmpty();
    }

    @Test
    void theSameTodayGivesTheSamePlan() {
        assertThat(SamplePlan.create(TODAY)).isEqualTo(plan);
    }

    @Property(tries = 14)
    void anyWeekdayGivesAValidPlan(@ForAll @IntRange(min = 0, max = 13) int shift) {
        LocalDate today = TODAY.plusDays(shift);
        Plan p = SamplePlan.create(today);
        assertThat(p.sessions()).isNotEmpty();
        assertThat(p.logs()).allSatisfy(l -> assertThat(l.date()).isBefore(today));
        assertThat(today.getDayOfWeek()).isIn((Object[]) DayOfWeek.values());
    }

    @Test
    void theTwoWeeksBeforeTheGoalTripAreAtLeastFortyPercentBelowThePeakWeek() {
        List<Double> loads = new ArrayList<>(weeklyLoad(plan).values());
        double peak = loads.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(loads.get(9)).isLessThanOrEqualTo(0.6 * peak);
        assertThat(loads.get(10)).isLessThanOrEqualTo(0.6 * peak);
    }
}
