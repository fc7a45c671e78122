package dev.switchback.engine.rules.wellness;

import static dev.switchback.engine.rules.wellness.Fixtures.WEEK;
import static dev.switchback.engine.rules.wellness.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
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

    /** Last pack day Sat 14 Nov: 12 kg, 15 km hike; next Saturday's hike planned as given. */
    private static Plan plan(double loggedRpe, Set<BodyArea> sore, double plannedKg, double plannedKm) {
        Session last = Session.of(day(-2), SessionKind.HIKE, "Ridge hike", Duration.ofHours(4)).withPackKg(12)
                .withDistanceM(15_000);
        OutingLog log = OutingLog.fromPlan(last, loggedRpe).withSoreness(Optional.of(3), sore);
        Session next = Session.of(day(5), SessionKind.HIKE, "Lake hike", Duration.ofHours(4)).withPackKg(plannedKg)
                .withDistanceM(plannedKm * 1000);
        return Fixtures.plan().withSession(last).withLog(log).withSession(next);
    }

    @ParameterizedTest(name = "RPE {0} -> {1}")
    @CsvSource({"6, 0", "7, 1", "8, 1"})
    void gatesAPackIncreaseOnTheLastPackDaysEffort(double rpe, int expected) {
        assertThat(rule.check(new TestWeek(plan(rpe, Set.of(), 16, 15), WEEK))).hasSize(expected);
    }

    @Test
    void suggestsHalfThePlannedPackIncrease() {
        Plan plan = plan(8, Set.of(), 16, 15);
        Session next = plan.sessions().get(1);
        Finding f = rule.check(new TestWeek(plan, WEEK)).get(0);
        assertThat(f.message()).isEqualTo("Sat 21 Nov's Lake hike plans a 16 kg pack, 4 kg more than on Sat 14 Nov,"
                + " and that pack day was logged at RPE 8.");
        assertThat(f.dates()).containsExactly(day(-2), day(5));
        assertThat(f.suggestion()).isEqualTo(new Suggestion.CapPack(next.id(), 14,
                "Carry at most 14 kg on Sat 21 Nov (half the planned increase)"));
    }

    @Test
    void shoulderSorenessGatesItToo() {
        Finding f = rule.check(new TestWeek(plan(5, Set.of(BodyArea.SHOULDERS), 13, 15), WEEK)).get(0);
        assertThat(f.message()).endsWith("and that pack day was logged with shoulders soreness.");
        assertThat(((Suggestion.CapPack) f.suggestion()).maxKg()).isEqualTo(12.5);
    }

    @Test
    void kneeSorenessIsNotAPackSign() {
        assertThat(rule.check(new TestWeek(plan(5, Set.of(BodyArea.KNEES), 16, 15), WEEK))).isEmpty();
    }

    @Test
    void aLongerPackDayOfTheSameKindIsShortened() {
        Plan plan = plan(7, Set.of(), 12, 21);
        Finding f = rule.check(new TestWeek(plan, WEEK)).get(0);
        assertThat(f.message()).isEqualTo("Sat 21 Nov's Lake hike plans 21 km, 6 km further than on Sat 14 Nov,"
                + " and that pack day was logged at RPE 7.");
        assertThat(f.suggestion()).isInstanceOf(Suggestion.Shorten.class);
        assertThat(((Suggestion.Shorten) f.suggestion()).duration()).isEqualTo(Duration.ofMinutes(206));
        assertThat(f.suggestion().text()).isEqualTo(
                "Shorten Sat 21 Nov's Lake hike to about 18 km (206 min, half the planned increase)");
    }

    @Test
    void noIncreaseNoFinding() {
        assertThat(rule.check(new TestWeek(plan(9, Set.of(BodyArea.BACK), 12, 15), WEEK))).isEmpty();
    }
}
