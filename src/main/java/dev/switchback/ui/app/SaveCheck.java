package dev.switchback.ui.app;

import dev.switchback.engine.Finding;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.Severity;
import dev.switchback.model.Plan;
import java.util.List;
import java.util.Optional;

/**
 * What stands between the plan and the disk: blocking findings not yet overridden, and warnings to
 * note. A thin reading of the engine's analysis; the engine decides what is BLOCK.
 */
public record SaveCheck(List<Finding> blocking, List<Finding> warnings) {

    public SaveCheck {
        blocking = List.copyOf(blocking);
        warnings = List.copyOf(warnings);
    }

    public static SaveCheck of(Plan plan, Optional<PlanAnalysis> analysis) {
        if (analysis.isEmpty() || plan.firstDate().isEmpty()) {
            return new SaveCheck(List.of(), List.of());
        }
        List<Finding> all = analysis.get().findings(plan.firstDate().get(), plan.lastDate().get());
        return new SaveCheck(
                all.stream().filter(f -> f.severity() == Severity.BLOCK)
                        .filter(f -> !plan.rules().isOverridden(f.ruleId(), f.weekStart())).toList(),
                all.stream().filter(f -> f.severity() == Severity.WARN).toList());
    }
}
