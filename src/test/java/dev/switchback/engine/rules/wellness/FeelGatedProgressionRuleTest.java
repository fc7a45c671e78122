package dev.switchback.engine.rules.wellness;

import static dev.switchback.engine.rules.wellness.Fixtures.WEEK;
import static dev.switchback.engine.rules.wellness.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Units;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeelGatedProgressionRuleTest {
    private final FeelGatedProgressionRule rule = new FeelGatedProgressionRule();

    /** Last pack day Sat 14 Nov: a 15 km hike with 12 kg, no target RPE; next Saturday's hike as given. */
    private static Plan plan(double loggedRpe, int sorenessLevel, Set<BodyArea> sore, double plannedKg,
            double plannedKm) {
        Session last = Session.of(day(-2), SessionKind.HIKE, "Ridge hike", Duration.ofHours(4)).withPackKg(12)
                .withDistanceM(15_000);
        OutingLog log = OutingLog.fromPlan(last, loggedRpe).withSoreness(Optional.of(sorenessLevel), sore);
        Session next = Session.of(day(5), SessionKind.HIKE, "Lake hike", Duration.ofHours(4)).withPackKg(plannedKg)
                .withDistanceM(plannedKm * 1000);
        return Fixtures.plan().withSession(last).withLog(log).withSession(next);
    }

    @ParameterizedTest(name = "RPE {0} -> {1}")
    @CsvSource({"6, 0", "7, 1", "8, 1"})
    void gatesAPackIncreaseOnTheLastPackDaysEffort(double rpe, int expected) {
        assertThat(rule.check(new TestWeek(plan(rpe, 1, Set.of(), 16, 15), WEEK))).hasSize(expected);
    }

    @Test
    void suggestsHalfThePlannedPackIncrease() {
        Plan plan = plan(8, 1, Set.of(), 16, 15);
        Session next = plan.sessions().get(1);
        Finding f = rule.check(new TestWeek(plan, WEEK)).get(0);
        assertThat(f.message()).isEqualTo("Sat 21 Nov's Lake hike plans a 16 kg pack, 4 kg more than the heaviest"
                + " of the last 14 days (12 kg on Sat 14 Nov), and the last pack day, Sat 14 Nov, was logged at RPE 8.");
        assertThat(f.dates()).containsExactly(day(-2), day(5));
        assertThat(f.measured()).isEqualTo(4);
        assertThat(f.suggestion()).isInstanceOfSatisfying(Suggestion.CapPack.class, cap -> {
            assertThat(cap.session()).isEqualTo(next.id());
            assertThat(cap.maxKg()).isEqualTo(14);
        });
        assertThat(f.suggestion().text()).isEqualTo("Carry at most 14 kg on Sat 21 Nov (half the planned increase)");
    }

    @Test
    void saysItsMassesInTheAthletesUnits() {
        Plan plan = plan(8, 1, Set.of(), 16, 15);
        Finding f = rule.check(new TestWeek(plan, WEEK)).get(0);
        var imperial = UnitFormat.of(Units.IMPERIAL);
        assertThat(f.messageIn(imperial)).isEqualTo("Sat 21 Nov's Lake hike plans a 35.3 lb pack, 8.8 lb more than"
                + " the heaviest of the last 14 days (26.5 lb on Sat 14 Nov), and the last pack day, Sat 14 Nov, was"
                + " logged at RPE 8.");
        assertThat(f.suggestionText(imperial)).isEqualTo("Carry at most 30.9 lb on Sat 21 Nov (half the planned"
                + " increase)");
    }

    @Test
    void aHardDayThatWasPlannedHardDoesNotShutTheGate() {
        Session last = Session.of(day(-2), SessionKind.RUN_WITH_PACK, "Pack intervals", Duration.ofMinutes(60))
                .withPackKg(8).withTargetRpe(Optional.of(7.0));
        Session next = Session.of(day(5), SessionKind.HIKE, "Lake hike", Duration.ofHours(4)).withPackKg(10);
        Plan asPlanned = Fixtures.plan().withSession(last).withSession(next).withLog(OutingLog.fromPlan(last, 7));
        assertThat(rule.check(new TestWeek(asPlanned, WEEK))).isEmpty();
        Plan harder = Fixtures.plan().withSession(last).withSession(next).withLog(OutingLog.fromPlan(last, 8));
        assertThat(rule.check(new TestWeek(harder, WEEK))).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("was logged at RPE 8 (planned 7)."));
    }

    @ParameterizedTest(name = "shoulder soreness {0} of 7 -> {1}")
    @CsvSource({"3, 0", "4, 1", "5, 1"})
    void shoulderSorenessFromFourOfSevenGatesItToo(int level, int expected) {
        assertThat(rule.check(new TestWeek(plan(5, level, Set.of(BodyArea.SHOULDERS), 13, 15), WEEK)))
                .hasSize(expected);
    }

    @Test
    void namesTheSorenessAndCapsAtHalfTheIncrease() {
        Finding f = rule.check(new TestWeek(plan(5, 4, Set.of(BodyArea.SHOULDERS), 13, 15), WEEK)).get(0);
        assertThat(f.message()).endsWith("was logged with soreness 4 of 7 in the shoulders.");
        assertThat(((Suggestion.CapPack) f.suggestion()).maxKg()).isEqualTo(12.5);
    }

    @Test
    void kneeSorenessIsNotAPackSign() {
        assertThat(rule.check(new TestWeek(plan(5, 5, Set.of(BodyArea.KNEES), 16, 15), WEEK))).isEmpty();
    }

    @ParameterizedTest(name = "{0} km after 15 km -> {1}")
    @CsvSource({"16.5, 0", "16.6, 1", "21, 1"})
    void aDistanceStepOfMoreThanTenPercentIsFlagged(double km, int expected) {
        assertThat(rule.check(new TestWeek(plan(7, 1, Set.of(), 12, km), WEEK))).hasSize(expected);
    }

    @Test
    void aLongerPackDayOfTheSameKindIsShortened() {
        Plan plan = plan(7, 1, Set.of(), 12, 21);
        Finding f = rule.check(new TestWeek(plan, WEEK)).get(0);
        assertThat(f.message()).isEqualTo("Sat 21 Nov's Lake hike plans 21 km, 6 km further than the longest hike"
                + " of the last 14 days (15 km on Sat 14 Nov), and the last pack day, Sat 14 Nov, was logged at RPE 7.");
        assertThat(f.suggestion()).isInstanceOf(Suggestion.Shorten.class);
        assertThat(((Suggestion.Shorten) f.suggestion()).duration()).isEqualTo(Duration.ofMinutes(206));
        assertThat(f.suggestion().text()).isEqualTo(
                "Shorten Sat 21 Nov's Lake hike to about 18 km (206 min, half the planned increase)");
    }

    @Test
    void noIncreaseOverTheHeaviestRecentPackNoFinding() {
        Session heavy = Session.of(day(-6), SessionKind.HIKE, "Heavy hike", Duration.ofHours(4)).withPackKg(16);
        Plan plan = plan(9, 5, Set.of(BodyArea.BACK), 15, 15).withSession(heavy)
                .withLog(OutingLog.fromPlan(heavy, 5));
        assertThat(rule.check(new TestWeek(plan, WEEK))).isEmpty();
    }
}
