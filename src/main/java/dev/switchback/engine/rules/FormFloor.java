package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Bounds.under;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Windows;
import dev.switchback.model.Experience;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule 8: form % = TSB / CTL x 100 going into a training day (the evening before: yesterday's
 * metrics), below the floor. Trip days and the 7 days after a trip are not judged.
 */
public final class FormFloor implements Rule {
    public static final String ID = "form-floor";
    static final Threshold WARN_PCT = new Threshold(ID, "warnPct");
    static final Threshold STRONG_DAYS = new Threshold(ID, "strongDays");
    static final Source SOURCE = new Source("Friel; intervals.icu form bands, as % of CTL", Evidence.SECONDARY);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Form floor";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("warnPct", preset == Experience.NOVICE ? -25.0 : -30.0, "strongDays", 3.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        double floor = c.threshold(WARN_PCT);
        Windows w = c.windows();
        int m = c.weekIndex();
        List<LocalDate> flagged = null;
        double worst = 0;
        boolean missing = false;
        int run = 0;
        int longestRun = 0;
        for (int i = m; i < m + 7; i++) {
            double form = w.formPct(i - 1);
            boolean low = !Double.isNaN(form) && under(form, floor);
            run = low ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
            if (w.rest(i) || w.tripDay(i) || w.anyTripDay(i - 7, i - 1)) {
                continue;
            }
            if (Double.isNaN(form)) {
                missing |= w.historyDays(i) > 0 && w.historyDays(i) <= 28;
                continue;
            }
            if (low) {
                if (flagged == null) {
                    flagged = new ArrayList<>(7);
                }
                flagged.add(w.date(i));
                worst = Math.min(worst, form);
            }
        }
        if (flagged == null) {
            if (missing && WeekLoads.isFirstWeek(c)) {
                // said once, in the plan's first week (as for the acute:chronic ratio)
                return List.of(Finding.lazy(ID, Severity.INFO, c.weekStart(), List.of(), Optional.empty(), floor, "%",
                        SOURCE, () -> "Form (TSB as % of CTL) needs 28 days of history; it is not judged yet",
                        () -> "Fitness and fatigue averages mean little before four weeks of data.",
                        () -> new Suggestion.Advice("No change needed")));
            }
            return List.of();
        }
        int strong = (int) Math.max(1, Math.round(c.threshold(STRONG_DAYS)));
        boolean longLow = longestRun >= strong;
        List<LocalDate> days = flagged;
        double lowest = worst;
        int inARow = longestRun;
        return List.of(Finding.lazy(ID, Severity.WARN, c.weekStart(), flagged, worst, floor, "%", SOURCE,
                () -> "You go into " + Words.dayList(days) + " tired: form down to " + Math.round(lowest) + " %"
                        + (longLow ? ", below " + Math.round(floor) + " % for " + inARow + " days in a row" : ""),
                () -> longLow ? "Several days deep in fatigue is how functional overreaching turns non-functional."
                        : "Training deep in fatigue builds fatigue faster than fitness.",
                () -> suggestion(c, days, floor)));
    }

    /** A rest day needs the day's only outing replaced: the first flagged day that has one. */
    private static Suggestion suggestion(WeekContext c, List<LocalDate> flagged, double floor) {
        for (LocalDate d : flagged) {
            List<Outing> os = c.outings(d);
            if (os.size() == 1 && Suggestions.canChange(c, os.get(0))) {
                return new Suggestion.ReplaceWithRest(os.get(0).session().orElseThrow(), "Make "
                        + Words.dayName(d) + " a rest day (instead of " + Words.lowerFirst(os.get(0).title())
                        + ")");
            }
        }
        return new Suggestion.Advice("Ease off for a few days until form is above " + Math.round(floor) + " %");
    }
}
