package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.RuleFixtures.W0;
import static dev.switchback.engine.rules.RuleFixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Fixes;
import dev.switchback.engine.LoadModel;
import dev.switchback.engine.PlannedEffort;
import dev.switchback.engine.Plans;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
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

/** Boundaries of issue 11's new rules: target-rpe, loaded-descent, double-booked, and the load model's climb line. */
class JudgementRulesTest {
    static final LocalDate W6 = W0.plusWeeks(6);

    /** A 60-minute session without pack or climb: the estimate is the kind's base RPE (4 for an endurance run). */
    static Plan targetAt(double target) {
        var s = new ArrayList<>(Plans.steadyWeeks(6));
        s.add(Session.of(W6.plusDays(3), SessionKind.TRAIL_RUN, "Easy run", Duration.ofMinutes(60))
                .withTargetRpe(Optional.of(target)).withId(new SessionId("probe")));
        return Plans.plan(s);
    }

    @ParameterizedTest
    @CsvSource({"2.1, NONE", "2.0, WARN", "1.9, WARN", "4.0, NONE"})
    void theTargetIsQuestionedWhenTwoOrMoreBelowTheEstimate(double target, String expected) {
        List<Finding> f = findings(targetAt(target), TargetRpe.ID, W6);
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARN);
            assertThat(x.message()).startsWith("Thursday's easy run is planned at RPE " + Words.num(target));
            assertThat(x.message()).contains("Estimated: RPE 4 for endurance trail run");
            assertThat(x.suggestion()).isInstanceOf(Suggestion.UseEstimatedEffort.class);
        });
    }

    @Test
    void usingTheEstimateDropsTheTargetAndTheFinding() {
        Plan p = targetAt(1);
        Finding f = findings(p, TargetRpe.ID, W6).get(0);
        Plan fixed = Fixes.apply(p, f.suggestion());
        assertThat(fixed.session(new SessionId("probe")).orElseThrow().targetRpe()).isEmpty();
        assertThat(findings(fixed, TargetRpe.ID, W6)).isEmpty();
    }

    /**
     * Two sessions with the same gap on one day: the week's one finding names the first; using its estimate
     * leaves the same finding (same day, same gap) about the second, and using that one's clears the week. This
     * is why the engine property "a mechanical fix removes or eases that finding" compares the finding of the
     * same session, not of the same day.
     */
    @Test
    void twoEqualGapsOnOneDayAreFixedOneAtATime() {
        var s = new ArrayList<>(Plans.steadyWeeks(6));
        for (String id : new String[] {"probe-a", "probe-b"}) {
            s.add(Session.of(W6.plusDays(3), SessionKind.TRAIL_RUN, "Easy run", Duration.ofMinutes(60))
                    .withTargetRpe(Optional.of(1.0)).withId(new SessionId(id)));
        }
        Plan p = Plans.plan(s);
        Finding first = findings(p, TargetRpe.ID, W6).get(0);
        assertThat(((Suggestion.UseEstimatedEffort) first.suggestion()).session()).isEqualTo(new SessionId("probe-a"));
        Plan once = Fixes.apply(p, first.suggestion());
        assertThat(findings(once, TargetRpe.ID, W6)).singleElement().satisfies(x -> {
            assertThat(x.dates()).isEqualTo(first.dates());
            assertThat(x.measured()).isEqualTo(first.measured());
            assertThat(((Suggestion.UseEstimatedEffort) x.suggestion()).session()).isEqualTo(new SessionId("probe-b"));
        });
        Plan twice = Fixes.apply(once, findings(once, TargetRpe.ID, W6).get(0).suggestion());
        assertThat(findings(twice, TargetRpe.ID, W6)).isEmpty();
    }

    @Test
    void twentyFiveKilogramsAtRpeFourIsQuestionedSevenIsNot() {
        for (double kg : new double[] {7, 25}) {
            var s = new ArrayList<>(Plans.steadyWeeks(6));
            s.add(Session.of(W6.plusDays(3), SessionKind.RUN_WITH_PACK, "Run with pack", Duration.ofMinutes(60))
                    .withDistanceM(9_000).withClimbM(400).withPackKg(kg).withTargetRpe(Optional.of(4.0))
                    .withId(new SessionId("probe")));
            assertThat(findings(Plans.plan(s), TargetRpe.ID, W6)).hasSize(kg == 25 ? 1 : 0);
        }
    }

    @Test
    void theEstimateIgnoresTheTarget() {
        Session s = Session.of(W6, SessionKind.TRAIL_RUN, "Easy run", Duration.ofMinutes(60))
                .withTargetRpe(Optional.of(1.0));
        assertThat(PlannedEffort.estimate(s, Plans.athlete()).orElseThrow().rpe()).isEqualTo(4.0);
        assertThat(PlannedEffort.estimate(Session.rest(W6), Plans.athlete())).isEmpty();
    }

    /** 16 AU per 100 m up to 10 % of body mass, 33 from 20 %, a straight line between. */
    @ParameterizedTest
    @CsvSource({"0, 16", "0.10, 16", "0.15, 24.5", "0.20, 33", "0.37, 33"})
    void theClimbAddOnRisesInALineFromTenToTwentyPercent(double fraction, double au) {
        assertThat(LoadModel.climbAuPer100m(fraction)).isCloseTo(au, org.assertj.core.data.Offset.offset(1e-9));
    }

    /** Saturday hikes descend 1,000 m at 8 kg for six weeks; week 7's Saturday descends {@code m}. */
    static Plan descents(double before, double now, double packKg) {
        var all = new ArrayList<Session>();
        for (int w = 0; w <= 6; w++) {
            LocalDate m = W0.plusWeeks(w);
            for (Session s : Plans.steadyWeek(m)) {
                all.add(s.date().equals(m.plusDays(5))
                        ? s.withPackKg(w == 6 ? packKg : 8).withDescentM(w == 6 ? now : before) : s);
            }
        }
        return Plans.plan(all);
    }

    @ParameterizedTest
    @CsvSource({"1299, NONE", "1300, NONE", "1301, WARN"})
    void aLoadedDescentWarnsAboveOnePointThreeTimesTheBiggestOfThirtyDays(double m, String expected) {
        List<Finding> f = findings(descents(1000, m, 8), LoadedDescent.ID, W6);
        assertThat(f).hasSize(expected.equals("NONE") ? 0 : 1);
        f.forEach(x -> {
            assertThat(x.message()).isEqualTo("Saturday descends 1301 m with a pack, 1.30x your biggest loaded"
                    + " descent of the 30 days before (1000 m)");
            assertThat(x.suggestion().text()).isEqualTo("Add a short loaded descent (about 1050 m with 6.8 kg or"
                    + " more) between Saturday 28 November and Saturday 12 December");
        });
    }

    @ParameterizedTest
    @CsvSource({"499, NONE", "500, NONE", "501, WARN"})
    void aFirstLoadedDescentWarnsAboveFiveHundredMetres(double m, String expected) {
        assertThat(findings(descents(0, m, 8), LoadedDescent.ID, W6)).hasSize(expected.equals("NONE") ? 0 : 1);
    }

    /** 10 % of 68 kg is 6.8 kg: a descent with 6.7 kg is not loaded. */
    @ParameterizedTest
    @CsvSource({"6.7, NONE", "6.8, WARN"})
    void onlyAPackOfTenPercentOfBodyMassMakesADescentLoaded(double kg, String expected) {
        assertThat(findings(descents(0, 1200, kg), LoadedDescent.ID, W6)).hasSize(expected.equals("NONE") ? 0 : 1);
    }

    static Trip trip(LocalDate start, int days) {
        var stages = new ArrayList<TripStage>();
        for (int i = 0; i < days; i++) {
            stages.add(new TripStage(Duration.ofMinutes(180), 0, 0, 0, 6.8, Optional.of(4.0)));
        }
        return new Trip(new TripId("trip"), "Overnight", start, stages, Terrain.TRAIL, false, "");
    }

    @Test
    void aSessionOnATripDayIsDroppedAndARestCardUnderItToo() {
        var s = new ArrayList<>(Plans.steadyWeeks(7));
        s.add(Session.rest(W6.plusDays(6)).withId(new SessionId("sun-rest")));
        Plan p = Plans.plan(s).withTrips(List.of(trip(W6.plusDays(5), 2)));
        List<Finding> f = findings(p, DoubleBooked.ID, W6);
        assertThat(f).extracting(Finding::message).containsExactlyInAnyOrder(
                "Saturday's long pack hike is booked on Saturday, a day of Overnight (day 1)",
                "Sunday's run is booked on Sunday, a day of Overnight (day 2)",
                "Sunday keeps its Rest card under Overnight (day 2)");
        assertThat(f).extracting(Finding::measured).containsExactlyInAnyOrder(1.0, 2.0, 2.0);
        assertThat(f).allSatisfy(x -> assertThat(x.suggestion()).isInstanceOf(Suggestion.RemoveSession.class));
        Plan fixed = p;
        for (Finding x : f) {
            fixed = Fixes.apply(fixed, x.suggestion());
        }
        assertThat(findings(fixed, DoubleBooked.ID, W6)).isEmpty();
    }

    @Test
    void aRestCardOnADayWithTrainingIsDoubleBookedARestCardAloneIsNot() {
        var s = new ArrayList<>(Plans.steadyWeeks(7));
        s.add(Session.rest(W6.plusDays(4)).withId(new SessionId("fri-rest")));
        assertThat(findings(Plans.plan(s), DoubleBooked.ID, W6)).isEmpty();
        s.add(Session.rest(W6.plusDays(1)).withId(new SessionId("tue-rest")));
        assertThat(findings(Plans.plan(s), DoubleBooked.ID, W6)).singleElement().satisfies(x -> {
            assertThat(x.message()).isEqualTo("Tuesday has a Rest card and also run");
            assertThat(x.suggestion()).isEqualTo(new Suggestion.RemoveSession(new SessionId("tue-rest"),
                    "Drop Tuesday's Rest card (Tuesday is a training day), or move run to a free day"));
        });
    }
}
