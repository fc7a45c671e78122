package dev.switchback.model;

import java.util.UUID;

/** Stable identity of a multi-day trip. */
public record TripId(String value) {
    public TripId {
        value = Check.nonBlank("value", "Trip id", value, 64);
    }

    public static TripId random() {
        return new TripId(UUID.randomUUID().toString());
    }

    /**
     * As a record's (one component: the value's hash), written out: maps keyed by TripId are read for every
     * trip of every checked week, and the record's generated method is a chain of method handles there
     * (and is made at its first call: start-up CPU, as in SessionId).
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TripId other && value.equals(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
