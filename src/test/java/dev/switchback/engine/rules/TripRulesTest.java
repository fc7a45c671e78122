package dev.switchback.engine.rules;

import static dev.switchback.engine.Plans.hike;
import static dev.switchback.engine.Plans.run;
import static dev.switchback.engine.rules.RuleFixtures.W0;
import static dev.switchback.engine.rules.RuleFixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Plans;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 13 (taper), easier days around a trip, trip preparation. */
class TripRulesTest {
    static final LocalDate GOAL = W0.plusWeeks(10);

    static Trip trip(LocalDate start, int days, int minutes, double packKg, boolean goal) {
        var stages = new ArrayList<TripStage>();
        for (int i = 0; i < days; i++) {
            stages.add(new TripStage(Duration.ofMinutes(minutes), 20_000, 800, 800, packKg, Optional.of(5.0)));
        }
        return new Trip(new TripId("trip"), "Traverse", start, stages, Terrain.TRAIL, goal, "");
    }

    /** Eight weeks at 1000 AU (one Monday session), then two taper weeks at {@code minutes} x RPE 5 each. */
    static Plan taper(int taperMinutes) {
        var s = new ArrayList<Session>();
        for (int w = 0; w < 8; w++) {
            s.add(run(W0.plusWeeks(w), 5, 200));
        }
        s.add(run(GOAL.minusWeeks(2), 5, taperMinutes));
        s.add(run(GOAL.minusWeeks(1), 5, taperMinutes));
        return Plans.plan(s).withTrips(List.of(trip(GOAL, 3, 360, 12, true)));
    }

