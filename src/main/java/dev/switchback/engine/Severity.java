package dev.switchback.engine;

/** How much a finding matters. BLOCK stops a save unless the user overrides it with a reason. */
public enum Severity {
    BLOCK,
    WARN,
    INFO;

    /** The most severe first, which is the order findings are listed in. */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }
}
