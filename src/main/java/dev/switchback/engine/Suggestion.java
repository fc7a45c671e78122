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
    String text();

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
    record Advice(String text) implements Suggestion {
        public Advice {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String text() {
            return Sentence.metric(text);
        }

        @Override
        public String markedText() {
            return text;
        }
    }

    /** Move a session to another day. */
    record MoveSession(SessionId session, LocalDate to, String text) implements Suggestion {
        public MoveSession {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String text() {
            return Sentence.metric(text);
        }

        @Override
        public String markedText() {
            return text;
        }
    }

    /** Lower a session's pack mass to at most {@code maxKg}. */
    record CapPack(SessionId session, double maxKg, String text) implements Suggestion {
        public CapPack {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String text() {
            return Sentence.metric(text);
        }

        @Override
        public String markedText() {
            return text;
        }
    }

    /** Replace a session with a rest day. */
    record ReplaceWithRest(SessionId session, String text) implements Suggestion {
        public ReplaceWithRest {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String text() {
            return Sentence.metric(text);
        }

        @Override
        public String markedText() {
            return text;
        }
    }

    /** Shorten a session to {@code duration} (distance scaled with it). */
    record Shorten(SessionId session, Duration duration, String text) implements Suggestion {
        public Shorten {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String text() {
            return Sentence.metric(text);
        }

        @Override
        public String markedText() {
            return text;
        }
    }

    /** Make a session easier: set its target effort to {@code rpe}. */
    record LowerEffort(SessionId session, double rpe, String text) implements Suggestion {
        public LowerEffort {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String text() {
            return Sentence.metric(text);
        }

        @Override
        public String markedText() {
            return text;
        }
    }

    /** Take a session out of the plan: a training session or a Rest card booked on a day that holds something else. */
    record RemoveSession(SessionId session, String text) implements Suggestion {
        public RemoveSession {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String text() {
            return Sentence.metric(text);
        }

        @Override
        public String markedText() {
            return text;
        }
    }

    /**
     * Drop a session's target RPE so its load uses the engine's own estimate ({@code rpe}, shown in the
     * text), for a target set much lower than the session's pack, climb and terrain suggest.
     */
    record UseEstimatedEffort(SessionId session, double rpe, String text) implements Suggestion {
        public UseEstimatedEffort {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String text() {
            return Sentence.metric(text);
        }

        @Override
        public String markedText() {
            return text;
        }
    }
}
