package dev.switchback.engine;

import dev.switchback.format.Sentence;
import dev.switchback.format.UnitFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found in one week: what is wrong and where ({@link #message}), why it matters
 * ({@link #why}), the number measured against the threshold, the source, and what would fix it.
 *
 * <p>A finding belongs to the week it is reported in ({@link #weekStart}) and to every week its
 * {@link #dates} touch: a taper finding reported in the goal's week also concerns the weeks before it
 * ({@link #touches}).
 *
 * @param ruleId stable kebab-case id, e.g. {@code hard-days-back-to-back}
 * @param weekStart Monday of the week the finding is reported in
 * @param dates the days the finding concerns, ascending; they may reach into other weeks
 * @param measurement the value measured, in {@link #unit}; empty when there is nothing to measure yet (a
 *     metric that needs 28 days of history), never a stand-in 0
 * @param threshold the threshold it was compared with, in {@link #unit}
 */
public record Finding(
        String ruleId,
        Severity severity,
        LocalDate weekStart,
        List<LocalDate> dates,
        Optional<Double> measurement,
        double threshold,
        String unit,
        String message,
        String why,
        Source source,
        Suggestion suggestion) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(weekStart, "weekStart");
        dates = List.copyOf(dates);
        Objects.requireNonNull(measurement, "measurement");
        if (measurement.isPresent() && !Double.isFinite(measurement.get())) {
            throw new IllegalArgumentException("measured value must be finite: " + measurement.get());
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(suggestion, "suggestion");
    }

    /** A finding with a measured value (every rule that compares a number). */
    public Finding(String ruleId, Severity severity, LocalDate weekStart, List<LocalDate> dates, double measured,
            double threshold, String unit, String message, String why, Source source, Suggestion suggestion) {
        this(ruleId, severity, weekStart, dates, Optional.of(measured), threshold, unit, message, why, source,
                suggestion);
    }

    /**
     * What is wrong and where, in metric. The sentence is stored with its quantities typed
     * ({@link Sentence}); {@link #messageIn} says it in the athlete's units.
     */
    @Override
    public String message() {
        return Sentence.metric(message);
    }

    /** Why it matters, in metric; {@link #whyIn} says it in the athlete's units. */
    @Override
    public String why() {
        return Sentence.metric(why);
    }

    /**
     * The message as the rule wrote it, its quantities typed ({@link Sentence}): for a holder that renders
     * it later in the athlete's units (engine.plan.DayRoom.Binding), never for showing as it is.
     */
    public String markedMessage() {
        return message;
    }

    /** {@link #message()} in {@code units}: "... 29.8 lb ..." for an imperial athlete. */
    public String messageIn(UnitFormat units) {
        return Sentence.render(message, units);
    }

    /** {@link #why()} in {@code units}. */
    public String whyIn(UnitFormat units) {
        return Sentence.render(why, units);
    }

    /** The suggestion's sentence in {@code units}. */
    public String suggestionText(UnitFormat units) {
        return suggestion.textIn(units);
    }

    /**
     * The measured value.
     *
     * @throws IllegalStateException for a finding without one ({@link #measurement} is empty)
     */
    public double measured() {
        return measurement.orElseThrow(() -> new IllegalStateException(ruleId + " in the week of " + weekStart
                + " has no measured value"));
    }

    /** True if the finding concerns the ISO week starting {@code monday}: it is reported there or one of its dates is in it. */
    public boolean touches(LocalDate monday) {
        return touches(monday, monday.plusDays(6));
    }

    /** True if the finding's week or one of its dates lies in {@code from..to} (whole weeks: pass Monday and Sunday). */
    public boolean touches(LocalDate from, LocalDate to) {
        if (!weekStart.isAfter(to) && !weekStart.plusDays(6).isBefore(from)) {
            return true;
        }
        for (LocalDate d : dates) {
            if (!d.isBefore(from) && !d.isAfter(to)) {
                return true;
            }
        }
        return false;
    }
}
