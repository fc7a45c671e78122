package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.RuleFixtures.W0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Plans;
import dev.switchback.engine.RoutePrediction;
import dev.switchback.engine.Severity;
import dev.switchback.model.Plan;
import dev.switchback.model.Route;
import dev.switchback.model.RoutePoint;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Turnaround;
import dev.switchback.model.Weather;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four rules of issue 17 at their boundaries (body mass 68 kg: loaded from 6.8 kg). */
class TrailRulesTest {
    static final LocalDate SAT = W0.plusDays(5);
    static final TrailPlan TURN = TrailPlan.NONE.withTurnaround(Optional.of(Turnaround.by(LocalTime.of(13, 30))));

    static List<Finding> findings(Plan plan, String rule) {
        return RuleFixtures.findings(plan, rule, W0);
    }

    // ------------------------------------------------------------------ turnaround (INFO)

    @ParameterizedTest
    @CsvSource({"119, 6.8, 0", "120, 6.8, 1", "121, 6.8, 1", "240, 6.7, 0", "240, 6.8, 1", "240, 0, 0"})
    void aLongLoadedDayWithoutTurnaroundGetsAGentleInfo(int minutes, double packKg, int expected) {
        Plan plan = Plans.plan(List.of(Plans.hike(SAT, 4, minutes, packKg).withTitle("Long day")));
        List<Finding> found = findings(plan, TurnaroundSuggested.ID);
        assertThat(found).hasSize(expected).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.dates()).containsExactly(SAT);
        });
    }

    @Test
    void theTurnaroundSentenceNamesTheDayTheTimeAndThePack() {
        Plan plan = Plans.plan(List.of(Plans.hike(SAT, 4, 270, 12).withTitle("Long day: Nebelhorn flank")));
        assertThat(findings(plan, TurnaroundSuggested.ID)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Saturday's long day: Nebelhorn flank (4 h 30 with 12 kg) has no"
                    + " turnaround");
            assertThat(f.suggestion().text()).isEqualTo("Set a turnaround for Saturday (a time such as \"by 13:30\","
                    + " an elapsed time or a distance) and note the bailout options");
        });
    }

    @Test
    void aTurnaroundOrADayAlreadyLivedSilencesIt() {
        Session day = Plans.hike(SAT, 4, 240, 12);
        assertThat(findings(Plans.plan(List.of(day.withTrail(TURN))), TurnaroundSuggested.ID)).isEmpty();
        Plan plan = Plans.plan(List.of(day));
        assertThat(Engine.analyse(plan, SAT.plusDays(1)).findings(W0)).noneMatch(f -> f.ruleId().equals(
                TurnaroundSuggested.ID));
        assertThat(Engine.analyse(plan, SAT).findings(W0)).filteredOn(f -> f.ruleId().equals(TurnaroundSuggested.ID))
                .hasSize(1);
    }

    static Trip trip(LocalDate start, List<TripStage> stages) {
        return new Trip(new TripId("t-1"), "Traverse", start, stages, Terrain.TRAIL, false, "");
    }

    @Test
    void tripStagesWithoutTurnaroundAreOneInfoPerTripListingTheDays() {
        TripStage plain = TripStage.of(Duration.ofHours(5), 14_000, 900, 12);
        Plan plan = Plans.plan(List.of()).withTrip(trip(W0.plusDays(4), List.of(plain, plain.withTrail(TURN), plain)));
        assertThat(findings(plan, TurnaroundSuggested.ID)).singleElement().satisfies(f -> {
            assertThat(f.dates()).containsExactly(W0.plusDays(4), W0.plusDays(6));
            assertThat(f.message()).isEqualTo("2 stages of Traverse (Friday and Sunday) have no turnaround");
        });
        Plan all = Plans.plan(List.of()).withTrip(trip(W0.plusDays(4), List.of(plain.withTrail(TURN))));
        assertThat(findings(all, TurnaroundSuggested.ID)).isEmpty();
    }

    // ------------------------------------------------------------------ route-duration (WARN)

    /** A flat route along the equator, {@code km} long in 1 km steps (1.112 km each). */
    static Route flatRoute(int steps) {
        var points = new ArrayList<RoutePoint>();
        for (int i = 0; i <= steps; i++) {
            points.add(RoutePoint.of(0, i / 100.0 * 0.9, 400));
        }
        return new Route("flat", points);
    }

    static double predictedMinutes(Route r, double packKg) {
        return RoutePrediction.predict(r, SessionKind.HIKE, Terrain.TRAIL, packKg, 68, List.of()).time().orElseThrow()
                .getSeconds() / 60.0;
    }

    @ParameterizedTest
    @CsvSource({"0.70, 1", "0.80, 0", "1.00, 0", "1.20, 0", "1.30, 1"})
    void aPlannedTimeMoreThanAQuarterFromTheRoutesIsAWarn(double ratio, int expected) {
        Route r = flatRoute(10);
        double predicted = predictedMinutes(r, 0);
        Session s = Plans.hike(SAT, 4, (int) Math.round(predicted * ratio), 0).withTrail(TrailPlan.NONE
                .withRoute(Optional.of(r)));
        List<Finding> found = findings(Plans.plan(List.of(s)), RouteDuration.ID);
        assertThat(found).hasSize(expected).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
    }

    @Test
    void theDeviationIsStrict() {
        Route r = flatRoute(10);
        double predicted = predictedMinutes(r, 0);
        Session s = Plans.hike(SAT, 4, 150, 0).withTrail(TrailPlan.NONE.withRoute(Optional.of(r)));
        double deviation = Math.abs(150 - predicted) / predicted;
        Plan at = RuleFixtures.withThreshold(Plans.plan(List.of(s)), "route-duration.maxDeviation", deviation);
        assertThat(findings(at, RouteDuration.ID)).isEmpty();
        Plan over = RuleFixtures.withThreshold(Plans.plan(List.of(s)), "route-duration.maxDeviation", deviation - 1e-6);
        assertThat(findings(over, RouteDuration.ID)).singleElement().satisfies(f -> {
            assertThat(f.measured()).isEqualTo(deviation * 100);
            assertThat(f.message()).startsWith("Saturday's hike is planned at 2 h 30, but its route (10 km, 0 m"
                    + " up) predicts 1 h 59: 26 % longer (Tobler with the pack, not yet corrected by your pace"
                    + " (0 of 5 hikes logged))");
        });
    }

    @Test
    void aRunWithoutLoggedRunsHasNoPredictionAndNoFinding() {
        Session run = Plans.run(SAT, 5, 300).withTrail(TrailPlan.NONE.withRoute(Optional.of(flatRoute(10))));
        assertThat(findings(Plans.plan(List.of(run)), RouteDuration.ID)).isEmpty();
    }

    @Test
    void aTripStageWithARouteIsCheckedToo() {
        Route r = flatRoute(10);
        TripStage st = TripStage.of(Duration.ofHours(6), 10_000, 0, 12).withTrail(TURN.withRoute(Optional.of(r)));
        Plan plan = Plans.plan(List.of()).withTrip(trip(SAT, List.of(st)));
        assertThat(findings(plan, RouteDuration.ID)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Day 1 of Traverse (Saturday) is planned at 6 h"));
    }

    // ------------------------------------------------------------------ heat-and-wind (INFO)

    @ParameterizedTest
    @CsvSource({
        "HOT, 120, 0, 1", "HOT, 119, 0, 0", "HOT, 60, 6.8, 1", "HOT, 60, 6.7, 0", "WINDY, 150, 0, 1",
        "COLD, 240, 12, 0", "WET, 240, 12, 0"})
    void heatOrWindOnALongOrLoadedDayGetsTheAdjustment(Weather w, int minutes, double packKg, int expected) {
        Session s = Plans.hike(SAT, 4, minutes, packKg).withTrail(TrailPlan.NONE.withConditions(Set.of(w)));
        assertThat(findings(Plans.plan(List.of(s)), HeatAndWind.ID)).hasSize(expected)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void theAdjustmentIsInNumbers() {
        Session s = Plans.hike(SAT, 4, 240, 12).withTitle("Long day").withDistanceM(16_000).withClimbM(1000)
                .withTrail(TrailPlan.NONE.withConditions(Set.of(Weather.HOT, Weather.WINDY)));
        assertThat(findings(Plans.plan(List.of(s)), HeatAndWind.ID)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Saturday's long day (4 h with 12 kg) is expected hot and windy");
            assertThat(f.suggestion().text()).isEqualTo("Keep the 12 kg pack, but shorten the distance by 20 % (to"
                    + " 12.8 km) or the climb by 20 % (to 800 m); drink 0.4-0.8 L an hour (1.6-3.2 L over 4 h) with"
                    + " about 0.5-0.7 g of sodium a litre, more salt than on a cool day");
        });
    }

    @Test
    void heatIsFoundFromTodayToSundayAlsoWhenAnEarlierTodayReadsTheLaterOnesIndex() {
        TrailPlan hot = TrailPlan.NONE.withConditions(Set.of(Weather.HOT));
        // Tuesday, Friday (today), Sunday and the Monday after: the days ahead of the week are Friday to Sunday
        Plan plan = Plans.plan(List.of(Plans.hike(W0.plusDays(1), 4, 150, 0).withTrail(hot),
                Plans.hike(W0.plusDays(4), 4, 150, 0).withTrail(hot), Plans.hike(W0.plusDays(6), 4, 150, 0)
                        .withTrail(hot), Plans.hike(W0.plusDays(7), 4, 150, 0).withTrail(hot)));
        var later = Engine.analyse(plan, W0.plusDays(4));
        assertThat(heatDates(later.findings(W0))).containsExactly(W0.plusDays(4), W0.plusDays(6));
        assertThat(heatDates(later.findings(W0.plusDays(7)))).containsExactly(W0.plusDays(7));
        // judged on the Monday, by an analysis handed the index of the sessions from Friday on: every day is found
        var earlier = Engine.reanalyse(later, plan, W0);
        assertThat(heatDates(earlier.findings(W0))).containsExactly(W0.plusDays(1), W0.plusDays(4), W0.plusDays(6));
        assertThat(heatDates(Engine.analyse(plan, W0).findings(W0))).isEqualTo(heatDates(earlier.findings(W0)));
    }

    private static List<LocalDate> heatDates(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals(HeatAndWind.ID) && f.weekStart().equals(f.dates()
                .get(0).with(java.time.DayOfWeek.MONDAY))).map(f -> f.dates().get(0)).sorted().toList();
    }

    // ------------------------------------------------------------------ altitude (WARN)

    static Plan altitudeTrip(double... sleeping) {
        var stages = new ArrayList<TripStage>();
        for (double s : sleeping) {
            stages.add(TripStage.of(Duration.ofHours(5), 12_000, 800, 12).withTrail(TURN)
                    .withAltitudes(Double.isNaN(s) ? Optional.empty() : Optional.of(s), Optional.empty()));
        }
        return Plans.plan(List.of()).withTrip(trip(W0, stages));
    }

    static List<LocalDate> altitudeDates(Plan plan) {
        return findings(plan, AltitudeGain.ID).stream().flatMap(f -> f.dates().stream()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3000 3500|",                  // 500 m exactly: no WARN
        "3000 3501|2",                 // 501 m above 3,000 m
        "2400 2900|",                  // below 3,000 m any gain is fine here
        "2600 3200|2",                 // 600 m, ending above 3,000 m
        "3000|",                       // arriving from the lowlands (2,500 m) at 3,000 m
        "3001|1",                      // 501 m above the 2,500 m assumed before the trip
        "3400 NaN 3900 4300|1",        // 900 m from 2,500 m; the unknown night breaks the chain: 3,900 m is not compared
        "3000 3500 4000|",             // 1,000 m above 3,000 m: at the limit
        "3000 3500 4000 4300|4",       // more without an extra day
        "3000 3500 4000 4000 4300|",   // the extra day at 4,000 m
        "3000 3500 4000 3900 4300|"})  // a lower night is an extra day too
    void sleepingAltitudeRules(String nights, String days) {
        double[] sleeping = java.util.Arrays.stream(nights.split(" ")).mapToDouble(Double::parseDouble).toArray();
        List<LocalDate> expected = days == null ? List.of() : java.util.Arrays.stream(days.split(" "))
                .map(d -> W0.plusDays(Integer.parseInt(d) - 1)).toList();
        assertThat(altitudeDates(altitudeTrip(sleeping))).containsExactlyElementsOf(expected);
    }

    @Test
    void theGainSentenceSaysHowMuchAndTheLimit() {
        assertThat(findings(altitudeTrip(3000, 3600), AltitudeGain.ID)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Day 2 of Traverse (Tuesday) sleeps at 3600 m, 600 m higher than the"
                    + " night before (at most 500 m a day above 3000 m)");
            assertThat(f.suggestion().text()).isEqualTo("Sleep at most 3500 m that night, or add a night on the way up");
            assertThat(f.measured()).isEqualTo(600);
            assertThat(f.threshold()).isEqualTo(500);
        });
    }

    @ParameterizedTest
    @CsvSource({"2, 7, true", "3, 7, true", "4, 7, false", "1, 7, false", "2, 6.9, false"})
    void hardEffortsInTheFirstTwoDaysAbove2500AreAWarn(int day, double rpe, boolean warned) {
        // nights: 2400, 2600 (first above 2,500 m: day 2), 2700, 2800
        double[] sleeping = {2400, 2600, 2700, 2800};
        var stages = new ArrayList<TripStage>();
        for (int k = 0; k < sleeping.length; k++) {
            TripStage st = new TripStage(Duration.ofHours(5), 12_000, 800, 800, 12, Optional.of(k + 1 == day ? rpe : 4.0),
                    TURN, Optional.of(sleeping[k]), Optional.of(sleeping[k] + 300));
            stages.add(st);
        }
        Plan plan = Plans.plan(List.of()).withTrip(trip(W0, stages));
        assertThat(altitudeDates(plan)).isEqualTo(warned ? List.of(W0.plusDays(day - 1)) : List.of());
    }

    @Test
    void aTripWithoutAltitudesIsNotJudged() {
        TripStage st = TripStage.of(Duration.ofHours(5), 12_000, 800, 12).withTrail(TURN);
        Plan plan = Plans.plan(List.of()).withTrip(trip(W0, List.of(st, st)));
        assertThat(findings(plan, AltitudeGain.ID)).isEmpty();
    }
}
