package dev.switchback.engine;

/** How far a rule's basis can be trusted, as tagged in the domain notes. */
public enum Evidence {
    PEER_REVIEWED("P", "peer-reviewed study"),
    SECONDARY("S", "secondary source"),
    CONVENTION("C", "coaching convention"),
    JUDGEMENT("J", "judgement");

    private final String tag;
    private final String label;

    Evidence(String tag, String label) {
        this.tag = tag;
        this.label = label;
    }

    public String tag() {
        return tag;
    }

    public String label() {
        return label;
    }
}
