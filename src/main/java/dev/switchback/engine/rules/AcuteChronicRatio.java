package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.au;
import static dev.switchback.engine.rules.Words.dayName;
import static dev.switchback.engine.rules.Words.name;
import static dev.switchback.engine.rules.Bounds.over;
import static dev.switchback.engine.rules.Words.ratio;
import static dev.switchback.engine.rules.Bounds.under;

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
 * Rule 3: EWMA acute:chronic workload ratio (Williams 2017, 7/28 days), a soft spike flag only.
 * Judged on training days that are not trip days and not within 7 days after a trip (the trip's
 * load stays in the acute average for days; resting through it is what is wanted). Where a trip day
 * or a day after one is above the line (the Charts tab flags it), an INFO explains it: an ACWR spike
 * is information, never a BLOCK (domain-notes 9).
 */
public final class AcuteChronicRatio implements Rule {
    public static final String ID = "acwr";
    static final Threshold WARN_RATIO = new Threshold(ID, "warnRatio");
    static final Threshold LOW_RATIO = new Threshold(ID, "lowRatio");
    static final Source SOURCE = new Source("Williams et al. 2017; Hulin et al. 2016; disputed (Lolli 2019,"
            + " Impellizzeri 2021)", Evidence.SECONDARY);
    static final double ACUTE = 2.0 / 8;
    static final double CHRONIC = 2.0 / 29;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Acute:chronic workload ratio";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("warnRatio", preset == Experience.NOVICE ? 1.3 : 1.5, "lowRatio", 0.8);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        int m = c.weekIndex();
        double warn = c.threshold(WARN_RATIO);
        int worstDay = Integer.MIN_VALUE;
        double worst = 0;
        boolean missing = false;
        int tripDay = Integer.MIN_VALUE;
        double tripWorst = 0;
        for (int i = m; i < m + 7; i++) {
            if (w.tripDay(i) || w.anyTripDay(i - 7, i - 1)) {
                // the chart flags these days too: say why, without judging the trip as a spike
                double r = w.acwr(i);
                if (!Double.isNaN(r) && over(r, warn) && r > tripWorst) {
                    tripWorst = r;
                    tripDay = i;
                }
                continue;
            }
            if (w.rest(i)) {
                continue;
            }
            double r = w.acwr(i);
            if (Double.isNaN(r)) {
                missing |= w.historyDays(i) < 28;
                continue;
            }
            if (over(r, warn) && r > worst) {
                worst = r;
                worstDay = i;
            }
        }
        if (worstDay != Integer.MIN_VALUE) {
            return List.of(warn(c, w.date(worstDay), worst, warn, w.load(worstDay)));
        }
        if (tripDay != Integer.MIN_VALUE) {
            LocalDate d = w.date(tripDay);
            double r = tripWorst;
            boolean onTrip = w.tripDay(tripDay);
            return List.of(Finding.lazy(ID, Severity.INFO, c.weekStart(), List.of(d), tripWorst, warn, "", SOURCE,
                    () -> "On " + dayName(d) + " your last 7 days weigh " + ratio(r) + "x your last 28 days"
                            + " (acute:chronic ratio, above the chart's spike line at " + ratio(warn) + ") because of "
                            + (onTrip ? "the trip that day" : "the trip of the days before"),
                    () -> TRIP_WHY, () -> new Suggestion.Advice("No change needed; keep the days after the trip easy")));
        }
        int sunday = m + 6;
        if (missing && WeekLoads.isFirstWeek(c)) {
            // said once, in the plan's first week: the later weeks without a ratio show it as null
            LocalDate from = w.date(sunday - (w.historyDays(sunday) - 1) + 27);
            return List.of(Finding.lazy(ID, Severity.INFO, c.weekStart(), List.of(), Optional.empty(), warn, "",
                    SOURCE, () -> "The acute:chronic ratio needs 28 days of history; it is judged from "
                            + Words.longDate(from) + " on",
                    () -> "A ratio against a chronic load of less than four weeks says nothing.",
                    () -> new Suggestion.Advice("No change needed")));
        }
        double end = w.acwr(sunday);
        if (Double.isNaN(end)) {
            return List.of();
        }
        double low = c.threshold(LOW_RATIO);
        if (under(end, low) && !w.anyTripDay(sunday - 13, sunday) && w.trainingLoad(m) > 0) {
            return List.of(Finding.lazy(ID, Severity.INFO, c.weekStart(), List.of(w.date(sunday)), end, low, "",
                    SOURCE, () -> "The acute:chronic ratio falls to " + ratio(end) + " by Sunday: this week is much"
                            + " lighter than your usual",
                    () -> "Long stretches well below your usual load lose fitness; fine for a recovery week.",
                    () -> new Suggestion.Advice("Fine for a recovery or taper week; otherwise return to your usual"
                            + " load")));
        }
        return List.of();
    }

    private static final String TRIP_WHY = "A trip is a goal, not a spike to avoid; its preparation is judged by"
            + " trip-preparation. The ratio is information: rest or go easy in the days after the trip.";
    private static final String WARN_WHY = "A sudden jump above your usual load is a common flag for overload; the"
            + " ratio is disputed, so treat it as a hint.";

    private Finding warn(WeekContext c, LocalDate day, double r, double warn, double dayLoad) {
        return Finding.lazy(ID, Severity.WARN, c.weekStart(), List.of(day), r, warn, "", SOURCE,
                () -> "On " + dayName(day) + " your last 7 days weigh " + ratio(r) + "x your last 28 days"
                        + " (acute:chronic ratio, " + au(dayLoad) + " that day)",
                () -> WARN_WHY, () -> suggestion(c, day, warn));
    }

    private static Suggestion suggestion(WeekContext c, LocalDate day, double warn) {
        var outings = Suggestions.changeable(c, List.of(day));
        if (outings.isEmpty()) {
            return new Suggestion.Advice("Make " + dayName(day) + " easier or spread its load over later weeks");
        }
        Outing o = outings.get(0);
        // The ratio on the day with its load lowered by x: (A - 0.25 x) / (C - 0.069 x) = warn.
        double acute = c.acuteEwma(day);
        double chronic = c.chronicEwma(day);
        double x = (acute - warn * chronic) / (ACUTE - warn * CHRONIC) * 1.01 + 1;
        double keep = Math.floor(o.minutes() * (o.au() - x) / o.au() - Bounds.ROUNDING);
        if (x > 0 && x < o.au() && keep >= 15) {
            return new Suggestion.Shorten(o.session().orElseThrow(), Duration.ofMinutes((long) keep),
                    "Shorten " + name(o) + " from " + Words.duration(o.minutes()) + " to " + Words.duration(keep));
        }
        return new Suggestion.ReplaceWithRest(o.session().orElseThrow(), "Replace " + name(o) + " with a rest day");
    }
}
