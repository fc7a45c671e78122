package dev.switchback.model;

/** What kind of outing a session is. */
public enum SessionKind {
    TRAIL_RUN("Trail run", true, false),
    RUN_WITH_PACK("Run with pack", true, true),
    HIKE("Hike", false, true),
    BACKPACKING_DAY("Backpacking day", false, true),
    STRENGTH_MOBILITY("Strength / mobility", false, false),
    ACTIVE_RECOVERY("Active recovery", false, false),
    REST("Rest", false, false);

    private final String label;
    private final boolean running;
    private final boolean onFoot;

    SessionKind(String label, boolean running, boolean carriesPack) {
        this.label = label;
        this.running = running;
        this.onFoot = carriesPack;
    }

    public String label() {
        return label;
    }

    /** Counts towards running kilometres. */
    public boolean isRunning() {
        return running;
    }

    /** Usually carries a pack (run with pack, hike, backpacking). */
    public boolean usuallyCarriesPack() {
        return onFoot;
    }

    public boolean isRest() {
        return this == REST;
    }
}
