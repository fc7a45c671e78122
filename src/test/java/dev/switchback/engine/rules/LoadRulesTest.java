package dev.switchback.engine.rules;

import static dev.switchback.engine.Plans.hike;
import static dev.switchback.engine.Plans.run;
import static dev.switchback.engine.rules.RuleFixtures.W0;
import static dev.switchback.engine.rules.RuleFixtures.easyWeeks;
import static dev.switchback.engine.rules.RuleFixtures.findings;
import static dev.switchback.engine.rules.RuleFixtures.plus;
import static dev.switchback.engine.rules.RuleFixtures.withThreshold;
import static dev.switchback.engine.rules.RuleFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Plans;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules 1-4 and 7-9: load and progression, each under, at and over its thresholds. */
class LoadRulesTest {
    static final LocalDate W6 = W0.plusWeeks(6);

    /** Six steady weeks (longest outing: the 3 h Saturday pack hike), then a week with Saturday's hike changed. */
    static List<Session> spikeWeek(int saturdayMinutes) {
        var s = new ArrayList<>(Plans.steadyWeeks(7));
        s.removeIf(x -> x.date().equals(W6.plusDays(5)));
        s.add(hike(W6.plusDays(5), 4, saturdayMinutes, 6.8).withTitle("Long pack hike"));
        return s;
    }

