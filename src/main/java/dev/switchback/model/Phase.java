package dev.switchback.model;

import java.time.LocalDate;
import java.util.Objects;

/** A season phase over an inclusive date range. */
public record Phase(PhaseKind kind, LocalDate start, LocalDate end) {
    public Phase {
        Objects.requireNonNull(kind, "kind");
        Check.date("start", "Phase start", start);
        Check.date("end", "Phase end", end);
        if (end.isBefore(start)) {
            throw new InvalidField("end", "Phase " + kind.label() + " ends (" + end + ") before it starts ("
                    + start + ")");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
