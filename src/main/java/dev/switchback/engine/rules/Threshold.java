package dev.switchback.engine.rules;

import java.util.Objects;

/**
 * One threshold of one rule, e.g. {@code weekly-ramp.warnRatio}. Each rule declares its thresholds as
 * constants and reads them through {@link WeekContext#threshold(Threshold)}, so a misspelt key is a
 * compile error, never a run-time miss. Files and settings keep the {@link #key()} string.
 *
 * <p>A value class rather than a record so that its hash is computed once: the rule runner finds a
 * threshold's value in {@link RuleBook}'s table by it, tens of thousands of times in a long plan's check.
 */
public final class Threshold implements Comparable<Threshold> {
    private final String ruleId;
    private final String name;
    private final int hash;

    /**
     * @param ruleId the rule's id
     * @param name the parameter, e.g. {@code warnRatio}
     */
    public Threshold(String ruleId, String name) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.name = Objects.requireNonNull(name, "name");
        this.hash = 31 * ruleId.hashCode() + name.hashCode();
    }

    /** The rule's id. */
    public String ruleId() {
        return ruleId;
    }

    /** The parameter, e.g. {@code warnRatio}. */
    public String name() {
        return name;
    }

    /** {@code "rule-id.name"}, as {@code RuleSettings.thresholds} keys it. */
    public String key() {
        return ruleId + "." + name;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Threshold t && hash == t.hash && ruleId.equals(t.ruleId) && name.equals(t.name);
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
