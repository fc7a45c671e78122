package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.au;
import static dev.switchback.engine.rules.Bounds.over;
import static dev.switchback.engine.rules.Words.ratio;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Windows;
import dev.switchback.model.Experience;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Rule 2: the week's load against last week's ({@code > warnRatio}) and against the week before
 * that ({@code > twoWeekRatio}, "more than 30 % over two weeks"). Trip days are left out of every
 * week; a comparison with a week that had trip days is skipped.
 */
public final class WeeklyRamp implements Rule {
    public static final String ID = "weekly-ramp";
    static final Threshold WARN_RATIO = new Threshold(ID, "warnRatio");
    static final Threshold TWO_WEEK_RATIO = new Threshold(ID, "twoWeekRatio");
    static final Source SOURCE = new Source("Nielsen et al. 2014, JOSPT; Rogalski et al. 2013", Evidence.PEER_REVIEWED);
    private static final String WHY = "Novice runners who raised their volume by more than 30 % over two weeks had"
            + " more distance-related injuries (Nielsen 2014).";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Weekly load ramp";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return preset == Experience.NOVICE ? Map.of("warnRatio", 1.2, "twoWeekRatio", 1.25)
                : Map.of("warnRatio", 1.3, "twoWeekRatio", 1.3);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        int m = c.weekIndex();
        double now = w.trainingLoad(m);
        if (now <= 0) {
            return List.of();
        }
        // Both comparisons are made; the one furthest over its threshold is reported, and the cut
        // suggested satisfies both.
        double cut = 0;
        double worst = 0;
        int worstBack = 0;
        double measured = 0;
        double limit = 0;
        double then = 0;
        boolean shortHistory = false;
        for (int back = 1; back <= 2; back++) {
            int before = m - 7 * back;
            if (w.anyTripDay(before, before + 6)) {
                continue;
            }
            double load = w.trainingLoad(before);
            if (load <= 0) {
                continue;
            }
            double threshold = c.threshold(back == 1 ? WARN_RATIO : TWO_WEEK_RATIO);
            double r = now / load;
            if (!over(r, threshold)) {
                continue;
            }
            cut = Math.max(cut, now - threshold * load + 1);
            if (r / threshold > worst) {
                worst = r / threshold;
                worstBack = back;
                then = load;
                measured = r;
                limit = threshold;
                shortHistory = w.historyDays(before) < 1;
            }
        }
        if (worstBack == 0) {
            return List.of();
        }
        var days = WeekLoads.loadDays(c);
        String when = worstBack == 1 ? "last week's" : "the load two weeks ago";
        String whose = worstBack == 1 ? "last week's load" : "the load two weeks ago";
        double r = measured;
        double was = then;
        double lim = limit;
        double cutAu = cut;
        LocalDate monday = c.weekStart();
        if (shortHistory) {
            return List.of(Finding.lazy(ID, Severity.INFO, monday, days, measured, limit, "x", SOURCE,
                    () -> message(now, r, when, was) + "; the plan starts too late in that week to judge the ramp",
                    () -> "A ramp needs a full week to compare with.",
                    () -> new Suggestion.Advice("No change needed yet")));
        }
        return List.of(Finding.lazy(ID, Severity.WARN, monday, days, measured, limit, "x", SOURCE,
                () -> message(now, r, when, was), () -> WHY,
                () -> Suggestions.cut(c, days, cutAu, "Take about " + au(cutAu) + " off this week to stay within "
                        + Math.round((lim - 1) * 100) + " % above " + whose)));
    }

    private static String message(double now, double r, String when, double then) {
        return "This week's load (" + au(now) + ") is " + ratio(r) + "x " + when + " (" + au(then) + ")";
    }
}
