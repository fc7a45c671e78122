package dev.switchback.engine.rules;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Windows;
import dev.switchback.model.Experience;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule 14 (wellness, Hooper index): a run of daily check-ins with the Hooper sum above
 * {@code sumLimit} for {@code sumDays} days or more (WARN); any Hooper item above
 * {@code itemLimit} for more than {@code itemDays} days (staleness) blocks the hard days that follow
 * within a week, until a rest day comes. Runs are reported in the week of their last day. Further
 * overreaching signals live in {@code rules.wellness}.
 */
public final class HooperIndex implements Rule {
    public static final String ID = "wellness-hooper";
    /** The first words of the item and the sum findings (their leads: ties are told apart without the messages). */
    private static final String ITEM_LEAD = "A wellness item has been worse than ";
    private static final String SUM_LEAD = "Your Hooper index (sleep, stress, fatigue, soreness) was above ";
    /** A sum above this on {@code sumDays} days in a row warns; also the strip's "high fatigue". */
    public static final Threshold SUM_LIMIT = new Threshold(ID, "sumLimit");
    static final Threshold SUM_DAYS = new Threshold(ID, "sumDays");
    static final Threshold ITEM_LIMIT = new Threshold(ID, "itemLimit");
    static final Threshold ITEM_DAYS = new Threshold(ID, "itemDays");
    /** Used only by the strip's bands ({@link HooperBands}): a sum above it is "watch". */
    public static final Threshold WATCH_LIMIT = new Threshold(ID, "watchLimit");
    static final Source SOURCE = new Source("Hooper and Mackinnon 1995; bands are practitioner convention",
            Evidence.SECONDARY);
    static final Source BLOCK_SOURCE = new Source("Hooper and Mackinnon 1995; Meeusen et al. 2013 consensus",
            Evidence.SECONDARY);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Wellness (Hooper index)";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("sumLimit", 12.0, "sumDays", 3.0, "itemLimit", 5.0, "itemDays", 7.0, "watchLimit", 8.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        CheckIns checkIns = CheckIns.of(c);
        int m = c.weekIndex();
        // every finding reads a check-in of Sunday before the week to its own Sunday (the day before a hard day, or
        // the last day of a run): without one, nothing to report and no threshold read
        if (checkIns.count(w.epochDay(m - 1), w.epochDay(m + 6)) == 0) {
            return List.of();
        }
        double sumLimit = c.threshold(SUM_LIMIT);
        int sumDays = (int) Math.max(1, Math.round(c.threshold(SUM_DAYS)));
        double itemLimit = c.threshold(ITEM_LIMIT);
        int itemDays = (int) Math.max(1, Math.round(c.threshold(ITEM_DAYS)));
        // every run below is a run of days above a limit, counted once per plan's check-ins and limit (CheckIns.Runs:
        // the same days as walking back from each day); and every finding needs one of those days above a limit (its
        // worst item, or its sum): most weeks have none, and then nothing else is read
        CheckIns.Runs items = checkIns.itemRuns(itemLimit);
        CheckIns.Runs sums = checkIns.sumRuns(sumLimit);
        boolean above = false;
        for (int d = m - 1; d <= m + 6 && !above; d++) {
            long e = w.epochDay(d);
            above = items.upTo(e) > 0 || sums.upTo(e) > 0;
        }
        if (!above) {
            return List.of();
        }
        List<Finding> found = null;
        LocalDate monday = c.weekStart();
        // staleness: a hard day while an item has been above the limit for more than itemDays days,
        // with no rest day since the run passed the limit
        boolean blocked = false;
        for (int h = m; h < m + 7; h++) {
            if (!w.hard(h)) {
                continue;
            }
            int runEnd = h - 1;
            int size = items.upTo(w.epochDay(runEnd));
            if (size <= itemDays) {
                continue;
            }
            boolean rested = false;
            for (int d = runEnd - size + 1 + itemDays; d < h; d++) {
                rested |= w.rest(d);
            }
            if (rested) {
                continue;
            }
            blocked = true;
            LocalDate day = w.date(h);
            int hi = h;
            found = add(found, Finding.lazy(ID, Severity.BLOCK, monday, List.of(day), size, itemDays, "days",
                    BLOCK_SOURCE, ITEM_LEAD, () -> ITEM_LEAD + Math.round(itemLimit) + " for " + size
                            + " days in a row, and " + Words.dayName(day) + " is still a hard day",
                    () -> "Ratings this poor for more than a week are the staleness sign of overreaching; hard"
                            + " training on top deepens it.",
                    () -> {
                        Optional<Outing> hard = w.outings(hi).stream().filter(Outing::hard).findFirst();
                        return hard.filter(o -> Suggestions.canChange(c, o))
                                .<Suggestion>map(o -> new Suggestion.ReplaceWithRest(o.session().orElseThrow(),
                                        "Replace " + Words.name(o) + " with a rest day"))
                                .orElse(new Suggestion.Advice("Plan a rest day before the next hard session"));
                    }));
        }
        if (!blocked) {
            for (int d = m; d < m + 7; d++) {
                int size = items.upTo(w.epochDay(d));
                if (size == itemDays + 1) {
                    LocalDate end = w.date(d);
                    found = add(found, Finding.lazy(ID, Severity.WARN, monday, dates(w, d, size), size, itemDays,
                            "days", BLOCK_SOURCE, ITEM_LEAD, () -> ITEM_LEAD + Math.round(itemLimit)
                                    + " for " + size + " days in a row, up to " + Words.longDate(end),
                            () -> "Ratings this poor for more than a week are the staleness sign of overreaching.",
                            () -> new Suggestion.Advice("Plan a rest day and keep the next days easy")));
                }
            }
        }
        for (int d = m; d < m + 7; d++) {
            int size = sums.upTo(w.epochDay(d));
            if (size < sumDays) {
                continue;
            }
            if (sums.upTo(w.epochDay(d + 1)) > 0) { // the next day is above too
                continue; // reported in the week the run ends
            }
            int worst = 0;
            for (int i = d - size + 1; i <= d; i++) {
                worst = Math.max(worst, checkIns.sum(w.epochDay(i)));
            }
            LocalDate end = w.date(d);
            int top = worst;
            found = add(found, Finding.lazy(ID, Severity.WARN, monday, dates(w, d, size), size, sumDays, "days",
                    SOURCE, SUM_LEAD, () -> SUM_LEAD + Math.round(sumLimit)
                            + " on " + size + " days in a row, up to " + Math.round(top),
                    () -> "A Hooper sum above " + Math.round(sumLimit) + " signals high fatigue; several such days in"
                            + " a row call for easier training.",
                    () -> easeNextHard(c, end, sumLimit)));
        }
        return found == null ? List.of() : found;
    }

    private static List<Finding> add(List<Finding> found, Finding f) {
        List<Finding> list = found == null ? new ArrayList<>(1) : found;
        list.add(f);
        return list;
    }

    /** The days {@code end - size + 1 .. end}. */
    private static List<LocalDate> dates(Windows w, int end, int size) {
        var list = new ArrayList<LocalDate>(size);
        for (int i = end - size + 1; i <= end; i++) {
            list.add(w.date(i));
        }
        return list;
    }

    private static Suggestion easeNextHard(WeekContext c, LocalDate d, double sumLimit) {
        for (LocalDate h = d.plusDays(1); !h.isAfter(d.plusDays(7)); h = h.plusDays(1)) {
            if (c.day(h).hard()) {
                Optional<Outing> o = c.outings(h).stream().filter(Outing::hard).findFirst();
                if (o.isPresent() && Suggestions.canChange(c, o.get())) {
                    return Suggestions.ease(c, o.get());
                }
            }
        }
        return new Suggestion.Advice("Keep the next days easy until the index is back to "
                + Math.round(sumLimit) + " or under");
    }

}
