package dev.switchback.engine.rules.wellness;

import static dev.switchback.engine.rules.wellness.Fixtures.WEEK;
import static dev.switchback.engine.rules.wellness.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
import dev.switchback.model.Plan;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestingHeartRateRuleTest {
    private final RestingHeartRateRule rule = new RestingHeartRateRule();

    /** Athlete's resting HR 50; Mon..Fri 16-20 Nov have 50 except the first {@code raised} days of Wed..Fri. */
    private static Plan plan(int above, int raised) {
        Plan plan = Fixtures.plan().withAthlete(Fixtures.ATHLETE.withHeartRates(Optional.of(190), Optional.of(50)));
        for (int i = 0; i < 5; i++) {
            int rhr = i >= 2 && i < 2 + raised ? 50 + above : 50;
            plan = plan.withWellnessEntry(Fixtures.wellness(day(i), 2, 2, 2, 2, 2, Optional.of(rhr)));
        }
        return plan;
    }

    @ParameterizedTest(name = "+{0} bpm on {1} days -> {2}")
    @CsvSource({
        "6, 3, 0",  // under the margin
        "7, 3, 1",  // at the margin, at the day count
        "8, 3, 1",
        "8, 2, 0",  // over the margin, one day short
    })
    void warnsAtSevenBpmOnThreeOfFiveDays(int above, int raised, int expected) {
        assertThat(rule.check(new TestWeek(plan(above, raised), WEEK))).hasSize(expected);
    }

    @Test
    void namesBaselineAndRaisedDays() {
        Finding f = rule.check(new TestWeek(plan(8, 3).withSession(Fixtures.hard(day(6), "Long run")), WEEK))
                .get(0);
        // Sunday is the last day whose 5-day window still holds 3 raised days.
        assertThat(f.message()).isEqualTo("Resting heart rate was 7 bpm or more above your resting heart rate of"
                + " 50 bpm on 3 of the 5 days Wed 18 Nov to Sun 22 Nov (Wed 18 Nov, Thu 19 Nov, Fri 20 Nov).");
        assertThat(f.dates()).containsExactly(day(2), day(3), day(4));
        assertThat(f.suggestion().text()).isEqualTo(
                "Make Sun 22 Nov's Long run an easy active-recovery outing (RPE 3) or a rest day");
    }

    @Test
    void withoutAnAthleteBaselineUsesTheMedianOfTheFourteenDaysBefore() {
        Plan plan = Fixtures.plan();
        for (int i = -14; i < 0; i++) {
            plan = plan.withWellnessEntry(Fixtures.wellness(day(i), 2, 2, 2, 2, 2, Optional.of(i % 2 == 0 ? 48 : 52)));
        }
        for (int i = 0; i < 3; i++) {
            plan = plan.withWellnessEntry(Fixtures.wellness(day(i), 2, 2, 2, 2, 2, Optional.of(57)));
        }
        Finding f = rule.check(new TestWeek(plan, WEEK)).get(0);
        assertThat(f.message()).contains("above your usual (median) 50 bpm on 3 of the 5 days");
    }

    @Test
    void staysSilentWithoutABaseline() {
        Plan plan = Fixtures.plan();
        for (int i = 0; i < 5; i++) {
            plan = plan.withWellnessEntry(Fixtures.wellness(day(i), 2, 2, 2, 2, 2, Optional.of(70)));
        }
        assertThat(rule.check(new TestWeek(plan, WEEK))).isEmpty();
    }
}
