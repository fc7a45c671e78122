package dev.switchback.engine;

import java.util.Objects;

/** Where a rule comes from, e.g. "Foster 1998, MSSE 30:1164", and how strong that basis is. */
public record Source(String citation, Evidence evidence) {
    public Source {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public String toString() {
        return citation + " [" + evidence.tag() + "]";
    }
}
