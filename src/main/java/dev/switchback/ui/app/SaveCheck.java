package dev.switchback.ui.app;

import dev.switchback.engine.Finding;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.SaveGate;
import dev.switchback.engine.Severity;
import dev.switchback.model.Plan;
import java.util.List;
import java.util.Optional;

/**
 * What stands between the plan and the disk, from the engine's {@link SaveGate}: blocking findings
 * not yet overridden, warnings to show, and the findings to save alongside the plan.
 */
public record SaveCheck(List<Finding> blocking, List<Finding> warnings, List<Finding> toRecord) {

    public SaveCheck {
        blocking = List.copyOf(blocking);
        warnings = List.copyOf(warnings);
        toRecord = List.copyOf(toRecord);
    }

    /**
     * @param saved the plan as last saved; empty when it is not on disk yet (then every week is checked)
     */
    public static SaveCheck of(Optional<Plan> saved, Plan plan, Optional<PlanAnalysis> analysis) {
        if (analysis.isEmpty()) {
            return new SaveCheck(List.of(), List.of(), List.of());
        }
        Plan before = saved.orElseGet(() -> Plan.empty(plan.name(), plan.athlete()).withRules(plan.rules())
                .withPhases(List.of()));
        SaveGate.Result r = SaveGate.check(before, plan, analysis.get());
        return new SaveCheck(r.blocking(),
                r.findings().stream().filter(f -> f.severity() == Severity.WARN).toList(),
                r.findings().stream().filter(f -> f.severity() != Severity.BLOCK).toList());
    }
}
