package dev.switchback.engine.rules;

import java.util.Objects;

/**
 * One threshold of one rule, e.g. {@code weekly-ramp.warnRatio}. Each rule declares its thresholds as
 * constants and reads them through {@link WeekContext#threshold(Threshold)}, so a misspelt key is a
 * compile error, never a run-time miss. Files and settings keep the {@link #key()} string.
 *
 * @param ruleId the rule's id
 * @param name the parameter, e.g. {@code warnRatio}
 */
public record Threshold(String ruleId, String name) implements Comparable<Threshold> {
    public Threshold {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(name, "name");
    }

    /** {@code "rule-id.name"}, as {@code RuleSettings.thresholds} keys it. */
    public String key() {
        return ruleId + "." + name;
    }

    /** As a record's, without its reflective bootstrap: the rule runner looks thresholds up every week. */
    @Override
    public int hashCode() {
        return 31 * ruleId.hashCode() + name.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Threshold t && ruleId.equals(t.ruleId) && name.equals(t.name);
    }

    @Override
    public int compareTo(Threshold o) {
        return key().compareTo(o.key());
    }

    @Override
    public String toString() {
        return key();
    }
}
