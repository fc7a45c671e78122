package dev.switchback.engine.rules;

import dev.switchback.engine.Tolerance;
import dev.switchback.model.Plan;
import dev.switchback.model.RuleSettings;
import java.util.Optional;

/**
 * The bands of the daily Hooper sum (domain-notes section 5: 4-8 fine, 9-12 watch, above 12 high
 * fatigue), read from rule 14's own thresholds so the wellness strip and the rule's findings never
 * disagree: "high" is above {@code wellness-hooper.sumLimit} (what the rule warns about), "watch" is
 * above {@code wellness-hooper.watchLimit} and never above the high limit.
 *
 * @param watchAbove a sum above this is WATCH
 * @param highAbove a sum above this is HIGH
 */
public record HooperBands(double watchAbove, double highAbove) {
    public HooperBands {
        if (!(Double.isFinite(watchAbove) && Double.isFinite(highAbove))) {
            throw new IllegalArgumentException("Hooper band limits must be finite numbers");
        }
        watchAbove = Math.min(watchAbove, highAbove);
    }

    /** The plan's bands: its own thresholds for rule 14, else its preset's. */
    public static HooperBands of(Plan plan) {
        return of(plan.rules());
    }

    public static HooperBands of(RuleSettings rules) {
        return new HooperBands(threshold(rules, HooperIndex.WATCH_LIMIT), threshold(rules, HooperIndex.SUM_LIMIT));
    }

    private static double threshold(RuleSettings rules, Threshold t) {
        Double own = rules.thresholds().get(t.key());
        return own != null ? own : RuleBook.standard().defaultThreshold(t, rules.preset());
    }

    /** The band of a day's sum; {@link HooperBand#NONE} without a check-in. */
    public HooperBand band(Optional<Integer> sum) {
        if (sum.isEmpty()) {
            return HooperBand.NONE;
        }
        int s = sum.get();
        return s > highAbove + Tolerance.EPS ? HooperBand.HIGH
                : s > watchAbove + Tolerance.EPS ? HooperBand.WATCH : HooperBand.FINE;
    }

    /** The band's name with its limits, e.g. "watch (9-12)", for tooltips and legends. */
    public String describe(HooperBand band) {
        long watch = (long) Math.floor(watchAbove);
        long high = (long) Math.floor(highAbove);
        return switch (band) {
            case NONE -> "no check-in";
            case FINE -> "fine (4-" + watch + ")";
            case WATCH -> "watch (" + (watch + 1) + "-" + high + ")";
            case HIGH -> "high fatigue (above " + high + ")";
        };
    }
}
