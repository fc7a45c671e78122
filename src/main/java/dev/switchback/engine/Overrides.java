package dev.switchback.engine;

import dev.switchback.model.Plan;
import dev.switchback.model.RuleOverride;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The one matching policy between a {@link RuleOverride} and a {@link Finding} (the save gate, the
 * command line, the window and the week sheet all ask here). An override answers the finding it was
 * given to: it covers a finding of the same rule reported in the same week whose days are among the
 * override's days and whose value is no worse than the one recorded. "Worse" is further past the
 * threshold: for a finding at or above its threshold (a pack of 37 % against 33 %) a higher value, for
 * one below it (form of -45 % against a floor of -30 %, a taper cut of 20 % against 40 %) a lower one.
 * A finding without a measured value is covered only by an override that recorded none.
 */
public final class Overrides {
    /** Rounding noise of recomputed values (a pack share printed as 37 % may be 36.999999 %). */
    static final double TOLERANCE = 1e-9;

    private Overrides() {
    }

    public static boolean covers(RuleOverride o, Finding f) {
        if (!o.ruleId().equals(f.ruleId()) || !o.weekStart().equals(f.weekStart())
                || !new HashSet<>(o.dates()).containsAll(f.dates())) {
            return false;
        }
        if (f.measurement().isEmpty() || o.measured().isEmpty()) {
            return f.measurement().isEmpty() && o.measured().isEmpty();
        }
        double now = f.measurement().get();
        double then = o.measured().get();
        boolean above = now >= f.threshold();
        return above ? now <= then + TOLERANCE : now >= then - TOLERANCE;
    }

    /** The plan's override that answers {@code f}, the first recorded if several do. */
    public static Optional<RuleOverride> of(Plan plan, Finding f) {
        return of(plan.rules().overrides(), f);
    }

    public static Optional<RuleOverride> of(List<RuleOverride> overrides, Finding f) {
        for (RuleOverride o : overrides) {
            if (covers(o, f)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    public static boolean isOverridden(Plan plan, Finding f) {
        return of(plan, f).isPresent();
    }

    /** The override that answers exactly {@code f}: its rule, week, days and value. */
    public static RuleOverride answering(Finding f, String reason, LocalDate today) {
        return new RuleOverride(f.ruleId(), f.weekStart(), f.dates().stream().distinct().sorted().toList(),
                f.measurement(), reason, today);
    }

    /** The line every view shows under an overridden finding: "Overridden on Friday 20 November 2026: reason". */
    public static String describe(RuleOverride o) {
        return "Overridden on " + dev.switchback.engine.rules.Words.longDate(o.recordedOn()) + " "
                + o.recordedOn().getYear() + ": " + o.reason();
    }
}
