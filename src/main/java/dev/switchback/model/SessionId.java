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
     * session of every checked week, and the record's generated method is a chain of method handles there.
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

    // Written out, with the meaning a record's own would have: the record's are made at their first call
    // (java.lang.runtime.ObjectMethods builds method handles and classes), about 12 ms of CPU in every
    // short run that reads a plan, since the store checks the ids are unique (docs/performance.md, session 7).
    @Override
    public boolean equals(Object o) {
        return o instanceof SessionId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
