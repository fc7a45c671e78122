package dev.switchback.engine.rules;

import dev.switchback.engine.Finding;
import java.util.List;

/**
 * One progression or recovery rule: a small class with a stable kebab-case id, default thresholds
 * (editable per plan through {@link WeekContext#threshold}), and a check of one ISO week in the
 * context of everything before it.
 */
public interface Rule {

    /** Stable, kebab-case, e.g. {@code hard-days-back-to-back}; used in files and overrides. */
    String id();

    /** A short name for people, e.g. "Hard days back to back". */
    String title();

    /** The findings of this rule for the week in {@code week}; empty when all is well. */
    List<Finding> check(WeekContext week);
}
