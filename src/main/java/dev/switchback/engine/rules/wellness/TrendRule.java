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
        // the ratings of the days the week's windows read, once: baseline and recent days before Monday, then the week
        CheckIns checkIns = CheckIns.of(week);
        long monday = week.weekStart().toEpochDay();
        int span = Math.max(0, recentDays - 1) + Math.max(0, baselineDays);
        long firstDay = monday - span;
        int[] values = new int[span + 7];
        for (int k = 0; k < values.length; k++) {
            values[k] = checkIns.rating(firstDay + k, rating);
        }
        int latest = -1;
        double latestRecent = 0;
        double latestBase = 0;
        for (int i = 0; i < 7; i++) {
            int d = span + i; // index of the day in values
            int recentStart = d - (recentDays - 1);
            long[] recent = sumAndCount(values, recentStart, d);
            if (recent[1] < recentDays) {
                continue;
            }
            int baseEnd = recentStart - 1;
            long[] base = sumAndCount(values, baseEnd - (baselineDays - 1), baseEnd);
            if (base[1] < minBaseline) {
                continue;
            }
            double recentMean = recent[1] == 0 ? 0 : (double) recent[0] / recent[1];
            double baseMean = base[1] == 0 ? 0 : (double) base[0] / base[1];
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
        List<LocalDate> dates = recentStart.datesUntil(d.plusDays(1)).toList();
        return List.of(Finding.lazy(id, Severity.WARN, week.weekStart(), dates, round1(delta), worseBy, "points worse",
                source, () -> itemName + " has got worse: " + SignalWords.num(round1(recentMean)) + " on average "
                        + SignalWords.span(recentStart, d) + " against " + SignalWords.num(round1(baseMean))
                        + " over the " + baselineDays + " days before (1 best, 7 worst; "
                        + SignalWords.num(round1(delta)) + " points worse, threshold " + SignalWords.num(worseBy) + ").",
                this::why, () -> HardSessions.easeNextHard(week, d, advice())));
    }

    /**
     * The sum and count of the ratings from {@code from} to {@code to} (indexes into {@code values}, both
     * inclusive; days before the array's first have no rating): the average as {@code IntStream.average}
     * makes it, {@code (double) sum / count}.
     */
    private static long[] sumAndCount(int[] values, int from, int to) {
        long sum = 0;
        long count = 0;
        for (int k = Math.max(0, from); k <= to && k < values.length; k++) {
            if (values[k] != CheckIns.NONE) {
                sum += values[k];
                count++;
            }
        }
        return new long[] {sum, count};
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
