package dev.switchback.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of the file format's history: turns the JSON tree of a plan in schema {@link #fromVersion}
 * into one in {@code fromVersion + 1}. Steps work on the tree, not on DTOs, so that old DTO classes
 * need not be kept. The {@link Migrations} registry chains steps and sets {@code schemaVersion}.
 */
public interface Migration {
    int fromVersion();

    /** What changed, for the log, e.g. "packGrams became packKg". */
    String description();

    /** May change {@code plan} in place; returns the migrated tree. */
    ObjectNode apply(ObjectNode plan);
}
