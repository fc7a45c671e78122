package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Tolerance;
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
        Plan plan = week.plan();
        Optional<Finding> latest = Optional.empty();
        for (int i = 0; i < 7; i++) {
            LocalDate d = week.weekStart().plusDays(i);
            LocalDate recentStart = d.minusDays(recentDays - 1L);
            List<Integer> recent = ratings(week, recentStart, d);
            if (recent.size() < recentDays) {
                continue;
            }
            LocalDate baseEnd = recentStart.minusDays(1);
            List<Integer> base = ratings(week, baseEnd.minusDays(baselineDays - 1L), baseEnd);
            if (base.size() < minBaseline) {
                continue;
            }
            double recentMean = mean(recent);
            double baseMean = mean(base);
            double delta = recentMean - baseMean;
            if (delta + Tolerance.EPS < worseBy) {
                continue;
            }
            List<LocalDate> dates = recentStart.datesUntil(d.plusDays(1)).toList();
            String message = itemName + " has got worse: " + SignalWords.num(round1(recentMean)) + " on average "
                    + SignalWords.span(recentStart, d) + " against " + SignalWords.num(round1(baseMean)) + " over the "
                    + baselineDays + " days before (1 best, 7 worst; " + SignalWords.num(round1(delta))
                    + " points worse, threshold " + SignalWords.num(worseBy) + ").";
            latest = Optional.of(new Finding(id, Severity.WARN, week.weekStart(), dates, round1(delta), worseBy,
                    "points worse", message, why(), source, HardSessions.easeNextHard(week, d, advice())));
        }
        return latest.map(List::of).orElse(List.of());
    }

    private List<Integer> ratings(WeekContext week, LocalDate from, LocalDate to) {
        var values = new ArrayList<Integer>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            PlanIndex.of(week).wellnessOn(d).ifPresent(w -> values.add(rating.applyAsInt(w)));
        }
        return values;
    }

    private static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
