package dev.switchback.engine;

import dev.switchback.format.Sentence;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.SessionId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What change would fix a finding. Every suggestion has a sentence; the mechanical ones also say
 * exactly what to change so the UI can apply them (and undo them) with one click.
 */
public sealed interface Suggestion {

    /**
     * The suggestion in words, in metric, e.g. "Move Thursday's intervals to Friday", "Cap ... at 13.5 kg";
     * {@link #textIn} says it in the athlete's units.
     */
    default String text() {
        return Sentence.metric(markedText());
    }

    /** The sentence as the rule wrote it, its quantities typed ({@link Sentence}): only for rendering. */
    String markedText();

    /** {@link #text()} in {@code units}: "Cap ... at 29.8 lb" for an imperial athlete. */
    default String textIn(UnitFormat units) {
        return Sentence.render(markedText(), units);
    }

    /** True when the change can be applied to the plan without asking anything. */
    default boolean isMechanical() {
        return !(this instanceof Advice);
    }

    /** Advice only: the user decides how. */
    record Advice(String markedText) implements Suggestion {
        public Advice {
            Objects.requireNonNull(markedText, "text");
        }
    }

    /** Move a session to another day. */
    record MoveSession(SessionId session, LocalDate to, String markedText) implements Suggestion {
        public MoveSession {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(markedText, "text");
        }
    }

    /** Lower a session's pack mass to at most {@code maxKg}. */
    record CapPack(SessionId session, double maxKg, String markedText) implements Suggestion {
        public CapPack {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(markedText, "text");
        }
    }

    /** Replace a session with a rest day. */
    record ReplaceWithRest(SessionId session, String markedText) implements Suggestion {
        public ReplaceWithRest {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(markedText, "text");
        }
    }

    /** Shorten a session to {@code duration} (distance scaled with it). */
    record Shorten(SessionId session, Duration duration, String markedText) implements Suggestion {
        public Shorten {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(markedText, "text");
        }
    }

    /** Make a session easier: set its target effort to {@code rpe}. */
    record LowerEffort(SessionId session, double rpe, String markedText) implements Suggestion {
        public LowerEffort {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(markedText, "text");
        }
    }

    /** Take a session out of the plan: a training session or a Rest card booked on a day that holds something else. */
    record RemoveSession(SessionId session, String markedText) implements Suggestion {
        public RemoveSession {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(markedText, "text");
        }
    }

    /**
     * Drop a session's target RPE so its load uses the engine's own estimate ({@code rpe}, shown in the
     * text), for a target set much lower than the session's pack, climb and terrain suggest.
     */
    record UseEstimatedEffort(SessionId session, double rpe, String markedText) implements Suggestion {
        public UseEstimatedEffort {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(markedText, "text");
        }
    }
}
