package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Bounds.over;
import static dev.switchback.engine.rules.Words.one;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Windows;
import dev.switchback.model.Experience;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule 7: the weekly rise of fitness (CTL) as a percentage of CTL at the start of the week
 * (domain-notes 8.1: never the TSS figures on AU). Weeks with trip days, and a week right after
 * one, are not judged.
 */
public final class CtlRamp implements Rule {
    public static final String ID = "ctl-ramp";
    static final Threshold WARN_PCT = new Threshold(ID, "warnPct");
    static final Threshold BLOCK_PCT = new Threshold(ID, "blockPct");
    static final Source SOURCE = new Source("Friel; Couzens (CTL ramp), scaled to % of CTL", Evidence.SECONDARY);
    static final Source BLOCK_SOURCE = new Source("Friel; Couzens, scaled to % of CTL; block level is judgement",
            Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Fitness (CTL) ramp";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return preset == Experience.NOVICE ? Map.of("warnPct", 6.0, "blockPct", 8.0)
                : Map.of("warnPct", 8.0, "blockPct", 10.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        int m = c.weekIndex();
        if (w.anyTripDay(m - 7, m + 6)) {
            return List.of();
        }
        double ramp = w.ctlRampPct(m);
        if (Double.isNaN(ramp)) {
            return List.of();
        }
        double warn = c.threshold(WARN_PCT);
        if (!over(ramp, warn)) {
            return List.of();
        }
        double block = c.threshold(BLOCK_PCT);
        double before = w.anyTripDay(m - 14, m - 8) ? Double.NaN : w.ctlRampPct(m - 7);
        boolean blocks = over(ramp, block) && !Double.isNaN(before) && over(before, block);
        double threshold = blocks ? block : warn;
        double c0 = orZero(w.ctl(m - 1));
        double c1 = orZero(w.ctl(m + 6));
        var days = WeekLoads.loadDays(c);
        LocalDate monday = c.weekStart();
        return List.of(Finding.lazy(ID, blocks ? Severity.BLOCK : Severity.WARN, monday, days, ramp, threshold,
                "%/week", blocks ? BLOCK_SOURCE : SOURCE,
                () -> "Fitness (CTL) rises " + one(ramp) + " % this week, from " + one(c0) + " to " + one(c1)
                        + " AU a day" + (blocks ? ", the second week running above " + one(block) + " %" : ""),
                () -> "Coaches keep the weekly rise of fitness small; faster rises are rarely sustained without a"
                        + " breakdown.",
                () -> suggestion(c, monday, c0, c1, threshold)));
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0.0 : v;
    }

    /**
     * CTL at Sunday falls by L/42 x (41/42)^(6-i) for each AU taken off day i of the week: take the
     * cut where it weighs most, on one changeable outing.
     */
    private static Suggestion suggestion(WeekContext c, LocalDate monday, double c0, double c1, double threshold) {
        double excess = c1 - c0 * (1 + threshold / 100);
        Outing best = null;
        double bestGain = 0;
        for (Outing o : Suggestions.changeable(c, WeekLoads.weekDays(monday))) {
            int i = (int) (o.date().toEpochDay() - monday.toEpochDay());
            double w = Math.pow(41.0 / 42, 6 - i) / 42;
            if (o.au() * w > bestGain) {
                bestGain = o.au() * w;
                best = o;
            }
        }
        String advice = "Take some load off this week: CTL should rise at most " + one(threshold) + " %";
        if (best == null || bestGain <= excess) {
            return new Suggestion.Advice(advice);
        }
        int i = (int) (best.date().toEpochDay() - monday.toEpochDay());
        double w = Math.pow(41.0 / 42, 6 - i) / 42;
        double cutAu = excess / w * 1.01 + 1;
        double keep = Math.floor(best.minutes() * (best.au() - cutAu) / best.au() - Bounds.ROUNDING);
        if (cutAu < best.au() && keep >= 15) {
            return new Suggestion.Shorten(best.session().orElseThrow(), Duration.ofMinutes((long) keep),
                    "Shorten " + Words.name(best) + " from " + Words.duration(best.minutes()) + " to "
                            + Words.duration(keep));
        }
        return new Suggestion.ReplaceWithRest(best.session().orElseThrow(), "Replace " + Words.name(best)
                + " with a rest day");
    }
}
