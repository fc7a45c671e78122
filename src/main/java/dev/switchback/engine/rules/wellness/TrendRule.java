package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Tolerance;
import dev.switchback.engine.rules.CheckIns;
import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.Threshold;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.Plan;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.ArrayList;
import dev.switchback.model.Experience;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * A wellness item getting worse: on a day d of the week, the mean of the last {@code recentDays}
 * check-ins (d and the days before it, all present) is at least {@code worseBy} points worse than
 * the mean over the {@code baselineDays} before them (at least {@code minBaseline} check-ins).
 * Reported once per week, for the last day on which it holds.
 */
abstract class TrendRule implements Rule {

    private final String id;
    private final String title;
    private final String itemName;
    private final ToIntFunction<Wellness> rating;
    private final Source source;
    private final Threshold recentDaysT;
    private final Threshold baselineDaysT;
    private final Threshold minBaselineT;
    private final Threshold worseByT;

    TrendRule(String id, String title, String itemName, ToIntFunction<Wellness> rating, Source source) {
        this.id = id;
        this.title = title;
        this.itemName = itemName;
        this.rating = rating;
        this.source = source;
        this.recentDaysT = new Threshold(id, "recentDays");
        this.baselineDaysT = new Threshold(id, "baselineDays");
        this.minBaselineT = new Threshold(id, "minBaseline");
        this.worseByT = new Threshold(id, "worseBy");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("recentDays", 3.0, "baselineDays", 14.0, "minBaseline", 7.0, "worseBy", 1.5);
    }

    @Override
    public String title() {
        return title;
    }

    /** Why a worsening of this item matters, one or two sentences. */
    abstract String why();

    /** What to do when there is no hard session to ease. */
    abstract String advice();

    @Override
    public List<Finding> check(WeekContext week) {
        int recentDays = (int) week.threshold(recentDaysT);
        int baselineDays = (int) week.threshold(baselineDaysT);
        int minBaseline = (int) week.threshold(minBaselineT);
        double worseBy = week.threshold(worseByT);
        // the counts and sums of ratings over each window are differences of prefix sums by day (CheckIns)
        CheckIns checkIns = CheckIns.of(week);
        long monday = week.weekStart().toEpochDay();
        // the days a window may read: the baseline and recent days before Monday, then the week (with odd
        // thresholds, such as no recent days, a window is cut to them)
        long firstDay = monday - (Math.max(0, recentDays - 1) + Math.max(0, baselineDays));
        long lastDay = monday + 6;
        CheckIns.Ratings ratings = null; // the item's sums, looked up once the week has a window to compare
        int latest = -1;
        double latestRecent = 0;
        double latestBase = 0;
        for (int i = 0; i < 7; i++) {
            long d = monday + i;
            long recentStart = d - (recentDays - 1);
            long recentFrom = Math.max(firstDay, recentStart);
            int recentCount = checkIns.count(recentFrom, d);
            if (recentCount < recentDays) {
                continue;
            }
            long baseEnd = Math.min(lastDay, recentStart - 1);
            long baseFrom = Math.max(firstDay, recentStart - 1 - (baselineDays - 1));
            int baseCount = checkIns.count(baseFrom, baseEnd);
            if (baseCount < minBaseline) {
                continue;
            }
            if (ratings == null) {
                ratings = checkIns.ratings(rating);
            }
            long recentSum = ratings.sum(recentFrom, d);
            long baseSum = ratings.sum(baseFrom, baseEnd);
            double recentMean = recentCount == 0 ? 0 : (double) recentSum / recentCount;
            double baseMean = baseCount == 0 ? 0 : (double) baseSum / baseCount;
            double delta = recentMean - baseMean;
            if (delta + Tolerance.EPS < worseBy) {
                continue;
            }
            latest = i;
            latestRecent = recentMean;
            latestBase = baseMean;
        }
        if (latest < 0) {
            return List.of();
        }
        LocalDate d = week.weekStart().plusDays(latest);
        LocalDate recentStart = d.minusDays(recentDays - 1L);
        double recentMean = latestRecent;
        double baseMean = latestBase;
        double delta = recentMean - baseMean;
        // the recent days, written out: a stream per finding (datesUntil) was about a third of the two trend rules' time
        List<LocalDate> dates;
        if (recentDays >= 1) {
            var days = new ArrayList<LocalDate>(recentDays);
            for (LocalDate x = recentStart; !x.isAfter(d); x = x.plusDays(1)) {
                days.add(x);
            }
            dates = List.copyOf(days);
        } else { // no recent days asked for: as datesUntil reads it (empty, or refused)
            dates = recentStart.datesUntil(d.plusDays(1)).toList();
        }
        return List.of(Finding.lazy(id, Severity.WARN, week.weekStart(), dates, round1(delta), worseBy, "points worse",
                source, () -> itemName + " has got worse: " + SignalWords.num(round1(recentMean)) + " on average "
                        + SignalWords.span(recentStart, d) + " against " + SignalWords.num(round1(baseMean))
                        + " over the " + baselineDays + " days before (1 best, 7 worst; "
                        + SignalWords.num(round1(delta)) + " points worse, threshold " + SignalWords.num(worseBy) + ").",
                this::why, () -> HardSessions.easeNextHard(week, d, advice())));
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
