package dev.switchback.ui.app;

import dev.switchback.engine.Engine;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.model.Plan;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The window's analyser: each plan is analysed from the analysis of the plan before it
 * ({@link Engine#reanalyse}), so an edit, an undo or a redo rebuilds only the days it touched. Today
 * comes from the supplier (the system clock at the window's edge, a fixed day in tests).
 */
public final class IncrementalAnalyser implements Function<Plan, PlanAnalysis> {
    private final Supplier<LocalDate> today;
    private PlanAnalysis last;

    public IncrementalAnalyser(Supplier<LocalDate> today) {
        this.today = Objects.requireNonNull(today, "today");
    }

    @Override
    public PlanAnalysis apply(Plan plan) {
        LocalDate day = today.get();
        PlanAnalysis a = last == null ? Engine.analyse(plan, day) : Engine.reanalyse(last, plan, day);
        last = a;
        return a;
    }
}
