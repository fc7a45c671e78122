package dev.switchback.engine.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The headroom of one day: the biggest session that can still be added to it and leave the plan with
 * no WARN or BLOCK finding it did not already have.
 *
 * @param runFor the longest easy run that fits (at {@link #rpe}); zero when none does
 * @param capped more room than the search tries ({@link Knobs#MAX_PROBE}): read "at least"
 * @param packKg the heaviest pack that fits for {@link #packFor}; zero when none does
 * @param packFor how long the pack probe is carried: {@link Knobs#PACK_PROBE} or the run's room if shorter
 * @param binding the rule that stops a longer run (the one a step more would break), if any
 * @param packBinding the rule that stops a heavier pack, if any
 */
public record DayRoom(
        LocalDate date,
        State state,
        Duration runFor,
        double rpe,
        boolean capped,
        double packKg,
        Duration packFor,
        Optional<Binding> binding,
        Optional<Binding> packBinding) {

    /** Whether the day is open to a new session at all. */
    public enum State {
        /** A day from today on: the search ran. */
        OPEN,
        /** Before today, or today already logged: what was done is done. */
        PAST,
        /** A day of a trip: any session would be a double booking. */
        TRIP
    }

    /**
     * The rule a step more would break, with its words for people: the finding's message, its quantities
     * typed ({@link dev.switchback.format.Sentence}); {@link #message()} says it in metric,
     * {@link #messageIn} in the athlete's units.
     */
    public record Binding(String ruleId, String ruleTitle, String severity, String message) {
        public Binding {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(ruleTitle, "ruleTitle");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String message() {
            return dev.switchback.format.Sentence.metric(message);
        }

        /** The message in {@code units}: "... 29.8 lb ..." for an imperial athlete. */
        public String messageIn(dev.switchback.format.UnitFormat units) {
            return dev.switchback.format.Sentence.render(message, units);
        }
    }

    public DayRoom {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(runFor, "runFor");
        Objects.requireNonNull(packFor, "packFor");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(packBinding, "packBinding");
    }

    static DayRoom closed(LocalDate date, State state) {
        return new DayRoom(date, state, Duration.ZERO, Knobs.PROBE_RPE, false, 0, Duration.ZERO, Optional.empty(),
                Optional.empty());
    }

    public boolean hasRoom() {
        return state == State.OPEN && !runFor.isZero();
    }
}