    @ParameterizedTest
    @CsvSource({"119, NONE", "120, NONE", "121, WARN"})
    void taperWarnsWhenTheLastTwoWeeksAreLessThanFortyPercentBelowThePeak(int minutes, String expected) {
        List<Finding> f = findings(taper(minutes), Taper.ID, GOAL);
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.measured()).isCloseTo(39.5, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(x.threshold()).isEqualTo(40);
            assertThat(x.message()).isEqualTo("The 14 days before Traverse average 605 AU a week, only 40 % below your"
                    + " peak week (1000 AU)");
            assertThat(x.suggestion()).isInstanceOf(Suggestion.Shorten.class);
            assertThat(x.suggestion().text()).isEqualTo("Shorten Monday's run from 2 h 01 to 1 h 58");
        });
    }

    /** Easy runs, a trip from Saturday of week 1, and a hard session {@code daysBefore} days before it. */
    static Plan buffer(int daysBefore, double dayAfterRpe) {
        LocalDate start = W0.plusWeeks(1).plusDays(5);
        var s = new ArrayList<Session>();
        s.add(Session.rest(W0));
        s.add(run(start.minusDays(daysBefore), 7, 60).withTitle("Intervals"));
        s.add(run(start.plusDays(3), dayAfterRpe, 45).withTitle("Shakeout"));
        return Plans.plan(s).withTrips(List.of(trip(start, 3, 360, 12, false)));
    }

    @ParameterizedTest
    @CsvSource({"3, NONE", "2, WARN", "1, WARN"})
    void noHardDayInTheTwoDaysBeforeATrip(int daysBefore, String expected) {
        LocalDate hard = W0.plusWeeks(1).plusDays(5 - daysBefore);
        List<Finding> f = findings(buffer(daysBefore, 3), TripBuffer.ID, W0.plusWeeks(1));
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.dates()).containsExactly(hard);
            assertThat(x.message()).isEqualTo(Words.dayName(hard) + " is a hard day within 2 days before"
                    + " Traverse");
            assertThat(x.suggestion()).isInstanceOfSatisfying(Suggestion.MoveSession.class,
                    m -> assertThat(m.to()).isBefore(W0.plusWeeks(1).plusDays(3)));
        });
    }

    @Test
    void twoHardSessionsOnADayBeforeATripGetAdviceNotAMoveThatWouldLeaveTheDayHard() {
        LocalDate hard = W0.plusWeeks(1).plusDays(3);
        Plan plan = buffer(2, 3);
        plan = plan.withSession(run(hard, 7, 40).withTitle("Hill sprints"));
        List<Finding> f = findings(plan, TripBuffer.ID, W0.plusWeeks(1));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.dates()).containsExactly(hard);
            assertThat(x.suggestion()).isInstanceOf(Suggestion.Advice.class);
            assertThat(x.suggestion().text()).isEqualTo("Make Thursday easy: it has 2 hard sessions; move them away"
                    + " from the days before Traverse");
        });
    }

    @ParameterizedTest
    @CsvSource({"4, NONE", "4.5, WARN"})
    void aRestOrEasyDayAfterATrip(double rpe, String expected) {
        LocalDate after = W0.plusWeeks(2).plusDays(1);
        List<Finding> f = findings(buffer(5, rpe), TripBuffer.ID, W0.plusWeeks(2));
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.dates()).containsExactly(after);
            assertThat(x.message()).isEqualTo("Tuesday, the day after Traverse, is not easy: shakeout at RPE 4.5");
            assertThat(x.suggestion().text()).isEqualTo("Make Tuesday a rest day after Traverse (instead of shakeout)");
        });
    }

    @Test
    void twoOutingsThatAreNotEasyAfterATripGetAdviceNamingTheHarderAtItsEffort() {
        LocalDate after = W0.plusWeeks(2).plusDays(1);
        Plan one = buffer(5, 4.5);
        var sessions = new ArrayList<>(one.sessions());
        sessions.add(run(after, 6, 30).withTitle("Strides"));
        Plan p = one.withSessions(sessions);
        assertThat(findings(p, TripBuffer.ID, W0.plusWeeks(2))).singleElement().satisfies(x -> {
            assertThat(x.measured()).isEqualTo(6);
            assertThat(x.message()).isEqualTo("Tuesday, the day after Traverse, is not easy: strides at RPE 6.0");
            assertThat(x.suggestion().isMechanical()).isFalse();
            assertThat(x.suggestion().text()).isEqualTo(
                    "Make Tuesday a rest or easy day after Traverse: shakeout and strides are not easy");
        });
    }

    @Test
    void tripDaysRaiseNoSpikeRampOrBackToBackFindings() {
        LocalDate start = W0.plusWeeks(5);
        var s = new ArrayList<>(Plans.steadyWeeks(5));
        Plan p = Plans.plan(s).withTrips(List.of(trip(start, 5, 480, 13, true)));
        var f = Engine.analyse(p, Plans.LONG_AGO).findings(start);
        assertThat(f).filteredOn(x -> x.severity() != Severity.INFO).extracting(Finding::ruleId).doesNotContain(
                LongestSessionSpike.ID, WeeklyRamp.ID, HardDaysBackToBack.ID, AcuteChronicRatio.ID, CtlRamp.ID,
                Monotony.ID, RestDay.ID);
        assertThat(f).noneMatch(x -> x.severity() == Severity.BLOCK);
    }

    /** Steady weeks (longest outing 3 h, heaviest pack 6.8 kg), then a trip whose days last {@code minutes}. */
    static Plan preparation(int minutes, double packKg) {
        return Plans.plan(RuleFixtures.plus(Plans.steadyWeeks(6), Session.rest(W0))).withTrips(List.of(trip(W0.plusWeeks(6), 3, minutes, packKg, true)));
    }

    /** The findings of the trip's preparation whose message contains {@code part}. */
    static List<Finding> preparation(Plan plan, String part) {
        return findings(plan, TripPreparation.ID, W0.plusWeeks(6)).stream()
                .filter(f -> f.message().contains(part)).toList();
    }

    @ParameterizedTest
    @CsvSource({"269, NONE", "270, NONE", "271, WARN"})
    void tripPreparationComparesTheLongestTripDayWithTheLast30Days(int minutes, String expected) {
        List<Finding> f = preparation(preparation(minutes, 6.8), " lasts ");
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARN);
            assertThat(x.message()).isEqualTo("Day 1 of Traverse lasts 4 h 31, 1.51x your longest outing of"
                    + " the 30 days before (3 h)");
            assertThat(x.suggestion().text()).isEqualTo("Build the long day up in the weeks before: 3 h 01 by"
                    + " Monday 2 November");
            assertThat(x.suggestion().text()).doesNotContain("lighter", "shorten");
        });
    }

    @ParameterizedTest
    @CsvSource({"13.6, NONE", "13.7, WARN"})
    void tripPreparationComparesThePackWithTheHeaviestCarried(double kg, String expected) {
        List<Finding> f = preparation(preparation(180, kg), " pack; ");
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARN);
            assertThat(x.message()).isEqualTo("Traverse carries a 13.7 kg pack; the heaviest you carried in the 6"
                    + " weeks before is 6.8 kg");
            assertThat(x.suggestion().text()).startsWith("Build the pack up in the weeks before:");
        });
    }

    /** Trip days of {@code minutes} at 6.8 kg (10 % of body mass, loaded) after steady weeks with one loaded day a week. */
    @ParameterizedTest
    @CsvSource({"1, NONE", "2, NONE", "3, WARN"})
    void loadedDaysInARowAreComparedWithTheMostDoneBeforePlusOne(int days, String expected) {
        Plan p = Plans.plan(RuleFixtures.plus(Plans.steadyWeeks(6), Session.rest(W0)))
                .withTrips(List.of(trip(W0.plusWeeks(6), days, 60, 6.8, true)));
        List<Finding> f = preparation(p, "loaded days in a row");
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).isEqualTo("Traverse has 3 loaded"
                + " days in a row; the most you did in the 6 weeks before is 1"));
    }

    /** The trip week's load against the biggest of the 4 weeks before (1570 AU): 1.75x is 2,747.5 AU. */
    @ParameterizedTest
    @CsvSource({"2747, NONE", "2747.5, NONE", "2748, WARN"})
    void theTripWeekIsComparedWithTheBiggestOfTheFourWeeksBefore(double au, String expected) {
        var stages = List.of(new TripStage(Duration.ofSeconds(Math.round(au * 6)), 0, 0, 0, 0, Optional.of(10.0)));
        Plan p = Plans.plan(RuleFixtures.plus(Plans.steadyWeeks(6), Session.rest(W0))).withTrips(List.of(
                new Trip(new TripId("trip"), "Traverse", W0.plusWeeks(6), stages, Terrain.TRAIL, true, "")));
        List<Finding> f = preparation(p, "The week of Traverse");
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).isEqualTo("The week of Traverse weighs"
                + " 2748 AU, 1.75x your biggest of the 4 weeks before (1570 AU)"));
    }

    @Test
    void aTripTooCloseToBuildUpForOffersALighterPackOrShorterStages() {
        Plan p = preparation(400, 20);
        var f = Engine.analyse(p, W0.plusWeeks(4)).findings(W0.plusWeeks(6)).stream()
                .filter(x -> x.ruleId().equals(TripPreparation.ID)).toList();
        assertThat(f).isNotEmpty().allSatisfy(x -> assertThat(x.suggestion().text())
                .startsWith("Traverse is 2 weeks away, too close to build up: "));
        assertThat(f).anySatisfy(x -> assertThat(x.suggestion().text()).contains("lighter pack"));
    }

    static Session unused() {
        return hike(W0, 1, 1, 1);
    }
}
