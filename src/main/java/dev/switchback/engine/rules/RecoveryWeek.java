package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.au;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Windows;
import dev.switchback.model.Experience;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule 9: after a real build, a lighter week. Fires on week W when the load rose (by more than
 * {@code stepRise} on the week before) in most of the {@code buildWeeks} steps from W-3 to W (flat
 * weeks and one rise are not a build), grew by more than {@code minRise} from W-3 to W, and none of
 * the weeks W-3..W is at or below {@code lightFraction} of their peak. Trip days are left out; a
 * window with a trip is not judged. The suggestion aims the week at the level the build started from
 * (W-3), or {@code lightFraction} of the peak when that is higher, never below the steady level, and
 * spreads the cut over the week's outings.
 */
public final class RecoveryWeek implements Rule {
    public static final String ID = "recovery-week";
    static final Threshold BUILD_WEEKS = new Threshold(ID, "buildWeeks");
    static final Threshold LIGHT_FRACTION = new Threshold(ID, "lightFraction");
    static final Threshold MIN_RISE = new Threshold(ID, "minRise");
    static final Threshold STEP_RISE = new Threshold(ID, "stepRise");
    static final Source SOURCE = new Source("3:1 loading, coaching convention; 75 % is judgement", Evidence.CONVENTION);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Recovery week due";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("buildWeeks", 3.0, "lightFraction", 0.75, "minRise", 0.10, "stepRise", 0.02);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        int build = (int) Math.max(1, Math.round(c.threshold(BUILD_WEEKS)));
        Windows w = c.windows();
        int m = c.weekIndex();
        int first = m - 7 * build;
        if (w.historyDays(first) < 1 || w.anyTripDay(first, m + 6)) {
            return List.of();
        }
        double rise = c.threshold(MIN_RISE);
        double[] loads = new double[build + 1];
        double peak = 0;
        for (int k = build; k >= 0; k--) {
            double l = w.trainingLoad(m - 7 * k);
            loads[build - k] = l;
            peak = Math.max(peak, l);
        }
        double now = loads[build];
        double steady = loads[0];
        if (peak <= 0 || !Bounds.over(now, steady * (1 + rise))) {
            return List.of();
        }
        double step = c.threshold(STEP_RISE);
        int rises = 0;
        for (int i = 1; i < loads.length; i++) {
            if (Bounds.over(loads[i], loads[i - 1] * (1 + step))) {
                rises++;
            }
        }
        if (rises * 2 <= build) {
            return List.of();
        }
        double light = c.threshold(LIGHT_FRACTION);
        for (double l : loads) {
            if (!Bounds.over(l, light * peak)) {
                return List.of();
            }
        }
        double lightest = Double.POSITIVE_INFINITY;
        for (double l : loads) {
            lightest = Math.min(lightest, l);
        }
        double target = Math.max(steady, light * peak);
        var days = WeekLoads.loadDays(c);
        double top = peak;
        int rose = rises;
        return List.of(Finding.lazy(ID, Severity.WARN, c.weekStart(), days, lightest / peak, light, "of peak", SOURCE,
                () -> {
                    var list = new ArrayList<String>(loads.length);
                    for (double l : loads) {
                        list.add(Words.au(l));
                    }
                    return "The load rose in " + rose + " of the last " + build + " weeks (" + String.join(", ", list)
                            + "), " + Math.round((now / steady - 1) * 100) + " % in all, with no lighter week: none is"
                            + " at or below " + Math.round(light * 100) + " % of the peak (" + au(light * top) + ")";
                },
                () -> "Adaptation happens in the lighter weeks; three build weeks and one easier is the usual rhythm.",
                () -> new Suggestion.Advice(spread(c, days, now, target))));
    }

    /** Every changeable outing of the week shortened by the same share, so the week lands at {@code target}. */
    private static String spread(WeekContext c, List<LocalDate> days, double now, double target) {
        double keep = target / now;
        var parts = new ArrayList<String>();
        for (var o : Suggestions.changeable(c, days).stream()
                .sorted(java.util.Comparator.comparing(dev.switchback.engine.Outing::date)).toList()) {
            double m = Math.max(15, Math.floor(o.minutes() * keep / 5) * 5);
            if (m < o.minutes()) {
                parts.add(Words.name(o) + " " + Words.duration(o.minutes()) + " to "
                        + Words.duration(m));
            }
        }
        String head = "Make this a lighter week at about " + au(target) + " (the level the build started from, "
                + au(now - target) + " less): shorten each outing by about " + Math.round((1 - keep) * 100) + " %";
        return parts.isEmpty() ? head : head + ": " + String.join(", ", parts);
    }
}
