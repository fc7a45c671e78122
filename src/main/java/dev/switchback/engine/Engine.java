package dev.switchback.engine;

import dev.switchback.model.Plan;

/** Entry point of the load engine. */
public final class Engine {
    private Engine() {
    }

    /** Analyses the whole plan with the plan's own rule settings. */
    public static PlanAnalysis analyse(Plan plan) {
        throw new UnsupportedOperationException("the load engine is being built (issue 3)");
    }
}
