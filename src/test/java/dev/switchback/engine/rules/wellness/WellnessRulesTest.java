package dev.switchback.engine.rules.wellness;

import static dev.switchback.engine.rules.wellness.Fixtures.WEEK;
import static dev.switchback.engine.rules.wellness.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Experience;
import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WellnessRulesTest {

    @Test
    void idsAreUniqueAndEveryRuleHasItsDefaults() {
        assertThat(WellnessRules.all()).extracting(Rule::id).doesNotHaveDuplicates().hasSize(6);
        for (Rule rule : WellnessRules.all()) {
            assertThat(rule.defaults(Experience.NOVICE)).isNotEmpty()
                    .isEqualTo(rule.defaults(Experience.EXPERIENCED));
        }
        assertThat(WellnessRules.defaults()).containsEntry("rpe-above-plan.abovePoints", 2.0)
                .containsEntry("falling-sleep-quality.worseBy", 1.5).hasSize(19);
    }

    @Test
    void theStandardRuleBookRunsThemAfterTheHooperIndex() {
        var ids = RuleBook.standard().rules().stream().map(Rule::id).toList();
        assertThat(ids).containsSubsequence("wellness-hooper", PersistentSorenessRule.ID, RpeAbovePlanRule.ID,
                FeelGatedProgressionRule.ID);
    }

    /** Domain-notes 8.5: an ordinary steady fortnight must not raise anything. */
    @Test
    void aSteadyFortnightRaisesNothing() {
        Plan plan = Fixtures.plan();
        for (int i = -14; i < 7; i++) {
            plan = plan.withWellnessEntry(Fixtures.wellness(day(i), i % 3 == 0 ? 3 : 2, 2, i % 7 == 6 ? 4 : 3,
                    i % 7 == 6 ? 3 : 2, 2, Optional.of(50 + Math.floorMod(i, 3))));
        }
        for (int week = -14; week <= 0; week += 7) {
            Session tempo = Session.of(day(week + 1), SessionKind.TRAIL_RUN, "Tempo", Duration.ofMinutes(50))
                    .withTargetRpe(Optional.of(7.0));
            Session pack = Session.of(day(week + 5), SessionKind.HIKE, "Pack hike", Duration.ofHours(3))
                    .withPackKg(7).withDistanceM(12_000).withTargetRpe(Optional.of(4.0));
            plan = plan.withSession(tempo).withSession(pack).withSession(Session.rest(day(week + 3)));
            if (week < 0) {
                plan = plan.withLog(OutingLog.fromPlan(tempo, 7.5))
                        .withLog(OutingLog.fromPlan(pack, 5).withSoreness(Optional.of(2), Set.of(BodyArea.CALVES)));
            }
        }
        for (Rule rule : WellnessRules.all()) {
            assertThat(rule.check(new TestWeek(plan, WEEK))).as(rule.id()).isEmpty();
        }
    }
}
