package dev.switchback.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The engine's view of a whole plan: daily loads and metrics from the first to the last day,
 * weekly summaries and findings. Immutable; computed once per plan version.
 */
public interface PlanAnalysis {

    /** Every day from the plan's first to its last date (or an empty list for an empty plan). */
    List<DayLoad> days();

    /** The day's loads; a day outside the plan has zero load. */
    DayLoad day(LocalDate date);

    DayMetrics metrics(LocalDate date);

    /** Metres descended with a pack (any mass above 0) in the outings that count for the day; 0 outside the plan. */
    double loadedDescentM(LocalDate date);

    /** Totals of the ISO week containing {@code anyDay}. */
    WeekSummary week(LocalDate anyDay);

    /**
     * Findings that concern the ISO week containing {@code anyDay}: those reported in it and those reported
     * in another week whose days fall in it ({@link Finding#touches}); most severe first, then by date.
     */
    List<Finding> findings(LocalDate anyDay);

    /**
     * Findings that concern any week touching the range (whole weeks), each once; most severe first, then
     * by date.
     */
    List<Finding> findings(LocalDate from, LocalDate to);

    /** The "today" the plan was analysed as seen on, where known (the engine's analyses know it). */
    default Optional<LocalDate> seenOn() {
        return Optional.empty();
    }
}
