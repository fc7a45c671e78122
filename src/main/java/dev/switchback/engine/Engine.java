package dev.switchback.engine;

import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Plan;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Entry point of the load engine.
 *
 * <p>The analysis depends on "today": days up to and including today that have logs count what was
 * done; every other day counts what is planned. The engine never reads the clock: the window and the
 * command line pass today in (their edge reads the clock), so the same call always gives the same result.
 */
public final class Engine {
    private Engine() {
    }

    /** Analyses the whole plan as seen on {@code today}, with the standard rule book. */
    public static PlanAnalysis analyse(Plan plan, LocalDate today) {
        return analyse(plan, today, RuleBook.standard());
    }

    /** Analyses the whole plan with the given rules (the standard book plus any added rules). */
    public static PlanAnalysis analyse(Plan plan, LocalDate today, RuleBook book) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(book, "book");
        return new Analysis(plan, today, book);
    }

    /**
     * The analysis of {@code plan}, an edited version of the plan {@code previous} analysed, as seen on
     * {@code today}: equal to {@link #analyse(Plan, LocalDate, RuleBook) analyse(plan, today, book)},
     * finding for finding, but it keeps the loads of every session, log and trip that is still the same
     * object, rebuilds only the days whose records changed and runs the averages again from the first
     * of them. Findings are computed per week when asked for. Any {@code previous} will do: one from
     * another plan, another book or another day only costs a full analysis.
     */
    public static PlanAnalysis reanalyse(PlanAnalysis previous, Plan plan, LocalDate today, RuleBook book) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(book, "book");
        if (previous instanceof Analysis a) {
            return Analysis.update(a, plan, today, book);
        }
        return analyse(plan, today, book);
    }

    /** {@link #reanalyse(PlanAnalysis, Plan, LocalDate, RuleBook)} with the standard rule book. */
    public static PlanAnalysis reanalyse(PlanAnalysis previous, Plan plan, LocalDate today) {
        return reanalyse(previous, plan, today, RuleBook.standard());
    }
}
