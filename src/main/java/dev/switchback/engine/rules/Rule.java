package dev.switchback.engine.rules;

import dev.switchback.engine.Finding;
import dev.switchback.model.Experience;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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

    /**
     * Default thresholds for a preset, keyed by parameter name (without the rule id), e.g.
     * {@code warnRatio -> 1.3}. A plan overrides one with the key {@code "rule-id.name"}.
     */
    default Map<String, Double> defaults(Experience preset) {
        return Map.of();
    }

    /** Every threshold the rule reads, in key order: the names of its defaults for every preset. */
    default List<Threshold> thresholds() {
        var all = new TreeSet<Threshold>();
        for (Experience preset : Experience.values()) {
            defaults(preset).keySet().forEach(name -> all.add(new Threshold(id(), name)));
        }
        return List.copyOf(all);
    }
}
