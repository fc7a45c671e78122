package dev.switchback.engine;

import static dev.switchback.engine.Plans.LONG_AGO;
import static dev.switchback.engine.Plans.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.rules.PackMass;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaveGateTest {
    static final LocalDate W3 = MONDAY.plusWeeks(3);
    final Plan saved = Plans.plan(Plans.steadyWeeks(8));

    @Test
    void anUnchangedPlanChecksNothingAndSaves() {
        SaveGate.Result r = SaveGate.check(saved, saved, LONG_AGO);
        assertThat(r.weeks()).isEmpty();
        assertThat(r.canSave()).isTrue();
    }

    @Test
    void aChangedWeekIsCheckedWithTheWeekBeforeAndTheFourWeeksAfterIt() {
        Session s = saved.sessionsOn(W3.plusDays(1)).get(0);
        Plan edited = saved.withSession(s.withDuration(s.duration().plusMinutes(5)));
        assertThat(SaveGate.check(saved, edited, LONG_AGO).weeks()).containsExactly(W3.minusWeeks(1), W3, W3.plusWeeks(1),
                W3.plusWeeks(2), W3.plusWeeks(3), W3.plusWeeks(4));
    }

    @Test
    void aMovedSessionMarksBothItsWeeks() {
        Session s = saved.sessionsOn(W3.plusDays(1)).get(0);
        Plan edited = saved.withSession(s.withDate(W3.plusWeeks(2).plusDays(1)));
        assertThat(SaveGate.changedWeeks(saved, edited)).containsExactly(W3, W3.plusWeeks(2));
    }

    @Test
    void aBlockStopsTheSaveUntilItIsOverriddenWithAReason() {
        Plan heavy = saved.withSession(Plans.hike(W3.plusDays(5), 4, 120, 24));
        SaveGate.Result r = SaveGate.check(saved, heavy, LONG_AGO);
        assertThat(r.canSave()).isFalse();
        assertThat(r.blocking()).extracting(Finding::ruleId).containsExactly(PackMass.ID);
        Plan overridden = SaveGate.withOverrides(heavy, r.blocking(), "Gear test, one time", LocalDate.of(2026, 11, 1));
        assertThat(overridden.rules().overrides()).singleElement().satisfies(o -> {
            assertThat(o.ruleId()).isEqualTo(PackMass.ID);
            assertThat(o.weekStart()).isEqualTo(W3);
            assertThat(o.reason()).isEqualTo("Gear test, one time");
        });
        SaveGate.Result again = SaveGate.check(saved, overridden, LONG_AGO);
        assertThat(again.canSave()).isTrue();
        assertThat(again.findings()).extracting(Finding::ruleId).contains(PackMass.ID);
        assertThat(SaveGate.withOverrides(overridden, r.blocking(), "again", LocalDate.of(2026, 11, 2)).rules()
                .overrides()).hasSize(1);
    }

    @Test
    void warningsAreReturnedToBeSavedAlongsideButDoNotBlock() {
        Plan warned = saved.withSession(Plans.hike(W3.plusDays(5), 4, 120, 15));
        SaveGate.Result r = SaveGate.check(saved, warned, LONG_AGO);
        assertThat(r.canSave()).isTrue();
        assertThat(r.findings()).anyMatch(f -> f.ruleId().equals(PackMass.ID) && f.severity() == Severity.WARN);
    }

    @Test
    void changingTheAthleteChecksEveryWeek() {
        Plan lighter = saved.withAthlete(saved.athlete().withBodyMassKg(60));
        assertThat(SaveGate.changedWeeks(saved, lighter)).hasSize(8);
    }

    @Test
    void findingsAreOrderedBySeverityThenDateThenRule() {
        Plan heavy = saved.withSession(Plans.hike(W3.plusDays(5), 4, 120, 24));
        List<Finding> f = SaveGate.check(saved, heavy, LONG_AGO).findings();
        assertThat(f).isSortedAccordingTo(PlanCheck.ORDER);
        assertThat(f.get(0).severity()).isEqualTo(Severity.BLOCK);
    }
}
