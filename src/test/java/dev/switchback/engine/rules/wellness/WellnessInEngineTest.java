package dev.switchback.engine.rules.wellness;

import static dev.switchback.engine.rules.wellness.Fixtures.WEEK;
import static dev.switchback.engine.rules.wellness.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.model.BodyArea;
import dev.switchback.model.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wellness rules run inside the real engine: logging soreness makes the finding appear. */
class WellnessInEngineTest {

    @Test
    void loggingThreeDaysOfKneeSorenessRaisesTheFindingInTheAnalysis() {
        Plan plan = Fixtures.plan().withSession(Fixtures.hard(day(4), "Hill repeats"));
        List<String> before = Engine.analyse(plan, day(3)).findings(WEEK).stream().map(Finding::ruleId).toList();
        assertThat(before).doesNotContain(PersistentSorenessRule.ID);
        for (int i = 0; i < 3; i++) {
            plan = plan.withLog(Fixtures.sore(day(i), BodyArea.KNEES));
        }
        assertThat(Engine.analyse(plan, day(3)).findings(WEEK)).filteredOn(f -> f.ruleId()
                .equals(PersistentSorenessRule.ID)).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo(
                        "Soreness in the knees logged on 3 days in a row, Mon 16 Nov to Wed 18 Nov."));
    }
}
