package dev.switchback.engine;

import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * The plan with its lists in the order the engine analyses them in (by date, then id): the same
     * analysis as {@code plan}, and the starting point for {@link #withSession}.
     */
    public static Plan ordered(Plan plan) {
        return PlanOrder.canonical(plan);
    }

    /**
     * {@code plan.withSession(session)} for a session whose id is not in the plan, put where the engine's
     * order has it, so that {@link #reanalyse} of an {@link #ordered} plan need not sort the sessions again
     * (the planner's probes: one new {@code Plan} per probe instead of two).
     */
    public static Plan withNewSession(Plan plan, Session session) {
        List<Session> sessions = plan.sessions();
        int lo = 0;
        int hi = sessions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (PlanOrder.SESSIONS.compare(sessions.get(mid), session) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        var list = new Session[sessions.size() + 1];
        for (int i = 0; i < lo; i++) {
            list[i] = sessions.get(i);
        }
        list[lo] = session;
        for (int i = lo; i < sessions.size(); i++) {
            list[i + 1] = sessions.get(i);
        }
        return plan.withSessions(List.of(list));
    }

    /**
     * Whether a finding that concerns the week holding {@code anyDay} ({@link PlanAnalysis#findings(LocalDate)})
     * passes {@code test}; the engine's analyses judge the week's own findings first and stop at the first
     * that passes, so a "yes" usually costs the rules of one week instead of six.
     */
    public static boolean anyFinding(PlanAnalysis analysis, LocalDate anyDay, java.util.function.Predicate<Finding> test) {
        if (analysis instanceof Analysis a) {
            return a.anyFinding(anyDay, test);
        }
        return analysis.findings(anyDay).stream().anyMatch(test);
    }

    /** {@link #reanalyse(PlanAnalysis, Plan, LocalDate, RuleBook)} with the standard rule book. */
    public static PlanAnalysis reanalyse(PlanAnalysis previous, Plan plan, LocalDate today) {
        return reanalyse(previous, plan, today, RuleBook.standard());
    }
}
