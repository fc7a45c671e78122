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
    /**
     * The order of findings. The message is compared only when severity, first date and rule id tie (30 adjacent
     * pairs of the 1,377 findings of a generated ten-year plan: one rule's findings of one week that start on the
     * same day), so a lazy finding's sentence is built for those alone (PlanCheckOrderTest); the rest of the
     * findings are ordered without it. Written out rather than {@code Comparator.comparing(..).thenComparing(..)},
     * whose shared key-extractor lambdas are slow call sites in every sort of every check.
     */
    public static final Comparator<Finding> ORDER = PlanCheck::compare;

    private PlanCheck() {
    }

    private static int compare(Finding a, Finding b) {
        if (a == b) {
            return 0;
        }
        // severity, then first date: one number per finding, made when it was (no LocalDate compared here)
        int c = Long.compare(a.orderKey(), b.orderKey());
        if (c != 0) {
            return c;
        }
        String ruleA = a.ruleId();
        String ruleB = b.ruleId();
        if (ruleA != ruleB) { // rule ids are usually the rule's own constant: the same object
            c = ruleA.compareTo(ruleB);
            if (c != 0) {
                return c;
            }
        }
        return a.message().compareTo(b.message());
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
