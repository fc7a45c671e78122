package dev.switchback.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Overrides;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.model.Plan;
import dev.switchback.model.RuleOverride;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema 2 to 3: an override answers one finding (its days and measured value are recorded). A schema-2
 * override named only a rule and a week and so covered every finding of that rule in that week, however
 * bad. Kept what it covered, no more: on the first load in schema 3 each old override becomes one
 * override per finding of its rule reported in its week in the analysis of the plan as loaded (those
 * findings' days and values, the old reason and date), so that what was accepted stays accepted and
 * anything worse, or on other days, asks again. An old override whose rule finds nothing in its week any
 * more answered nothing that is still there and is dropped (logged). decisions/0007.
 *
 * <p>In two steps: {@link #apply} gives each tree override an empty {@code dates} list (valid schema 3,
 * answering only a finding about the week as a whole with no value), and {@link #resolve} then replaces
 * those overrides in the mapped plan, judged on the day the file is read.
 */
final class OverridePerFindingMigration implements Migration {
    /**
     * Made on first use, as {@code Migrations}' logger: this class is loaded with the chain of steps on
     * every read, and {@code LoggerFactory} starts Logback (about 100 classes and its configuration),
     * which a command that only reads a current plan never needs (issue 14).
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(OverridePerFindingMigration.class);
    }

    static final int FROM = 2;

    @Override
    public int fromVersion() {
        return FROM;
    }

    @Override
    public String description() {
        return "an override records the days and the value of the finding it answers; old overrides are resolved"
                + " against the findings of their rule and week when the plan is first opened";
    }

    @Override
    public ObjectNode apply(ObjectNode plan) {
        JsonNode overrides = plan.path("rules").path("overrides");
        if (overrides.isArray()) {
            for (JsonNode o : overrides) {
                if (o.isObject() && !o.has("dates")) {
                    ((ObjectNode) o).putArray("dates");
                }
            }
        }
        return plan;
    }

    /**
     * The plan read from a file of schema {@link #FROM} or older with each override replaced by overrides
     * of the findings it covered then: those of its rule reported in its week, judged on {@code today}.
     */
    static Plan resolve(Plan plan, LocalDate today) {
        if (plan.rules().overrides().isEmpty()) {
            return plan;
        }
        Plan without = plan.withRules(plan.rules().withOverrides(List.of()));
        PlanAnalysis analysis = Engine.analyse(without, today);
        var resolved = new ArrayList<RuleOverride>();
        for (RuleOverride old : plan.rules().overrides()) {
            int before = resolved.size();
            for (Finding f : analysis.findings(old.weekStart())) {
                if (f.ruleId().equals(old.ruleId()) && f.weekStart().equals(old.weekStart())
                        && Overrides.of(resolved, f).isEmpty()) {
                    resolved.add(Overrides.answering(f, old.reason(), old.recordedOn()));
                }
            }
            if (resolved.size() == before) {
                Log.LOG.info("override of {} in the week of {} dropped: the rule finds nothing there any more",
                        old.ruleId(), old.weekStart());
            }
        }
        return plan.withRules(plan.rules().withOverrides(resolved));
    }
}
