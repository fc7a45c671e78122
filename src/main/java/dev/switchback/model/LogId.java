package dev.switchback.model;

import java.util.UUID;

/** Stable identity of an outing log entry. */
public record LogId(String value) {
    public LogId {
        value = Check.nonBlank("value", "Log id", value, 64);
    }

    public static LogId random() {
        return new LogId(UUID.randomUUID().toString());
    }

    /**
     * As a record's (one component: the value's hash), written out: maps keyed by LogId are read for every
     * log of every checked week, and the record's generated method is a chain of method handles there
     * (and is made at its first call: start-up CPU, as in SessionId).
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LogId other && value.equals(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
