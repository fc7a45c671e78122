package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.au;
import static dev.switchback.engine.rules.Bounds.over;
import static dev.switchback.engine.rules.Words.ratio;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
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
        LocalDate w = c.weekStart();
        double now = WeekLoads.trainingLoad(c, w);
        if (now <= 0) {
            return List.of();
        }
        var days = WeekLoads.loadDays(c, w);
        // Both comparisons are made; the one furthest over its threshold is reported, and the cut
        // suggested satisfies both.
        double cut = 0;
        double worst = 0;
        String message = null;
        double measured = 0;
        double limit = 0;
        String whose = "";
        boolean shortHistory = false;
        for (int back = 1; back <= 2; back++) {
            LocalDate before = w.minusWeeks(back);
            double threshold = c.threshold(back == 1 ? WARN_RATIO : TWO_WEEK_RATIO);
            if (WeekLoads.hasTripDay(c, before, before.plusDays(6))) {
                continue;
            }
            double then = WeekLoads.trainingLoad(c, before);
            if (then <= 0) {
                continue;
            }
            double r = now / then;
            if (!over(r, threshold)) {
                continue;
            }
            cut = Math.max(cut, now - threshold * then + 1);
            if (r / threshold > worst) {
                worst = r / threshold;
                String when = back == 1 ? "last week's" : "the load two weeks ago";
                whose = back == 1 ? "last week's load" : "the load two weeks ago";
                message = "This week's load (" + au(now) + ") is " + ratio(r) + "x " + when + " (" + au(then) + ")";
                measured = r;
                limit = threshold;
                shortHistory = c.historyDays(before) < 1;
            }
        }
        if (message == null) {
            return List.of();
        }
        if (shortHistory) {
            return List.of(new Finding(ID, Severity.INFO, w, days, measured, limit, "x",
                    message + "; the plan starts too late in that week to judge the ramp",
                    "A ramp needs a full week to compare with.", SOURCE,
                    new dev.switchback.engine.Suggestion.Advice("No change needed yet")));
        }
        return List.of(new Finding(ID, Severity.WARN, w, days, measured, limit, "x", message,
                "Novice runners who raised their volume by more than 30 % over two weeks had more"
                        + " distance-related injuries (Nielsen 2014).", SOURCE,
                Suggestions.cut(c, days, cut, "Take about " + au(cut) + " off this week to stay within "
                        + Math.round((limit - 1) * 100) + " % above " + whose)));
    }
}
