package dev.switchback.model;

import java.util.UUID;

/** Stable identity of a planned session, kept across edits, moves and saves. */
public record SessionId(String value) {
    public SessionId {
        value = Check.nonBlank("value", "Session id", value, 64);
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID().toString());
    }

    /**
     * As a record's (one component: the value's hash), written out: maps keyed by SessionId are read for every
     * session of every checked week, and the record's generated method is a chain of method handles there; made at its first call
     * (java.lang.runtime.ObjectMethods), it also cost about 12 ms of CPU in every short run that reads a plan.
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SessionId other && value.equals(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
