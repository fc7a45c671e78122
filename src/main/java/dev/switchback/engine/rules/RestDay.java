package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.longDate;

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

/**
 * Rule 6: a rest day (no load at all) at least every 7 days. The streak of days with load ending
 * in this week (on a day followed by rest) is counted back; days before and after the plan count as rest. A
 * streak running on past Sunday is reported in the week it ends and shown in every week it touches. A
 * streak that touches a trip day
 * is left to {@link TripBuffer}.
 */
public final class RestDay implements Rule {
    public static final String ID = "rest-day";
    static final Threshold WARN_DAYS = new Threshold(ID, "warnDays");
    static final Threshold BLOCK_DAYS = new Threshold(ID, "blockDays");
    static final Source SOURCE = new Source("Weekly rest day: coaching convention; Busso 2002", Evidence.CONVENTION);
    static final Source BLOCK_SOURCE = new Source("Weekly rest day: convention; 14-day block is judgement",
            Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Rest day";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("warnDays", 7.0, "blockDays", 14.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        int m = c.weekIndex();
        int longestStart = 0;
        int longestSize = 0;
        for (int end = m; end < m + 7; end++) {
            if (!w.rest(end + 1)) {
                continue; // not the run's last day: a run is reported in the week it ends (and shown in each it touches)
            }
            boolean trip = false;
            int d = end;
            for (; !w.rest(d) && w.historyDays(d) > 0; d--) {
                trip |= w.tripDay(d);
            }
            int size = end - d;
            if (!trip && size > longestSize) {
                longestSize = size;
                longestStart = d + 1;
            }
        }
        int warn = (int) Math.max(2, Math.round(c.threshold(WARN_DAYS)));
        if (longestSize < warn) {
            return List.of();
        }
        int block = (int) Math.max(warn, Math.round(c.threshold(BLOCK_DAYS)));
        var longest = new ArrayList<LocalDate>(longestSize);
        for (int i = longestStart; i < longestStart + longestSize; i++) {
            longest.add(w.date(i));
        }
        boolean blocks = longest.size() >= block;
        LocalDate from = longest.get(0);
        LocalDate to = longest.get(longest.size() - 1);
        return List.of(Finding.lazy(ID, blocks ? Severity.BLOCK : Severity.WARN, c.weekStart(), longest,
                longest.size(), blocks ? block : warn, "days", blocks ? BLOCK_SOURCE : SOURCE,
                () -> "No rest day for " + longest.size() + " days in a row, " + longDate(from) + " to " + longDate(to),
                () -> "Recovery takes longer the more sessions a week there are (Busso 2002); a weekly day off lets it"
                        + " catch up.", () -> suggestion(c, longest, warn)));
    }

    /** The single-outing day in the streak whose rest leaves the shortest pieces, easiest first. */
    private static Suggestion suggestion(WeekContext c, List<LocalDate> streak, int warn) {
        Outing best = null;
        int bestPiece = Integer.MAX_VALUE;
        for (int i = 0; i < streak.size(); i++) {
            List<Outing> os = c.outings(streak.get(i));
            if (os.size() != 1 || !Suggestions.canChange(c, os.get(0))) {
                continue;
            }
            Outing o = os.get(0);
            int piece = Math.max(i, streak.size() - 1 - i) * 2 + (o.hard() ? 1 : 0);
            if (piece < bestPiece || piece == bestPiece && best != null && o.au() < best.au()) {
                bestPiece = piece;
                best = o;
            }
        }
        if (best == null) {
            return new Suggestion.Advice("Take a day off within the next " + (warn - 1) + " days");
        }
        return new Suggestion.ReplaceWithRest(best.session().orElseThrow(), "Make " + Words.dayName(best.date())
                + " a rest day (instead of " + Words.lowerFirst(best.title()) + ")");
    }
}
