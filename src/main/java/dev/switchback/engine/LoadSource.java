package dev.switchback.engine;

/** How a session's load was obtained, so the UI can say how much to trust it. */
public enum LoadSource {
    /** Logged RPE x actual minutes. */
    LOGGED,
    /** The target RPE the user planned x planned minutes. */
    PLANNED,
    /** No RPE given: estimated from intention and kind, raised for pack and climb. */
    ESTIMATED
}
