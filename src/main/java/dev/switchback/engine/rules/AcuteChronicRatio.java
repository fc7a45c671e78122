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
        double warn = c.threshold(WARN_RATIO);
        double low = c.threshold(LOW_RATIO);
        LocalDate worstDay = null;
        double worst = 0;
        boolean missing = false;
        LocalDate tripDay = null;
        double tripWorst = 0;
        for (LocalDate d : WeekLoads.weekDays(c.weekStart())) {
            var day = c.day(d);
            if (day.tripDay() || WeekLoads.hasTripDay(c, d.minusDays(7), d.minusDays(1))) {
                // the chart flags these days too: say why, without judging the trip as a spike
                Optional<Double> r = c.metrics(d).acwr().asOptional();
                if (r.isPresent() && over(r.get(), warn) && r.get() > tripWorst) {
                    tripWorst = r.get();
                    tripDay = d;
                }
                continue;
            }
            if (day.rest()) {
                continue;
            }
            Optional<Double> r = c.metrics(d).acwr().asOptional();
            if (r.isEmpty()) {
                missing |= c.historyDays(d) < 28;
                continue;
            }
            if (over(r.get(), warn) && r.get() > worst) {
                worst = r.get();
                worstDay = d;
            }
        }
        if (worstDay != null) {
            return List.of(warn(c, worstDay, worst, warn));
        }
        if (tripDay != null) {
            LocalDate d = tripDay;
            return List.of(new Finding(ID, Severity.INFO, c.weekStart(), List.of(d), tripWorst, warn, "",
                    "On " + dayName(d) + " your last 7 days weigh " + ratio(tripWorst) + "x your last 28 days"
                            + " (acute:chronic ratio, above the chart's spike line at " + ratio(warn) + ") because of "
                            + (c.day(d).tripDay() ? "the trip that day" : "the trip of the days before"),
                    "A trip is a goal, not a spike to avoid; its preparation is judged by trip-preparation. The"
                            + " ratio is information: rest or go easy in the days after the trip.", SOURCE,
                    new Suggestion.Advice("No change needed; keep the days after the trip easy")));
        }
        if (missing && WeekLoads.isFirstWeek(c)) {
            // said once, in the plan's first week: the later weeks without a ratio show it as null
            LocalDate sunday = c.weekStart().plusDays(6);
            LocalDate from = sunday.minusDays(c.historyDays(sunday) - 1L).plusDays(27);
            return List.of(new Finding(ID, Severity.INFO, c.weekStart(), List.of(), Optional.empty(), warn, "",
                    "The acute:chronic ratio needs 28 days of history; it is judged from "
                            + Words.longDate(from) + " on",
                    "A ratio against a chronic load of less than four weeks says nothing.", SOURCE,
                    new Suggestion.Advice("No change needed")));
        }
        LocalDate sunday = c.weekStart().plusDays(6);
        Optional<Double> end = c.metrics(sunday).acwr().asOptional();
        if (end.isPresent() && under(end.get(), low) && !WeekLoads.hasTripDay(c, sunday.minusDays(13), sunday)
                && WeekLoads.trainingLoad(c, c.weekStart()) > 0) {
            return List.of(new Finding(ID, Severity.INFO, c.weekStart(), List.of(sunday), end.get(), low, "",
                    "The acute:chronic ratio falls to " + ratio(end.get()) + " by Sunday: this week is much lighter"
                            + " than your usual",
                    "Long stretches well below your usual load lose fitness; fine for a recovery week.", SOURCE,
                    new Suggestion.Advice("Fine for a recovery or taper week; otherwise return to your usual load")));
        }
        return List.of();
    }

    private Finding warn(WeekContext c, LocalDate day, double r, double warn) {
        var outings = Suggestions.changeable(c, List.of(day));
        Suggestion s;
        if (outings.isEmpty()) {
            s = new Suggestion.Advice("Make " + dayName(day) + " easier or spread its load over later weeks");
        } else {
            Outing o = outings.get(0);
            // The ratio on the day with its load lowered by x: (A - 0.25 x) / (C - 0.069 x) = warn.
            double acute = c.acuteEwma(day);
            double chronic = c.chronicEwma(day);
            double x = (acute - warn * chronic) / (ACUTE - warn * CHRONIC) * 1.01 + 1;
            double keep = Math.floor(o.minutes() * (o.au() - x) / o.au() - 1e-6);
            if (x > 0 && x < o.au() && keep >= 15) {
                s = new Suggestion.Shorten(o.session().orElseThrow(), Duration.ofMinutes((long) keep),
                        "Shorten " + name(o) + " from " + Words.duration(o.minutes()) + " to "
                                + Words.duration(keep));
            } else {
                s = new Suggestion.ReplaceWithRest(o.session().orElseThrow(), "Replace " + name(o)
                        + " with a rest day");
            }
        }
        return new Finding(ID, Severity.WARN, c.weekStart(), List.of(day), r, warn, "",
                "On " + dayName(day) + " your last 7 days weigh " + ratio(r) + "x your last 28 days (acute:chronic"
                        + " ratio, " + au(c.day(day).loadAu()) + " that day)",
                "A sudden jump above your usual load is a common flag for overload; the ratio is disputed, so treat"
                        + " it as a hint.", SOURCE, s);
    }
}
