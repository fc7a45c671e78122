package dev.switchback.ui.findings;

import dev.switchback.engine.Suggestion;
import dev.switchback.model.Plan;

/**
 * Turns a mechanical suggestion into the edited plan. The rule logic lives in the engine
 * ({@code Fixes.apply}); the panel only passes the result to {@code PlanDocument.apply} so it can
 * be undone.
 */
@FunctionalInterface
public interface FixApplier {

    /**
     * @throws IllegalArgumentException when the suggestion no longer fits the plan (the session was
     *     deleted meanwhile); the message says why
     */
    Plan apply(Plan plan, Suggestion suggestion);
}
