package dev.switchback.engine.rules;

import static dev.switchback.engine.Plans.hike;
import static dev.switchback.engine.Plans.run;
import static dev.switchback.engine.rules.RuleFixtures.W0;
import static dev.switchback.engine.rules.RuleFixtures.easyWeeks;
import static dev.switchback.engine.rules.RuleFixtures.findings;
import static dev.switchback.engine.rules.RuleFixtures.plus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules 10-12 and "pack and distance raised together"; the athlete weighs 68 kg. */
class PackRulesTest {
    static final LocalDate W4 = W0.plusWeeks(4);

    @ParameterizedTest
    @CsvSource({"13.5, NONE", "13.6, NONE", "13.7, WARN", "22.44, WARN", "22.5, BLOCK"})
    void packMassWarnsAboveTwentyPercentAndBlocksAboveAThird(double kg, String expected) {
        List<Finding> f = findings(List.of(hike(W0.plusDays(5), 4, 120, kg)), PackMass.ID, W0);
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.valueOf(expected));
            assertThat(x.measured()).isEqualTo(kg / 68 * 100);
            assertThat(x.suggestion()).isInstanceOfSatisfying(Suggestion.CapPack.class,
                    c -> assertThat(c.maxKg()).isEqualTo(13.6));
            assertThat(x.suggestion().text()).isEqualTo("Cap Saturday's pack at 13.6 kg (20 % of 68 kg)");
        });
    }

    @Test
    void packMassSaysHowHeavyAgainstBodyMass() {
        Finding f = findings(List.of(hike(W0.plusDays(5), 4, 120, 24).withTitle("Long pack hike")), PackMass.ID, W0)
                .get(0);
        assertThat(f.message()).isEqualTo("Saturday's pack (24 kg, long pack hike) is 35 % of your body mass");
        assertThat(f.unit()).isEqualTo("% of body mass");
    }

    @Test
    void twoOutingsWithTheSameHeaviestPackOnADayAreBothNamedNotOneCapped() {
        Finding f = findings(List.of(hike(W0.plusDays(5), 4, 120, 24).withTitle("Morning carry"),
                hike(W0.plusDays(5), 4, 60, 24).withTitle("Evening carry")), PackMass.ID, W0).get(0);
        assertThat(f.suggestion().isMechanical()).isFalse();
        assertThat(f.suggestion().text()).startsWith("Cap the packs of ").contains("morning carry")
                .contains("evening carry").contains(" on Saturday at 13.6 kg");
        Finding lighter = findings(List.of(hike(W0.plusDays(5), 4, 120, 24).withTitle("Morning carry"),
                hike(W0.plusDays(5), 4, 60, 23.9).withTitle("Evening carry")), PackMass.ID, W0).get(0);
        assertThat(lighter.suggestion()).isInstanceOf(dev.switchback.engine.Suggestion.CapPack.class);
    }

    /** Four weeks of easy runs and a 6.8 kg hike each Saturday, then a Saturday hike with {@code kg}. */
    static List<Session> jump(double kg) {
        var s = new ArrayList<>(easyWeeks(W0, 5));
        s.removeIf(x -> x.date().getDayOfWeek() == java.time.DayOfWeek.SATURDAY);
        s.add(Session.rest(W0));
        for (int w = 0; w < 4; w++) {
            s.add(hike(W0.plusWeeks(w).plusDays(5), 4, 120, 6.8));
        }
        s.add(hike(W4.plusDays(5), 4, 120, kg).withTitle("Loaded hike"));
        return s;
    }

    @ParameterizedTest
    @CsvSource({"13.5, NONE", "13.6, NONE", "13.7, WARN"})
    void packMassJumpWarnsAboveTheHeaviestOfFourWeeksPlusTenPercent(double kg, String expected) {
        List<Finding> f = findings(jump(kg), PackMassJump.ID, W4);
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.measured()).isEqualTo(kg);
            assertThat(x.threshold()).isEqualTo(13.6, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(x.message()).isEqualTo("Saturday's loaded hike carries 13.7 kg, more than your heaviest of the"
                    + " last 4 weeks (6.8 kg) plus 6.8 kg");
            assertThat(x.suggestion().text()).isEqualTo("Cap Saturday's pack at 13.6 kg and add the rest over the next"
                    + " weeks");
        });
    }

    @ParameterizedTest
    @CsvSource({"13.5, 120, 3, NONE", "13.6, 119, 3, NONE", "13.6, 120, 7, NONE", "13.6, 120, 6, WARN"})
    void heavyCarriesWarnWhenTwoFallWithinSevenDays(double kg, int minutes, int gapDays, String expected) {
        LocalDate first = W0.minusDays(1);
        List<Session> s = List.of(Session.rest(first.minusDays(1)), hike(first, 4, minutes, kg),
                hike(first.plusDays(gapDays), 4, minutes, kg).withTitle("Second carry"));
        LocalDate second = first.plusDays(gapDays);
        List<Finding> f = findings(s, HeavyCarrySpacing.ID, second.minusDays(second.getDayOfWeek().getValue() - 1));
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.dates()).containsExactly(first, second);
            assertThat(x.message()).isEqualTo("Sunday and Saturday are both heavy carries (20 % of body mass or more for"
                    + " 2 h or longer) within 7 days");
            assertThat(x.suggestion()).isInstanceOfSatisfying(Suggestion.CapPack.class,
                    c -> assertThat(c.maxKg()).isEqualTo(13.5));
        });
    }

    /** Last week a 10 kg hike of 10 km, this week a hike with {@code kg} over {@code km}. */
    static List<Session> raised(double kg, double km) {
        return List.of(Session.rest(W0), hike(W0.plusDays(5), 4, 150, 10).withDistanceM(10_000),
                hike(W0.plusWeeks(1).plusDays(5), 4, 150, kg).withDistanceM(km * 1000).withTitle("Pack hike"));
    }

    @ParameterizedTest
    @CsvSource({"11.36, 12, NONE", "12, 11, NONE", "11.4, 11.1, WARN", "12, 12, WARN"})
    void packAndDistanceRaisedTogetherWarns(double kg, double km, String expected) {
        List<Finding> f = findings(raised(kg, km), PackAndDistanceRaised.ID, W0.plusWeeks(1));
        if (expected.equals("NONE")) {
            assertThat(f).isEmpty();
            return;
        }
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.measured()).isEqualTo(kg - 10, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(x.suggestion()).isInstanceOfSatisfying(Suggestion.CapPack.class,
                    c -> assertThat(c.maxKg()).isEqualTo(10));
            assertThat(x.suggestion().text()).isEqualTo("Keep Saturday's pack at 10 kg (last week's heaviest) while"
                    + " the distance goes up");
        });
    }

    @Test
    void packAndDistanceMessageGivesBothNumbers() {
        Finding f = findings(raised(12, 12), PackAndDistanceRaised.ID, W0.plusWeeks(1)).get(0);
        assertThat(f.message()).isEqualTo("Both go up this week: heaviest pack 12 kg (last week 10 kg) and distance"
                + " with a pack 12 km (last week 10 km, +20 %)");
    }

    static Session unused() {
        return plus(List.of(), run(W0, 1, 1)).get(0);
    }
}