    @ParameterizedTest
    @CsvSource({"197, NONE", "198, NONE", "199, WARN", "359, WARN", "360, WARN", "361, BLOCK"})
    void longestSessionSpikeWarnsAboveTenPercentAndBlocksAboveDouble(int minutes, String expected) {
        List<Finding> f = findings(spikeWeek(minutes), LongestSessionSpike.ID, W6);
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.valueOf(expected));
            assertThat(x.dates()).containsExactly(W6.plusDays(5));
            assertThat(x.measured()).isEqualTo(minutes / 180.0);
            assertThat(x.suggestion()).isInstanceOf(Suggestion.Shorten.class);
            assertThat(((Suggestion.Shorten) x.suggestion()).duration()).isEqualTo(Duration.ofMinutes(198));
        });
    }

    @Test
    void longestSessionSpikeSaysWhichOutingAndHowToShortenIt() {
        Finding f = findings(spikeWeek(240), LongestSessionSpike.ID, W6).get(0);
        assertThat(f.message()).isEqualTo("Saturday's long pack hike (4 h) is 1.33x your longest outing of the previous"
                + " 30 days (3 h)");
        assertThat(f.suggestion().text()).isEqualTo("Shorten Saturday's long pack hike to 3 h 18 (10 % above your"
                + " longest of the last 30 days)");
        assertThat(f.threshold()).isEqualTo(1.1);
        assertThat(f.unit()).isEqualTo("x");
    }

    @Test
    void longestSessionSpikeOnlyHintsWithLessThanThirtyDaysOfHistory() {
        var s = new ArrayList<>(Plans.steadyWeeks(2));
        s.removeIf(x -> x.date().equals(W0.plusWeeks(1).plusDays(5)));
        s.add(hike(W0.plusWeeks(1).plusDays(5), 4, 300, 6.8).withTitle("Long pack hike"));
        assertThat(findings(s, LongestSessionSpike.ID, W0.plusWeeks(1))).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    }

    /** Easy weeks (720 AU) and a week with one extra run on Monday of {@code extraAu}. */
    static List<Session> rampWeek(int rpe, int minutes) {
        return plus(easyWeeks(W0, 4), run(W0.plusWeeks(3), rpe, minutes));
    }

    @ParameterizedTest
    @CsvSource({"3, 71, NONE", "4, 54, NONE", "3, 72, NONE", "1, 217, WARN"})
    void weeklyRampWarnsAboveThirtyPercent(int rpe, int minutes, String expected) {
        // 720 AU a week; + 213 (under), +216 (exactly 1.3x), +217 (over)
        List<Finding> f = findings(rampWeek(rpe, minutes), WeeklyRamp.ID, W0.plusWeeks(3));
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
        } else {
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.severity()).isEqualTo(Severity.WARN);
                assertThat(x.measured()).isEqualTo((720.0 + rpe * minutes) / 720);
                assertThat(x.message()).isEqualTo("This week's load (937 AU) is 1.30x last week's (720 AU)");
                assertThat(x.suggestion().text()).isEqualTo("Shorten Monday's run from 3 h 37 to 3 h 34");
            });
        }
    }

    @Test
    void weeklyRampAlsoLooksTwoWeeksBack() {
        // 720, 900 (1.25x), 1000 (1.11x last week but 1.39x two weeks ago)
        var s = plus(easyWeeks(W0, 4), run(W0.plusWeeks(2), 3, 60), run(W0.plusWeeks(3), 2, 140));
        Finding f = findings(s, WeeklyRamp.ID, W0.plusWeeks(3)).get(0);
        assertThat(f.message()).isEqualTo("This week's load (1000 AU) is 1.39x the load two weeks ago (720 AU)");
        assertThat(f.threshold()).isEqualTo(1.3);
    }

    /** A 6-week history of easy weeks, then a week with a big Wednesday. */
    static Plan acwrPlan() {
        return Plans.plan(plus(easyWeeks(W0, 7), run(W6.plusDays(2), 6, 120).withTitle("Big day")
                .withId(new dev.switchback.model.SessionId("big"))));
    }

    @Test
    void acwrWarnsStrictlyAboveItsThreshold() {
        Plan p = acwrPlan();
        double r = Engine.analyse(p, Plans.LONG_AGO).metrics(W6.plusDays(2)).acwr().asOptional().orElseThrow();
        assertThat(r).isGreaterThan(1.0);
        assertThat(findings(withThreshold(p, "acwr.warnRatio", r + 1e-6), AcuteChronicRatio.ID, W6)).isEmpty();
        assertThat(findings(withThreshold(p, "acwr.warnRatio", r), AcuteChronicRatio.ID, W6)).isEmpty();
        Finding f = findings(withThreshold(p, "acwr.warnRatio", r - 1e-6), AcuteChronicRatio.ID, W6).get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARN);
        assertThat(f.dates()).containsExactly(W6.plusDays(2));
        assertThat(f.message()).startsWith("On Wednesday your last 7 days weigh " + String.format(java.util.Locale.ROOT,
                "%.2f", r) + "x your last 28 days");
        assertThat(f.suggestion()).isInstanceOf(Suggestion.Shorten.class);
        assertThat(f.suggestion().text()).startsWith("Shorten Wednesday's big day from 2 h to ");
    }

    @Test
    void acwrSaysItNeedsTwentyEightDaysInsteadOfFiring() {
        assertThat(findings(Plans.plan(easyWeeks(W0, 2)), AcuteChronicRatio.ID, W0)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).isEqualTo("The acute:chronic ratio needs 28 days of history; it is judged"
                            + " from Monday 30 November on");
                });
    }

    @ParameterizedTest
    @CsvSource({"2.4495, NONE", "2.449489742783178, NONE", "2.4494, WARN"})
    void monotonyWarnsStrictlyAboveTheThreshold(double warn, String expected) {
        // six equal days and one rest: monotony = 6 / sqrt(6) = 2.4495
        Plan p = withThreshold(Plans.plan(plus(easyWeeks(W0, 1), Session.rest(W0))), "monotony.warn", warn);
        List<Finding> f = findings(p, Monotony.ID, W0);
        if (expected.equals("NONE")) {
            assertThat(f).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
        } else {
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.severity()).isEqualTo(Severity.WARN);
                assertThat(x.measured()).isCloseTo(6 / Math.sqrt(6), org.assertj.core.data.Offset.offset(1e-12));
                assertThat(x.message()).isEqualTo("The days of this week are much alike: monotony 2.4 (mean 103 AU a"
                        + " day)");
                assertThat(x.suggestion()).isInstanceOf(Suggestion.ReplaceWithRest.class);
            });
        }
    }

    @Test
    void monotonyIsQuietAtOnePointFive() {
        Plan p = withThreshold(withThreshold(Plans.plan(plus(easyWeeks(W0, 1), Session.rest(W0))), "monotony.info", 6 / Math.sqrt(6)),
                "monotony.warn", 6 / Math.sqrt(6));
        assertThat(findings(p, Monotony.ID, W0)).isEmpty();
    }

    /** Five easy weeks, then two weeks at a higher load: CTL ramps in weeks 5 and 6. */
    static Plan rampPlan() {
        var s = new ArrayList<>(easyWeeks(W0, 7));
        for (int w = 5; w < 7; w++) {
            s.add(run(W0.plusWeeks(w), 5, 90 + 30 * w));
        }
        return Plans.plan(s);
    }

    @Test
    void ctlRampWarnsStrictlyAboveItsPercentage() {
        Plan p = withThreshold(rampPlan(), "ctl-ramp.blockPct", 1000);
        LocalDate w = W0.plusWeeks(6);
        double ramp = Engine.analyse(p, Plans.LONG_AGO).week(w).ctlRampPct().asOptional().orElseThrow();
        assertThat(findings(withThreshold(p, "ctl-ramp.warnPct", ramp), CtlRamp.ID, w)).isEmpty();
        Finding f = findings(withThreshold(p, "ctl-ramp.warnPct", ramp - 1e-6), CtlRamp.ID, w).get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARN);
        assertThat(f.unit()).isEqualTo("%/week");
        assertThat(f.message()).startsWith("Fitness (CTL) rises " + String.format(java.util.Locale.ROOT, "%.1f", ramp)
                + " % this week");
        assertThat(f.suggestion()).isInstanceOf(Suggestion.Shorten.class);
    }

    @Test
    void ctlRampBlocksOnlyWhenTwoWeeksRunAboveTheBlockLevel() {
        Plan p = rampPlan();
        var a = Engine.analyse(p, Plans.LONG_AGO);
        LocalDate w = W0.plusWeeks(6);
        double r6 = a.week(w).ctlRampPct().asOptional().orElseThrow();
        double r5 = a.week(w.minusWeeks(1)).ctlRampPct().asOptional().orElseThrow();
        double low = Math.min(r5, r6);
        Plan blocking = withThreshold(withThreshold(p, "ctl-ramp.warnPct", 0), "ctl-ramp.blockPct", low - 1e-6);
        assertThat(findings(blocking, CtlRamp.ID, w).get(0).severity()).isEqualTo(Severity.BLOCK);
        Plan atBlock = withThreshold(withThreshold(p, "ctl-ramp.warnPct", 0), "ctl-ramp.blockPct", low);
        assertThat(findings(atBlock, CtlRamp.ID, w).get(0).severity()).isEqualTo(Severity.WARN);
    }

    @Test
    void formFloorWarnsWhenGoingIntoATrainingDayBelowTheFloor() {
        var s = new ArrayList<>(easyWeeks(W0, 7));
        s.add(run(W6.plusDays(1), 8, 150).withTitle("Monster"));
        Plan p = Plans.plan(s);
        double form = Engine.analyse(p, Plans.LONG_AGO).metrics(W6.plusDays(1)).formPct().asOptional().orElseThrow();
        assertThat(findings(withThreshold(p, "form-floor.warnPct", form), FormFloor.ID, W6)).isEmpty();
        Finding f = findings(withThreshold(p, "form-floor.warnPct", form + 1e-6), FormFloor.ID, W6).get(0);
        assertThat(f.dates()).containsExactly(W6.plusDays(2));
        assertThat(f.measured()).isEqualTo(form);
        assertThat(f.message()).isEqualTo("You go into Wednesday tired: form down to " + Math.round(form) + " %");
        assertThat(f.suggestion().text()).isEqualTo("Make Wednesday a rest day (instead of run)");
    }

    @Test
    void formFloorNamesALongLowStretch() {
        var s = new ArrayList<>(easyWeeks(W0, 7));
        s.add(run(W6.plusDays(1), 8, 150).withTitle("Monster"));
        Plan p = withThreshold(Plans.plan(s), "form-floor.warnPct", -5);
        Finding f = findings(p, FormFloor.ID, W6).get(0);
        assertThat(f.dates().size()).isGreaterThanOrEqualTo(3);
        assertThat(f.message()).contains("days in a row");
    }

    /** Weekly single sessions on Monday with the given loads (RPE x minutes pairs). */
    static List<Session> weeks(int[][] rpeMinutes) {
        var s = new ArrayList<Session>();
        for (int w = 0; w < rpeMinutes.length; w++) {
            s.add(run(W0.plusWeeks(w), rpeMinutes[w][0], rpeMinutes[w][1]));
        }
        return s;
    }

    @ParameterizedTest
    @CsvSource({"2, 431, NONE", "1, 862, NONE", "1, 863, WARN"})
    void recoveryWeekIsDueWhenNoWeekIsAtOrBelowSeventyFivePercentOfThePeak(int rpe, int minutes, String expected) {
        // 1000, x, 1100, 1150: 75 % of the peak is 862.5
        List<Session> s = weeks(new int[][] {{5, 200}, {rpe, minutes}, {5, 220}, {5, 230}});
        List<Finding> f = findings(s, RecoveryWeek.ID, W0.plusWeeks(3));
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
        } else {
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.message()).isEqualTo("The load rose in 2 of the last 3 weeks (1000 AU, 863 AU, 1100 AU,"
                        + " 1150 AU), 15 % in all, with no lighter week: none is at or below 75 % of the peak (863 AU)");
                assertThat(x.suggestion().text()).isEqualTo("Make this a lighter week at about 1000 AU (the level the"
                        + " build started from, 150 AU less): shorten each outing by about 13 %: Monday's run 3 h 50"
                        + " to 3 h 20");
            });
        }
    }

    @Test
    void flatWeeksThenOneRiseAreNotABuild() {
        for (int last : new int[] {219, 221, 224, 244}) {
            assertThat(findings(weeks(new int[][] {{5, 200}, {5, 200}, {5, 200}, {5, last}}), RecoveryWeek.ID,
                    W0.plusWeeks(3))).isEmpty();
        }
    }

    /** 1000, 1000, x, 1150: the step 1000 -> x counts as a rise above 1020 AU (stepRise 2 %, strict). */
    @ParameterizedTest
    @CsvSource({"203, NONE", "204, NONE", "205, WARN"})
    void aBuildNeedsMostStepsToRise(int minutes, String expected) {
        var f = findings(weeks(new int[][] {{5, 200}, {5, 200}, {5, minutes}, {5, 230}}), RecoveryWeek.ID,
                W0.plusWeeks(3));
        assertThat(f).hasSize(expected.equals("NONE") ? 0 : 1);
    }

    static List<Session> unused() {
        return without(List.of());
    }
}
