package dev.switchback.engine;

import static dev.switchback.engine.Plans.LONG_AGO;
import static dev.switchback.engine.Plans.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Experience;
import dev.switchback.model.Plan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Domain-notes 8.5: a sensible steady week gives no WARN (and no BLOCK) with every default. */
class SteadyWeekTest {

    @ParameterizedTest
    @EnumSource(Experience.class)
    void steadyWeeksGiveNoWarning(Experience preset) {
        Plan plan = Plans.plan(Plans.steadyWeeks(10));
        plan = plan.withRules(plan.rules().withPreset(preset));
        List<Finding> all = Engine.analyse(plan, LONG_AGO).findings(MONDAY, MONDAY.plusWeeks(10));
        assertThat(all).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }
}
