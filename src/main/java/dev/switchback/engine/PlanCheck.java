package dev.switchback.engine;

import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Plan;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The check of a plan, week by week. Findings are ordered by severity (BLOCK first), then by their
 * first date (the week's Monday when they name no date), then by rule id, then by message, so the
 * same plan always gives the same list.
 */
public final class PlanCheck {
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(PlanCheck::firstDate)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private PlanCheck() {
    }

    static LocalDate firstDate(Finding f) {
        return f.dates().isEmpty() ? f.weekStart() : f.dates().get(0);
    }

    /** Findings of the ISO week containing {@code anyDay}. */
    public static List<Finding> check(Plan plan, LocalDate anyDay, LocalDate today) {
        return Engine.analyse(plan, today).findings(anyDay);
    }

    /** Findings of every ISO week touching {@code from .. to}. */
    public static List<Finding> check(Plan plan, LocalDate from, LocalDate to, LocalDate today) {
        return Engine.analyse(plan, today).findings(from, to);
    }

    /** Findings of every week of the plan. */
    public static List<Finding> checkAll(Plan plan, LocalDate today, RuleBook book) {
        PlanAnalysis a = Engine.analyse(plan, today, book);
        if (a.days().isEmpty()) {
            return List.of();
        }
        return a.findings(a.days().get(0).date(), a.days().get(a.days().size() - 1).date());
    }
}
