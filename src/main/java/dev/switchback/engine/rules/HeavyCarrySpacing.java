package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.mass;

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
 * Rule 12: heavy carries (pack >= 20 % of body mass for >= 2 h) closer together than one per 7 days.
 * Reported on the first heavy carry of the week, not a trip day, that has another within the 6 days
 * before it; a trip's heavy stages count among those others (issue 11, item 3), a trip is never reported.
 */
public final class HeavyCarrySpacing implements Rule {
    public static final String ID = "heavy-carry-spacing";
    static final Threshold HEAVY_FRACTION = new Threshold(ID, "heavyFraction");
    static final Threshold MIN_MINUTES = new Threshold(ID, "minMinutes");
    static final Threshold MAX_PER_WINDOW = new Threshold(ID, "maxPerWindow");
    static final Threshold WINDOW_DAYS = new Threshold(ID, "windowDays");
    static final Source SOURCE = new Source("US Army Public Health Center (one heavy ruck march every 10-14 days);"
            + " Orr/Coyle review", Evidence.SECONDARY);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Heavy carries too close";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("heavyFraction", 0.20, "minMinutes", 120.0, "maxPerWindow", 1.0, "windowDays", 7.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        int m = c.weekIndex();
        double heavy = c.threshold(HEAVY_FRACTION);
        double body = c.plan().athlete().bodyMassKg();
        double minutes = Double.NaN;
        for (int i = m; i < m + 7; i++) {
            if (!mayCarry(w, i, heavy, body) || w.tripDay(i)) {
                continue;
            }
            if (Double.isNaN(minutes)) {
                minutes = c.threshold(MIN_MINUTES);
            }
            if (!heavyCarry(w, i, heavy, minutes, body)) {
                continue;
            }
            int max = (int) Math.max(1, Math.round(c.threshold(MAX_PER_WINDOW)));
            int window = (int) Math.max(1, Math.round(c.threshold(WINDOW_DAYS)));
            var days = new ArrayList<LocalDate>();
            for (int k = window - 1; k >= 0; k--) {
                if (heavyCarry(w, i - k, heavy, minutes, body)) {
                    days.add(w.date(i - k));
                }
            }
            if (days.size() <= max) {
                continue;
            }
            double min = minutes;
            return List.of(Finding.lazy(ID, Severity.WARN, c.weekStart(), days, days.size(), max, "carries", SOURCE,
                    () -> Words.dayList(days) + (days.size() == 2 ? " are both" : " are all") + " heavy carries ("
                            + Math.round(heavy * 100) + " % of body mass or more for " + Words.duration(min)
                            + " or longer) within " + window + " days",
                    () -> "Heavy loaded marches need 2-3 days to recover from and are best spaced 10-14 days apart.",
                    () -> suggestion(c, days, heavy, min, body)));
        }
        return List.of();
    }

    private static Suggestion suggestion(WeekContext c, List<LocalDate> days, double heavy, double minutes,
            double body) {
        double cap = Bounds.floorTenth(heavy * body - 0.05);
        // lighten the latest carry that is alone on its day (a second heavy carry that day would stay)
        for (int i = days.size() - 1; i >= 0; i--) {
            LocalDate day = days.get(i);
            List<Outing> carries = c.outings(day).stream()
                    .filter(x -> Bounds.atLeast(x.packKg() / body, heavy) && Bounds.atLeast(x.minutes(), minutes))
                    .toList();
            if (carries.size() == 1 && Suggestions.canChange(c, carries.get(0))) {
                return new Suggestion.CapPack(carries.get(0).session().orElseThrow(), cap, "Carry at most " + mass(cap)
                        + " on " + Words.dayName(day) + " (under " + Math.round(heavy * 100)
                        + " % of body mass), or move it 10 to 14 days after the last heavy carry");
            }
        }
        return new Suggestion.Advice("Leave 10 to 14 days before the next heavy carry");
    }

    /** False when no outing of the day can be a heavy carry: the day's heaviest pack is below the line. */
    private static boolean mayCarry(Windows w, int i, double heavy, double body) {
        return Bounds.atLeast(w.heaviestPack(i) / body, heavy);
    }

    /**
     * The day has a heavy carry; a trip's stage counts (it was carried), though a trip day is never reported.
     * Read off the day's numbers where they answer it; only a day with several outings, one with the pack and
     * one long, builds its outings.
     */
    private static boolean heavyCarry(Windows w, int i, double heavy, double minutes, double body) {
        if (!mayCarry(w, i, heavy, body) || !Bounds.atLeast(w.longest(i), minutes)) {
            return false; // no outing of the day has the pack, or none is long enough
        }
        if (!w.tripDay(i) && w.training(i) == 1) {
            return true; // its one outing has the day's heaviest pack and its longest time
        }
        for (Outing o : w.outings(i)) {
            if (Bounds.atLeast(o.packKg() / body, heavy) && Bounds.atLeast(o.minutes(), minutes)) {
                return true;
            }
        }
        return false;
    }
}
