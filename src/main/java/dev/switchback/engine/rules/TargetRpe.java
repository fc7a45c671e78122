package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.num;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Outing;
import dev.switchback.engine.PlannedEffort;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.Windows;
import dev.switchback.model.Experience;
import dev.switchback.model.Athlete;
import dev.switchback.model.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A target RPE questioned (issue 11, item 8): a planned session whose target RPE is at least
 * {@code gap} below the engine's own estimate for its kind, pack, climb, terrain and duration
 * ({@link PlannedEffort#estimate}). The target stays the load's RPE (the runner knows best); the
 * finding says the target may have been set for a different session, say before the pack went from
 * 7 to 25 kg, and offers to use the estimate. One finding a week, on the widest gap.
 */
public final class TargetRpe implements Rule {
    public static final String ID = "target-rpe";
    static final Threshold GAP = new Threshold(ID, "gap");
    static final Source SOURCE = new Source("Foster 2001 (session RPE); Pandolf 1977 (pack); the gap is judgement",
            Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Target RPE below the estimate";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("gap", 2.0);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        double gap = c.threshold(GAP);
        Outing worst = null;
        Session worstSession = null;
        double worstRpe = 0;
        double worstGap = 0;
        double worstTarget = 0;
        Windows w = c.windows();
        int m = c.weekIndex();
        // only sessions from today on may change (Suggestions.canChange)
        int from = Math.max(m, w.today());
        int candidates = from < m + 7 ? candidateDays(c, w, from, m + 6, gap) : 0;
        if (candidates == 0) {
            return List.of();
        }
        // the outings the loop judged are the day's counted planned sessions, which the plan lists in the outings'
        // order (date, then id): read from the sessions, and only the worst one's outing is built
        List<Session> sessions = c.plan().sessions();
        Athlete athlete = c.plan().athlete();
        long last = w.epochDay(m + 6);
        int worstDay = -1;
        for (int k = ByDate.firstOnOrAfter(sessions, Session::date, w.date(from)); k < sessions.size(); k++) {
            Session s = sessions.get(k);
            long d = s.date().toEpochDay();
            if (d > last) {
                break;
            }
            int i = (int) (d - w.epochDay(0));
            if ((candidates & (1 << (i - m))) == 0 || !Bounds.atLeast(w.widestTargetGap(i), gap)) {
                continue; // no session of the day is that far below its estimate (or the day's logs count)
            }
            // an outing a suggestion may change: a planned session (not a rest day) that no log names
            if (s.isRest() || s.targetRpe().isEmpty() || w.logged(s.id())) {
                continue;
            }
            // the number alone here; the estimate's sentence is made for the worst session only, below
            double rpe = PlannedEffort.estimatedRpe(s, athlete);
            if (Double.isNaN(rpe)) {
                continue;
            }
            double target = s.targetRpe().get();
            double g = rpe - target;
            if (Bounds.atLeast(g, gap) && g > worstGap + Bounds.EPS) {
                worstSession = s;
                worstDay = i;
                worstRpe = rpe;
                worstGap = g;
                worstTarget = target;
            }
        }
        if (worstSession != null) {
            var id = Optional.of(worstSession.id());
            for (Outing o : w.outings(worstDay)) {
                if (!o.fromTrip() && o.session().equals(id)) {
                    worst = o;
                    break;
                }
            }
        }
        if (worst == null) {
            return List.of();
        }
        Outing o = worst;
        Session planned = worstSession;
        double rpe = worstRpe; // PlannedEffort.estimate's RPE: its sentence is made when the message is read
        double g = worstGap;
        double target = worstTarget;
        var found = new ArrayList<Finding>(1);
        found.add(Finding.lazy(ID, Severity.WARN, c.weekStart(), List.of(worst.date()), worstGap, gap, "RPE", SOURCE,
                () -> Words.name(o) + " is planned at RPE " + num(target) + ", " + Words.one(g)
                        + " below the engine's estimate of RPE " + Words.one(rpe) + " for it ("
                        + PlannedEffort.estimate(planned, athlete).orElseThrow().markedHow() + ")",
                () -> WHY,
                () -> new Suggestion.UseEstimatedEffort(o.session().orElseThrow(), rpe,
                        "Use the estimate: RPE " + Words.one(rpe) + " instead of " + num(target) + " for "
                                + Words.name(o) + " (or lower its pack or climb)")));
        return found;
    }

    /**
     * The days from {@code from} to {@code to} of the week (bit {@code i - weekIndex}) with a planned session,
     * not a rest day, with a duration and a target RPE at least {@code gap} below its estimate: the sessions
     * {@link Windows#widestTargetGap} judges, before it leaves out the logged ones. A day without one has no such
     * gap, so its gap (a hash lookup of each session's log) and its outings are not read; one search of the plan's
     * sessions (in date order) for the week.
     */
    private static int candidateDays(WeekContext c, Windows w, int from, int to, double gap) {
        List<Session> sessions = c.plan().sessions();
        Athlete athlete = c.plan().athlete();
        int m = c.weekIndex();
        long last = w.epochDay(to);
        int days = 0;
        for (int k = ByDate.firstOnOrAfter(sessions, Session::date, w.date(from)); k < sessions.size(); k++) {
            Session s = sessions.get(k);
            long d = s.date().toEpochDay();
            if (d > last) {
                break;
            }
            if (s.targetRpe().isEmpty()) {
                continue;
            }
            // NaN for a rest day or a session without a duration: not judged
            double rpe = PlannedEffort.estimatedRpe(s, athlete);
            if (Bounds.atLeast(rpe - s.targetRpe().get(), gap)) {
                days |= 1 << (int) (d - w.epochDay(m));
            }
        }
        return days;
    }

    private static final String WHY = "The target RPE is the load's RPE: set for a lighter pack or a flatter route, it"
            + " hides the load of this session from every other rule.";
}
