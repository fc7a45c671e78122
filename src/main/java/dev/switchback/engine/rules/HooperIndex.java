package dev.switchback.engine.rules;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
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
        double sumLimit = c.threshold(SUM_LIMIT);
        int sumDays = (int) Math.max(1, Math.round(c.threshold(SUM_DAYS)));
        double itemLimit = c.threshold(ITEM_LIMIT);
        int itemDays = (int) Math.max(1, Math.round(c.threshold(ITEM_DAYS)));
        var found = new ArrayList<Finding>();
        LocalDate monday = c.weekStart();
        // staleness: a hard day while an item has been above the limit for more than itemDays days,
        // with no rest day since the run passed the limit
        boolean blocked = false;
        for (LocalDate h : WeekLoads.weekDays(monday)) {
            if (!c.day(h).hard()) {
                continue;
            }
            LocalDate runEnd = h.minusDays(1);
            List<LocalDate> run = run(c, runEnd, w -> maxItem(w) > itemLimit + Bounds.EPS);
            if (run.size() <= itemDays) {
                continue;
            }
            boolean rested = false;
            for (LocalDate d = run.get(itemDays); d.isBefore(h); d = d.plusDays(1)) {
                rested |= c.day(d).rest();
            }
            if (rested) {
                continue;
            }
            Optional<Outing> hard = c.outings(h).stream().filter(Outing::hard).findFirst();
            Suggestion s = hard.filter(o -> Suggestions.canChange(c, o))
                    .<Suggestion>map(o -> new Suggestion.ReplaceWithRest(o.session().orElseThrow(), "Replace "
                            + Words.name(o) + " with a rest day"))
                    .orElse(new Suggestion.Advice("Plan a rest day before the next hard session"));
            blocked = true;
            found.add(new Finding(ID, Severity.BLOCK, monday, List.of(h), run.size(), itemDays, "days",
                    "A wellness item has been worse than " + Math.round(itemLimit) + " for " + run.size()
                            + " days in a row, and " + Words.dayName(h) + " is still a hard day",
                    "Ratings this poor for more than a week are the staleness sign of overreaching; hard training on top"
                            + " deepens it.", BLOCK_SOURCE, s));
        }
        for (LocalDate d : WeekLoads.weekDays(monday)) {
            List<LocalDate> run = run(c, d, w -> maxItem(w) > itemLimit + Bounds.EPS);
            if (!blocked && run.size() == itemDays + 1) {
                found.add(new Finding(ID, Severity.WARN, monday, run, run.size(), itemDays, "days",
                        "A wellness item has been worse than " + Math.round(itemLimit) + " for " + run.size()
                                + " days in a row, up to " + Words.longDate(d),
                        "Ratings this poor for more than a week are the staleness sign of overreaching.", BLOCK_SOURCE,
                        new Suggestion.Advice("Plan a rest day and keep the next days easy")));
            }
        }
        for (LocalDate d : WeekLoads.weekDays(monday)) {
            List<LocalDate> run = run(c, d, w -> w.hooperSum() > sumLimit + Bounds.EPS);
            boolean continues = wellness(c, d.plusDays(1)).map(w -> w.hooperSum() > sumLimit + Bounds.EPS)
                    .orElse(false);
            if (run.size() < sumDays || continues && !d.equals(monday.plusDays(6))) {
                continue;
            }
            if (continues) {
                continue; // reported in the week the run ends
            }
            double worst = run.stream().mapToInt(x -> wellness(c, x).orElseThrow().hooperSum()).max().orElse(0);
            found.add(new Finding(ID, Severity.WARN, monday, run, run.size(), sumDays, "days",
                    "Your Hooper index (sleep, stress, fatigue, soreness) was above " + Math.round(sumLimit) + " on "
                            + run.size() + " days in a row, up to " + Math.round(worst),
                    "A Hooper sum above " + Math.round(sumLimit) + " signals high fatigue; several such days in a row"
                            + " call for easier training.", SOURCE, easeNextHard(c, d, sumLimit)));
        }
        return found;
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

    private static List<LocalDate> run(WeekContext c, LocalDate end, java.util.function.Predicate<Wellness> bad) {
        var run = new ArrayList<LocalDate>();
        for (LocalDate d = end; ; d = d.minusDays(1)) {
            Optional<Wellness> w = wellness(c, d);
            if (w.isEmpty() || !bad.test(w.get())) {
                break;
            }
            run.add(0, d);
        }
        return run;
    }

    private static int maxItem(Wellness w) {
        return Math.max(Math.max(w.sleepQuality(), w.stress()), Math.max(w.fatigue(), w.soreness()));
    }

    private static Optional<Wellness> wellness(WeekContext c, LocalDate d) {
        return c.wellnessOn(d);
    }
}
