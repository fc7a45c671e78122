package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.au;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Windows;
import dev.switchback.model.Experience;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule 13: before a goal (a goal trip's first day, or a goal event's date) the last 14 days should
 * average at least 40 % less load a week than the peak 7-day block of the 8 weeks before them
 * (trip days left out). Reported in the goal's week.
 */
public final class Taper implements Rule {
    public static final String ID = "taper";
    static final Threshold CUT_FRACTION = new Threshold(ID, "cutFraction");
    static final Threshold TAPER_DAYS = new Threshold(ID, "taperDays");
    static final Threshold PEAK_WEEKS = new Threshold(ID, "peakWeeks");
    static final Source SOURCE = new Source("Bosquet et al. 2007 meta-analysis (taper of ~2 weeks, volume -41..60 %)",
            Evidence.PEER_REVIEWED);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Taper before a goal";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("cutFraction", 0.40, "taperDays", 14.0, "peakWeeks", 8.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        long monday = w.epochDay(c.weekIndex());
        if (!TripIndex.anyGoal(c, monday, monday + 7)) {
            return List.of(); // no goal this week: nothing to taper for
        }
        double cutNeeded = c.threshold(CUT_FRACTION);
        int taperDays = (int) Math.max(7, Math.round(c.threshold(TAPER_DAYS)));
        int peakWeeks = (int) Math.max(1, Math.round(c.threshold(PEAK_WEEKS)));
        var found = new ArrayList<Finding>();
        for (var goal : TripIndex.goals(c, c.weekStart(), c.weekStart().plusDays(7)).entrySet()) {
            int taperStart = w.index(goal.getKey()) - taperDays;
            if (w.historyDays(taperStart - 7) < 1) {
                continue;
            }
            double taper = load(w, taperStart, taperDays);
            double perWeek = taper / taperDays * 7;
            double peak = 0;
            for (int k = 1; k <= peakWeeks; k++) {
                peak = Math.max(peak, load(w, taperStart - 7 * k, 7));
            }
            if (peak <= 0) {
                continue;
            }
            double cut = 1 - perWeek / peak;
            if (Bounds.atLeast(cut, cutNeeded)) {
                continue;
            }
            var days = new ArrayList<LocalDate>();
            for (int k = 0; k < taperDays; k++) {
                if (!w.rest(taperStart + k)) {
                    days.add(w.date(taperStart + k));
                }
            }
            double target = (1 - cutNeeded) * peak;
            double excess = taper - target * taperDays / 7 + 1;
            String name = goal.getValue();
            double top = peak;
            // the sentences and the cut (which builds the taper's outings) are made when read
            found.add(Finding.lazy(ID, Severity.WARN, c.weekStart(), days, cut * 100, cutNeeded * 100, "% below peak",
                    SOURCE, () -> "The " + taperDays + " days before " + name + " average " + au(perWeek)
                            + " a week, only " + Math.round(Math.max(0, cut) * 100) + " % below your peak week ("
                            + au(top) + ")",
                    () -> "A taper of about two weeks with 41-60 % less volume, intensity kept, brings you to the"
                            + " start fresh.",
                    () -> Suggestions.cut(c, days, excess, "Cut the last " + taperDays + " days to about "
                            + au(target) + " a week (" + Math.round(cutNeeded * 100) + " % below your peak):"
                            + " shorten the long sessions, keep some intensity")));
        }
        return found;
    }

    /** The load of {@code days} days from day {@code from} without trip days, in order (0 outside the plan). */
    private static double load(Windows w, int from, int days) {
        double s = 0;
        for (int k = 0; k < days; k++) {
            if (!w.tripDay(from + k)) {
                s += w.load(from + k);
            }
        }
        return s;
    }
}
