package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.au;
import static dev.switchback.engine.rules.Words.name;
import static dev.switchback.engine.rules.Bounds.over;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.LoadModel;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Tolerance;
import dev.switchback.engine.Windows;
import dev.switchback.format.Decimals;
import dev.switchback.model.Experience;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Rule 4: Foster's monotony over the ISO week (mean / SD of the 7 daily loads, rest days as 0,
 * capped at 10). Weeks with trip days are not judged: a trip makes days alike on purpose.
 */
public final class Monotony implements Rule {
    public static final String ID = "monotony";
    static final Threshold WARN = new Threshold(ID, "warn");
    static final Threshold INFO = new Threshold(ID, "info");
    static final Source SOURCE = new Source("Foster 1998, MSSE 30:1164; 2.0 / 1.5 thresholds are practitioner"
            + " convention", Evidence.SECONDARY);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Training monotony";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("warn", 2.0, "info", 1.5);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        int first = c.weekIndex();
        if (w.anyTripDay(first, first + 6) || w.historyDays(first) < 1) {
            return List.of();
        }
        double[] loads = new double[7];
        for (int k = 0; k < 7; k++) {
            loads[k] = w.load(first + k);
        }
        double m = LoadModel.monotony(loads);
        double info = c.threshold(INFO);
        if (!over(m, info)) {
            return List.of();
        }
        double warn = c.threshold(WARN);
        boolean warns = over(m, warn);
        double mean = 0;
        for (double x : loads) {
            mean += x / 7;
        }
        double perDay = mean;
        return List.of(Finding.lazy(ID, warns ? Severity.WARN : Severity.INFO, c.weekStart(), WeekLoads.weekDays(c), m,
                warns ? warn : info, "", SOURCE,
                () -> "The days of this week are much alike: monotony " + Decimals.fixed(m, 1)
                        + " (mean " + au(perDay) + " a day)",
                () -> "Foster found illness clustered when weekly load x monotony ran high; alternating hard, easy and"
                        + " rest days keeps it low.",
                () -> suggestion(c, w, first, loads, m)));
    }

    /** The rest day that lowers monotony most: try each changeable single-outing day. */
    private static Suggestion suggestion(WeekContext c, Windows w, int first, double[] loads, double m) {
        Outing best = null;
        double bestM = m;
        for (int k = 0; k < 7; k++) {
            List<Outing> os = w.outings(first + k);
            if (os.size() != 1 || os.get(0).hard() || !Suggestions.canChange(c, os.get(0))) {
                continue;
            }
            double[] tried = loads.clone();
            tried[k] = 0;
            double mt = LoadModel.monotony(tried);
            if (mt < bestM - Tolerance.EPS) {
                bestM = mt;
                best = os.get(0);
            }
        }
        return best == null
                ? new Suggestion.Advice("Vary the days: make the easy days easier and keep one day without training")
                : new Suggestion.ReplaceWithRest(best.session().orElseThrow(), "Replace " + name(best)
                        + " with a rest day (monotony " + Decimals.fixed(bestM, 1) + ")");
    }
}
