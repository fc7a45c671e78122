package dev.switchback.engine.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11's proof: a steady athlete's six weeks plus one changed week, each asserting the exact set
 * of WARN/BLOCK rule ids of that week. A false alarm fails like a miss.
 */
class JudgementScenariosTest {

    static Stream<JudgementScenarios.Scenario> scenarios() {
        return JudgementScenarios.all().stream();
    }

    static List<Finding> warnings(JudgementScenarios.Scenario s) {
        return Engine.analyse(s.plan(), s.today()).findings(JudgementScenarios.W).stream()
                .filter(f -> f.severity() != Severity.INFO).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void exactlyTheExpectedRulesWarnOrBlock(JudgementScenarios.Scenario s) {
        var ids = new TreeSet<String>();
        warnings(s).forEach(f -> ids.add(f.ruleId()));
        assertThat(ids).as(s.name() + ": " + warnings(s).stream().map(f -> f.ruleId() + " " + f.severity() + " "
                + f.message() + " => " + f.suggestion().text()).toList()).isEqualTo(new TreeSet<>(s.expected()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aTripIsNeverBlocked(JudgementScenarios.Scenario s) {
        assertThat(warnings(s)).noneMatch(f -> f.severity() == Severity.BLOCK
                && f.dates().stream().anyMatch(d -> s.plan().trips().stream().anyMatch(t -> t.covers(d))));
    }

    @Test
    void thereAreAtLeastThirtyScenarios() {
        assertThat(JudgementScenarios.all()).hasSizeGreaterThanOrEqualTo(30);
    }
}
