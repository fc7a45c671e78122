package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Suggestions.canChange;
import static dev.switchback.engine.rules.Words.dayName;
import static dev.switchback.engine.rules.Words.duration;
import static dev.switchback.engine.rules.Words.name;
import static dev.switchback.engine.rules.Bounds.over;
import static dev.switchback.engine.rules.Words.ratio;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rule 1: the longest outing of a day against the longest of the 30 days before it (BJSM 2025).
 * Trip days are not judged (a trip is a goal; {@link TripPreparation} checks the build-up).
 */
public final class LongestSessionSpike implements Rule {
    public static final String ID = "longest-session-spike";
    static final Threshold WARN_RATIO = new Threshold(ID, "warnRatio");
    static final Threshold BLOCK_RATIO = new Threshold(ID, "blockRatio");
    static final Threshold WINDOW_DAYS = new Threshold(ID, "windowDays");
    static final Source SOURCE = new Source("BJSM 2025 cohort of 5,205 runners (single-run spikes)",
            Evidence.PEER_REVIEWED);
    static final Source BLOCK_SOURCE = new Source("BJSM 2025 cohort of 5,205 runners; block level is judgement",
            Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Longest-session spike";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("warnRatio", 1.1, "blockRatio", preset == Experience.NOVICE ? 1.5 : 2.0, "windowDays", 30.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        int m = c.weekIndex();
        double warn = c.threshold(WARN_RATIO);
        int window = (int) Math.max(1, c.threshold(WINDOW_DAYS));
        int worstDay = Integer.MIN_VALUE;
        double worst = 0;
        double worstPrev = 0;
        boolean shortHistory = false;
        for (int i = m; i < m + 7; i++) {
            double longest = w.longest(i);
            if (w.tripDay(i) || longest <= 0) {
                continue;
            }
            double prev = w.longestBefore(i, window);
            if (prev <= 0) {
                continue;
            }
            double r = longest / prev;
            if (over(r, warn) && r > worst) {
                worst = r;
                worstDay = i;
                worstPrev = prev;
                shortHistory = w.historyDays(i - 1) < window;
            }
        }
        if (worstDay == Integer.MIN_VALUE) {
            return List.of();
        }
        LocalDate day = w.date(worstDay);
        // the outing named is needed by the sentences and the suggestion only: the day's outings are built when
        // one of them is read (most of a long plan's findings never are)
        int at = worstDay;
        Supplier<Outing> longest = new Once<>(() -> w.outings(at).stream().max(Comparator.comparingDouble(
                Outing::minutes).thenComparing(o -> o.load().session().map(Object::toString).orElse("")))
                .orElseThrow());
        double r = worst;
        double prev = worstPrev;
        if (shortHistory) {
            return List.of(Finding.lazy(ID, Severity.INFO, c.weekStart(), List.of(day), worst, warn, "x", SOURCE,
                    () -> message(longest.get(), r, window, prev) + "; with fewer than " + window
                            + " days on record this is only a hint",
                    () -> "A spike can only be judged against a full month of history.",
                    () -> new Suggestion.Advice("Log or plan the weeks before so the spike can be judged")));
        }
        double block = c.threshold(BLOCK_RATIO);
        boolean blocks = over(worst, block);
        return List.of(Finding.lazy(ID, blocks ? Severity.BLOCK : Severity.WARN, c.weekStart(), List.of(day), worst,
                blocks ? block : warn, "x", blocks ? BLOCK_SOURCE : SOURCE, () -> message(longest.get(), r, window, prev),
                () -> "A single run longer than the longest of the previous 30 days raised overuse-injury risk by"
                        + " half or more in 5,205 runners; " + dayName(day) + " is such a run.",
                () -> suggestion(c, longest.get(), warn, window, prev)));
    }

    private static String message(Outing longest, double r, int window, double prev) {
        return name(longest) + " (" + duration(longest.minutes()) + ") is " + ratio(r)
                + "x your longest outing of the previous " + window + " days (" + duration(prev) + ")";
    }

    private static Suggestion suggestion(WeekContext c, Outing longest, double warn, int window, double prev) {
        double keep = Math.floor(prev * warn + Bounds.ROUNDING);
        return canChange(c, longest)
                ? new Suggestion.Shorten(longest.session().orElseThrow(), Duration.ofMinutes((long) keep),
                        "Shorten " + name(longest) + " to " + duration(keep) + " (" + Math.round((warn - 1) * 100)
                                + " % above your longest of the last " + window + " days)")
                : new Suggestion.Advice("Keep the next long outings within " + Math.round((warn - 1) * 100)
                        + " % of " + duration(prev) + " and build up from there");
    }
}
