package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.rules.CheckIns;
import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.Threshold;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import dev.switchback.model.Experience;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Resting heart rate at least {@code aboveBpm} (7) above baseline on at least {@code days} (3) of the
 * last {@code window} (5) days. Baseline: the athlete's resting heart rate, else the median of the
 * {@code baselineDays} (14) days before the window (at least 7 readings; fewer and the rule is
 * silent). Reported once per week, for the last day on which it holds.
 */
public final class RestingHeartRateRule implements Rule {
    public static final String ID = "resting-hr-elevated";
    static final Threshold ABOVE_BPM = new Threshold(ID, "aboveBpm");
    static final Threshold DAYS = new Threshold(ID, "days");
    static final Threshold WINDOW = new Threshold(ID, "window");
    static final Threshold BASELINE_DAYS = new Threshold(ID, "baselineDays");
    static final int MIN_BASELINE_READINGS = 7;
    static final Source SOURCE = new Source(
            "Meeusen et al. 2013 consensus (resting heart rate is an inconsistent marker on its own);"
                    + " 7 bpm on 3 of 5 days: judgement", Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("aboveBpm", 7.0, "days", 3.0, "window", 5.0, "baselineDays", 14.0);
    }

    @Override
    public String title() {
        return "Resting heart rate above baseline";
    }

    @Override
    public List<Finding> check(WeekContext week) {
        double aboveBpm = week.threshold(ABOVE_BPM);
        int minDays = (int) week.threshold(DAYS);
        int window = (int) week.threshold(WINDOW);
        int baselineDays = (int) week.threshold(BASELINE_DAYS);
        Plan plan = week.plan();
        long monday = week.weekStart().toEpochDay();
        if (minDays >= 1 && !CheckIns.of(week).anyHeartRate(monday - (window - 1L), monday + 6)) {
            return List.of(); // no resting heart rate in any day's window: none raised
        }
        Optional<Finding> latest = Optional.empty();
        for (int i = 0; i < 7; i++) {
            LocalDate d = week.weekStart().plusDays(i);
            LocalDate windowStart = d.minusDays(window - 1L);
            OptionalDouble baseline = baseline(week, windowStart, baselineDays);
            if (baseline.isEmpty()) {
                continue;
            }
            double limit = baseline.getAsDouble() + aboveBpm;
            var elevated = new ArrayList<LocalDate>();
            for (LocalDate x = windowStart; !x.isAfter(d); x = x.plusDays(1)) {
                if (PlanIndex.of(week).wellnessOn(x).flatMap(w -> w.restingHeartRate()).filter(r -> r >= limit).isPresent()) {
                    elevated.add(x);
                }
            }
            if (elevated.size() < minDays) {
                continue;
            }
            String basis = plan.athlete().restingHeartRate().isPresent() ? "your resting heart rate of "
                    : "your usual (median) ";
            String message = "Resting heart rate was " + SignalWords.num(aboveBpm) + " bpm or more above " + basis
                    + SignalWords.num(baseline.getAsDouble()) + " bpm on " + elevated.size() + " of the " + window
                    + " days " + SignalWords.span(windowStart, d) + " (" + SignalWords.days(elevated) + ").";
            String why = "A morning heart rate that stays raised can mean incomplete recovery, a coming illness or"
                    + " heat stress; on its own it is an inconsistent marker, so read it with sleep, fatigue and"
                    + " motivation.";
            latest = Optional.of(new Finding(ID, Severity.WARN, week.weekStart(), elevated, elevated.size(),
                    minDays, "days raised", message, why, SOURCE, HardSessions.easeNextHard(week, d,
                            "Keep the next days easy and check for signs of illness before training hard again.")));
        }
        return latest.map(List::of).orElse(List.of());
    }

    private static OptionalDouble baseline(WeekContext week, LocalDate windowStart, int baselineDays) {
        Plan plan = week.plan();
        Optional<Integer> own = plan.athlete().restingHeartRate();
        if (own.isPresent()) {
            return OptionalDouble.of(own.get());
        }
        var values = new ArrayList<Integer>();
        for (LocalDate x = windowStart.minusDays(baselineDays); x.isBefore(windowStart); x = x.plusDays(1)) {
            PlanIndex.of(week).wellnessOn(x).flatMap(w -> w.restingHeartRate()).ifPresent(values::add);
        }
        if (values.size() < MIN_BASELINE_READINGS) {
            return OptionalDouble.empty();
        }
        values.sort(Integer::compare);
        int n = values.size();
        return OptionalDouble.of(n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2.0);
    }
}
