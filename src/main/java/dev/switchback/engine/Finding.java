package dev.switchback.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One thing a rule found in one week: what is wrong and where ({@link #message}), why it matters
 * ({@link #why}), the number measured against the threshold, the source, and what would fix it.
 *
 * @param ruleId stable kebab-case id, e.g. {@code hard-days-back-to-back}
 * @param weekStart Monday of the week checked
 * @param dates the days the finding concerns, ascending
 * @param measured the value measured, in {@link #unit}
 * @param threshold the threshold it was compared with, in {@link #unit}
 */
public record Finding(
        String ruleId,
        Severity severity,
        LocalDate weekStart,
        List<LocalDate> dates,
        double measured,
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
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(suggestion, "suggestion");
    }
}
