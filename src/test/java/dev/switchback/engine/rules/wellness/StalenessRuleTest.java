package dev.switchback.engine.rules.wellness;

import static dev.switchback.engine.rules.wellness.Fixtures.WEEK;
import static dev.switchback.engine.rules.wellness.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Suggestion;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StalenessRuleTest {
    private final StalenessRule rule = new StalenessRule();

    /** Fatigue rated {@code rating} on {@code count} days ending on Monday of the checked week. */
    private static Plan fatigue(int rating, int count) {
        Plan plan = Fixtures.plan();
        for (int i = 0; i < count; i++) {
            plan = plan.withWellnessEntry(Fixtures.wellness(day(1 - count + i), 2, 2, rating, 2, 2, Optional.empty()));
        }
        return plan;
    }

    @ParameterizedTest(name = "fatigue {0} on {1} days -> {2}")
    @CsvSource({
        "5, 8, NONE",  // at the item threshold (strict >)
        "6, 7, NONE",  // above it on exactly 7 days: not more than 7
        "6, 8, BLOCK", // more than 7 days
        "7, 10, BLOCK",
    })
    void blocksAHardSessionAfterMoreThanSevenDaysAboveFive(int rating, int count, String expected) {
        Plan plan = fatigue(rating, count).withSession(Fixtures.hard(day(2), "Hill repeats"));
        List<Finding> findings = rule.check(new TestWeek(plan, WEEK));
        if (expected.equals("NONE")) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().extracting(Finding::severity).isEqualTo(Severity.valueOf(expected));
        }
    }

    @Test
    void namesTheStreakAndTheBlockedSessionAndSuggestsRest() {
        Session hill = Fixtures.hard(day(2), "Hill repeats");
        Finding f = rule.check(new TestWeek(fatigue(6, 8).withSession(hill), WEEK)).get(0);
        assertThat(f.message()).isEqualTo("Fatigue was rated above 5 on 8 days in a row (Mon 9 Nov to Mon 16 Nov),"
                + " and Wed 18 Nov's Hill repeats is a hard session with no rest day planned before it.");
        assertThat(f.dates()).startsWith(day(-7)).endsWith(day(0), day(2));
        assertThat(f.why()).contains("staleness");
        assertThat(f.suggestion()).isEqualTo(
                new Suggestion.ReplaceWithRest(hill.id(), "Replace Wed 18 Nov's Hill repeats with a rest day"));
    }

    @Test
    void aPlannedRestDayLiftsTheBlockToAWarning() {
        Plan plan = fatigue(6, 8).withSession(Session.rest(day(1))).withSession(Fixtures.hard(day(2), "Hill"));
        Finding f = rule.check(new TestWeek(plan, WEEK)).get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARN);
        assertThat(f.message()).isEqualTo("Fatigue was rated above 5 on 8 days in a row (Mon 9 Nov to Mon 16 Nov).");
        assertThat(f.suggestion()).isInstanceOf(Suggestion.Advice.class);
    }

    @Test
    void easySessionsAreNotBlocked() {
        Plan plan = fatigue(6, 8).withSession(Fixtures.easy(day(2), "Jog"));
        assertThat(rule.check(new TestWeek(plan, WEEK))).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.WARN);
    }

    @Test
    void aLongLoadedOutingIsHardToo() {
        Session pack = Session.of(day(3), SessionKind.HIKE, "Long hike", Duration.ofHours(3)).withPackKg(7)
                .withTargetRpe(Optional.of(4.0));
        assertThat(rule.check(new TestWeek(fatigue(6, 8).withSession(pack), WEEK))).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.BLOCK);
        Session lighter = pack.withPackKg(6.9);
        assertThat(rule.check(new TestWeek(fatigue(6, 8).withSession(lighter), WEEK))).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.WARN);
    }

    @Test
    void differentItemsDoNotAddUpToOneStreak() {
        Plan plan = Fixtures.plan();
        for (int i = 0; i < 8; i++) {
            boolean first = i < 4;
            plan = plan.withWellnessEntry(Fixtures.wellness(day(-7 + i), first ? 6 : 2, 2, first ? 2 : 6, 2, 2,
                    Optional.empty()));
        }
        assertThat(rule.check(new TestWeek(plan.withSession(Fixtures.hard(day(2), "Hill")), WEEK))).isEmpty();
    }
}
