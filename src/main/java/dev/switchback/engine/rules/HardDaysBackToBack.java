package dev.switchback.engine.rules;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Outing;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
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
        int warn = (int) Math.max(2, Math.round(c.threshold(WARN_RUN)));
        int block = (int) Math.max(warn, Math.round(c.threshold(BLOCK_RUN)));
        var found = new ArrayList<Finding>();
        LocalDate sunday = c.weekStart().plusDays(6);
        for (LocalDate end = c.weekStart(); !end.isAfter(sunday); end = end.plusDays(1)) {
            if (!c.day(end).hard() || c.day(end.plusDays(1)).hard() && !end.equals(sunday)) {
                continue;
            }
            var run = new ArrayList<LocalDate>();
            for (LocalDate d = end; c.day(d).hard() && c.historyDays(d) > 0; d = d.minusDays(1)) {
                run.add(0, d);
            }
            if (run.size() < warn) {
                continue;
            }
            if (end.equals(sunday) && c.day(sunday.plusDays(1)).hard()) {
                continue; // the run goes on: reported in the week of its last day
            }
            boolean blocks = run.size() >= block;
            found.add(new Finding(ID, blocks ? Severity.BLOCK : Severity.WARN, c.weekStart(), run, run.size(),
                    blocks ? block : warn, "days",
                    Words.dayList(run) + (run.size() == 2 ? " are both hard days" : " are all hard days"),
                    "Hard days need about 48 hours between them; back to back they add fatigue faster than fitness.",
                    blocks ? BLOCK_SOURCE : SOURCE, suggestion(c, run)));
        }
        return found;
    }

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
