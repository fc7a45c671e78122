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

    @Override
    public String toString() {
        return value;
    }
}
