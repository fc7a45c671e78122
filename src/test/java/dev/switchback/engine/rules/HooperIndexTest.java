package dev.switchback.engine.rules;

import static dev.switchback.engine.Plans.run;
import static dev.switchback.engine.rules.RuleFixtures.W0;
import static dev.switchback.engine.rules.RuleFixtures.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Plans;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HooperIndexTest {

    static Wellness day(LocalDate d, int sleep, int stress, int fatigue, int soreness) {
        return new Wellness(d, sleep, Optional.empty(), stress, fatigue, soreness, 3, Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({"2, 13, NONE", "3, 12, NONE", "3, 13, WARN"})
    void hooperSumAboveTwelveForThreeDaysWarns(int days, int sum, String expected) {
        var w = new ArrayList<Wellness>();
        for (int i = 0; i < days; i++) {
            w.add(day(W0.plusDays(1 + i), 3, 3, 3, sum - 9));
        }
        Plan p = Plans.plan(List.of(Session.rest(W0), run(W0.plusDays(5), 7, 50).withTitle("Intervals")))
                .withWellness(w);
        List<Finding> f = findings(p, HooperIndex.ID, W0);
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARN);
            assertThat(x.message()).isEqualTo("Your Hooper index (sleep, stress, fatigue, soreness) was above 12 on 3"
                    + " days in a row, up to 13");
            assertThat(x.suggestion()).isInstanceOf(Suggestion.LowerEffort.class);
            assertThat(x.suggestion().text()).isEqualTo("Make Saturday's intervals steady: RPE 5 instead of 7");
        });
    }

    @ParameterizedTest
    @CsvSource({"7, 6, NONE", "8, 5, NONE", "8, 6, BLOCK"})
    void anItemAboveFiveForMoreThanSevenDaysBlocksTheNextHardDay(int days, int soreness, String expected) {
        LocalDate hard = W0.plusWeeks(1).plusDays(2);
        var w = new ArrayList<Wellness>();
        for (int i = 1; i <= days; i++) {
            w.add(day(hard.minusDays(i), 2, 2, 2, soreness));
        }
        var sessions = new ArrayList<Session>(List.of(Session.rest(hard.minusDays(10)), run(hard, 7, 50)
                .withTitle("Intervals")));
        for (int i = 1; i <= 9; i++) {
            sessions.add(run(hard.minusDays(i), 3, 30));
        }
        Plan p = Plans.plan(sessions).withWellness(w);
        List<Finding> f = findings(p, HooperIndex.ID, W0.plusWeeks(1)).stream()
                .filter(x -> x.severity() == Severity.BLOCK).toList();
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.dates()).containsExactly(hard);
            assertThat(x.message()).isEqualTo("A wellness item has been worse than 5 for 8 days in a row, and Wednesday"
                    + " is still a hard day");
            assertThat(x.suggestion().text()).isEqualTo("Replace Wednesday's intervals with a rest day");
        });
    }
}
