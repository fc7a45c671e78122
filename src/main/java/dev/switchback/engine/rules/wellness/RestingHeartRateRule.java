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
import java.util.Arrays;
import dev.switchback.model.Experience;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        int minDays = (int) week.threshold(DAYS);
        int window = (int) week.threshold(WINDOW);
        Plan plan = week.plan();
        CheckIns checkIns = CheckIns.of(week);
        long monday = week.weekStart().toEpochDay();
        if (minDays >= 1 && !checkIns.anyHeartRate(monday - (window - 1L), monday + 6)) {
            return List.of(); // no resting heart rate in any day's window: none raised
        }
        double aboveBpm = week.threshold(ABOVE_BPM);
        int baselineDays = (int) week.threshold(BASELINE_DAYS);
        Optional<Integer> own = plan.athlete().restingHeartRate();
        int[] readings = null; // the baseline's readings, made for the first day that needs a median
        // the last day of the week on which it holds, its baseline and its raised days
        long latest = Long.MIN_VALUE;
        double latestBaseline = 0;
        long[] latestElevated = null;
        for (int i = 0; i < 7; i++) {
            long d = monday + i;
            long windowStart = d - (window - 1L);
            // a raised day is a day of the window with a reading: with fewer readings than minDays, none can hold
            // (the baseline, a median of the days before, is not worked out)
            if (checkIns.heartRates(windowStart, d) < minDays) {
                continue;
            }
            double baseline;
            if (own.isPresent()) {
                baseline = own.get();
            } else {
                if (readings == null) {
                    readings = new int[Math.max(0, baselineDays)];
                }
                int n = 0;
                for (long x = windowStart - baselineDays; x < windowStart; x++) {
                    int r = checkIns.restingHeartRate(x);
                    if (r != CheckIns.NONE) {
                        readings[n++] = r;
                    }
                }
                if (n < MIN_BASELINE_READINGS) {
                    continue;
                }
                Arrays.sort(readings, 0, n);
                baseline = n % 2 == 1 ? readings[n / 2] : (readings[n / 2 - 1] + readings[n / 2]) / 2.0;
            }
            double limit = baseline + aboveBpm;
            int elevated = 0;
            for (long x = windowStart; x <= d; x++) {
                int r = checkIns.restingHeartRate(x);
                if (r != CheckIns.NONE && r >= limit) {
                    elevated++;
                }
            }
            if (elevated < minDays) {
                continue;
            }
            var days = new long[elevated];
            int k = 0;
            for (long x = windowStart; x <= d; x++) {
                int r = checkIns.restingHeartRate(x);
                if (r != CheckIns.NONE && r >= limit) {
                    days[k++] = x;
                }
            }
            latest = d;
            latestBaseline = baseline;
            latestElevated = days;
        }
        if (latestElevated == null) {
            return List.of();
        }
        var elevated = new ArrayList<LocalDate>(latestElevated.length);
        for (long x : latestElevated) {
            elevated.add(LocalDate.ofEpochDay(x));
        }
        LocalDate d = LocalDate.ofEpochDay(latest);
        LocalDate windowStart = d.minusDays(window - 1L);
        double baseline = latestBaseline;
        String basis = own.isPresent() ? "your resting heart rate of " : "your usual (median) ";
        return List.of(Finding.lazy(ID, Severity.WARN, week.weekStart(), elevated, elevated.size(), minDays,
                "days raised", SOURCE, () -> "Resting heart rate was " + SignalWords.num(aboveBpm) + " bpm or more above "
                        + basis + SignalWords.num(baseline) + " bpm on " + elevated.size() + " of the " + window
                        + " days " + SignalWords.span(windowStart, d) + " (" + SignalWords.days(elevated) + ").",
                () -> "A morning heart rate that stays raised can mean incomplete recovery, a coming illness or"
                        + " heat stress; on its own it is an inconsistent marker, so read it with sleep, fatigue and"
                        + " motivation.",
                () -> HardSessions.easeNextHard(week, d,
                        "Keep the next days easy and check for signs of illness before training hard again.")));
    }
}
