package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.RuleFixtures.W0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Plans;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples of docs/rules.md: each is built here as described there, and the document must
 * quote the finding's numbers, sentence and suggestion exactly as the engine gives them.
 */
class RulesDocExamplesTest {
    record Example(String ruleId, Plan plan, LocalDate week) {
        @Override
        public String toString() {
            return ruleId;
        }
    }

    static List<Example> examples() {
        var list = new ArrayList<Example>();
        list.add(new Example(LongestSessionSpike.ID, Plans.plan(LoadRulesTest.spikeWeek(240)), LoadRulesTest.W6));
        list.add(new Example(WeeklyRamp.ID, Plans.plan(LoadRulesTest.rampWeek(1, 217)), W0.plusWeeks(3)));
        list.add(new Example(AcuteChronicRatio.ID, LoadRulesTest.acwrPlan(), LoadRulesTest.W6));
        list.add(new Example(Monotony.ID, Plans.plan(RuleFixtures.plus(RuleFixtures.easyWeeks(W0, 1),
                Session.rest(W0))), W0));
        list.add(new Example(CtlRamp.ID, LoadRulesTest.rampPlan(), W0.plusWeeks(6)));
        list.add(new Example(FormFloor.ID, formPlan(), LoadRulesTest.W6));
        list.add(new Example(RecoveryWeek.ID, Plans.plan(LoadRulesTest.weeks(new int[][] {{5, 200}, {1, 863},
            {5, 220}, {5, 230}})), W0.plusWeeks(3)));
        list.add(new Example(HardDaysBackToBack.ID, Plans.plan(RecoveryRulesTest.hardRun(3)), RecoveryRulesTest.W2));
        list.add(new Example(RestDay.ID, Plans.plan(RecoveryRulesTest.streak(7)), RecoveryRulesTest.W2));
        list.add(new Example(PackMass.ID, Plans.plan(List.of(Plans.hike(W0.plusDays(5), 4, 120, 24)
                .withTitle("Long pack hike"))), W0));
        list.add(new Example(PackMassJump.ID, Plans.plan(PackRulesTest.jump(13.7)), PackRulesTest.W4));
        list.add(new Example(HeavyCarrySpacing.ID, Plans.plan(List.of(Session.rest(W0.minusDays(2)),
                Plans.hike(W0.minusDays(1), 4, 120, 13.6), Plans.hike(W0.plusDays(5), 4, 120, 13.6)
                        .withTitle("Second carry"))), W0));
        list.add(new Example(PackAndDistanceRaised.ID, Plans.plan(PackRulesTest.raised(12, 12)), W0.plusWeeks(1)));
        list.add(new Example(Taper.ID, TripRulesTest.taper(150), TripRulesTest.GOAL));
        list.add(new Example(TripBuffer.ID, TripRulesTest.buffer(2, 3), W0.plusWeeks(1)));
        list.add(new Example(TripPreparation.ID, TripRulesTest.preparation(271, 6.8), W0.plusWeeks(6)));
        list.add(new Example(DoubleBooked.ID, Plans.plan(Plans.steadyWeeks(7)).withTrips(List.of(
                JudgementRulesTest.trip(JudgementRulesTest.W6.plusDays(5), 2))), JudgementRulesTest.W6));
        list.add(new Example(TargetRpe.ID, JudgementRulesTest.targetAt(1.9), JudgementRulesTest.W6));
        list.add(new Example(LoadedDescent.ID, JudgementRulesTest.descents(1000, 1301, 8), JudgementRulesTest.W6));
        return list;
    }

    static Plan formPlan() {
        var s = new ArrayList<>(RuleFixtures.easyWeeks(W0, 7));
        s.add(Plans.run(LoadRulesTest.W6.plusDays(1), 8, 150).withTitle("Monster"));
        return Plans.plan(s);
    }

    static String quote(Finding f) {
        return "measured " + number(f.measured()) + " " + f.unit() + " against " + number(f.threshold()) + " "
                + f.unit() + " (" + f.severity() + "): \"" + f.message() + "\"; suggestion: \""
                + f.suggestion().text() + "\"";
    }

    static String number(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.2f", v);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theDocumentQuotesTheFindingOfEachWorkedExample(Example e) throws Exception {
        List<Finding> found = RuleFixtures.findings(e.plan(), e.ruleId(), e.week());
        assertThat(found).as(e.ruleId()).isNotEmpty();
        String doc = Files.readString(Path.of("docs/rules.md"));
        String line = quote(found.get(0));
        System.out.println("DOC " + e.ruleId() + " | " + line);
        assertThat(doc).as("docs/rules.md example of " + e.ruleId()).contains(line);
    }
}
