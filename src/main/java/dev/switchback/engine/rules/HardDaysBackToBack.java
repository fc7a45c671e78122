package dev.switchback.engine.rules;

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
 * Rule 5: runs of consecutive hard days ({@link dev.switchback.engine.HardDay}); a run is reported
 * in the week of its last day. Trip days are never hard days.
 */
public final class HardDaysBackToBack implements Rule {
    public static final String ID = "hard-days-back-to-back";
    static final Threshold WARN_RUN = new Threshold(ID, "warnRun");
    static final Threshold BLOCK_RUN = new Threshold(ID, "blockRun");
    static final Source SOURCE = new Source("Bowerman hard/easy; Busso 2002 (recovery lengthens with frequency)",
            Evidence.CONVENTION);
    static final Source BLOCK_SOURCE = new Source("Bowerman hard/easy; Busso 2002; block level is judgement",
            Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Hard days back to back";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("warnRun", 2.0, "blockRun", 3.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        Windows w = c.windows();
        int m = c.weekIndex();
        int sunday = m + 6;
        List<Finding> found = null;
        int warn = 0;
        int block = 0;
        for (int end = m; end <= sunday; end++) {
            if (!w.hard(end) || w.hard(end + 1) && end != sunday) {
                continue;
            }
            int start = end;
            while (w.hard(start - 1) && w.historyDays(start - 1) > 0) {
                start--;
            }
            if (!(w.hard(end) && w.historyDays(end) > 0)) {
                continue; // no run: a day before the plan
            }
            int size = end - start + 1;
            if (warn == 0) {
                warn = (int) Math.max(2, Math.round(c.threshold(WARN_RUN)));
                block = (int) Math.max(warn, Math.round(c.threshold(BLOCK_RUN)));
            }
            if (size < warn) {
                continue;
            }
            if (end == sunday && w.hard(sunday + 1)) {
                continue; // the run goes on: reported in the week of its last day
            }
            var dates = new LocalDate[size];
            for (int i = start; i <= end; i++) {
                dates[i - start] = w.date(i);
            }
            List<LocalDate> run = List.of(dates); // unmodifiable: the finding keeps it without a copy
            boolean blocks = size >= block;
            if (found == null) {
                found = new ArrayList<>(1);
            }
            found.add(Finding.lazy(ID, blocks ? Severity.BLOCK : Severity.WARN, c.weekStart(), run, size,
                    blocks ? block : warn, "days", blocks ? BLOCK_SOURCE : SOURCE,
                    () -> Words.dayList(run) + (run.size() == 2 ? " are both hard days" : " are all hard days"),
                    () -> WHY, () -> suggestion(c, run)));
        }
        return found == null ? List.of() : found;
    }

    private static final String WHY = "Hard days need about 48 hours between them; back to back they add fatigue faster"
            + " than fitness.";

    private static Suggestion suggestion(WeekContext c, List<LocalDate> run) {
        // Moving the second day's hard outing breaks a run of 2 or 3 into hard, easy, hard; the first
        // and the later days are tried next. A day with two hard outings stays hard when one moves.
        var order = new ArrayList<LocalDate>();
        order.add(run.get(1));
        order.add(run.get(0));
        order.addAll(run.subList(2, run.size()));
        for (LocalDate day : order) {
            List<Outing> hard = c.outings(day).stream().filter(Outing::hard).toList();
            if (hard.size() != 1) {
                continue;
            }
            Suggestion s = Suggestions.moveOrEase(c, hard.get(0), day.minusDays(6), day.plusDays(6));
            if (s.isMechanical()) {
                return s;
            }
        }
        return new Suggestion.Advice("Put an easy day between " + Words.dayList(run.subList(0, 2)));
    }
}
