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
        Windows w = c.windows();
        int m = c.weekIndex();
        // only sessions from today on may change (Suggestions.canChange)
        int from = Math.max(m, w.today());
        if (from >= m + 7) {
            return List.of(); // a week before today: no threshold read
        }
        double gap = c.threshold(GAP);
        // one pass over the sessions from `from` to Sunday (the plan lists them in the outings' order: date, then
        // id), each session's estimate worked out once. A session is judged when it has a target at least `gap`
        // below its estimate and is wider than the widest so far, and only then are the dearer conditions read:
        // not a rest day (estimatedRpe is NaN for one), no log names it, and its day counts its planned sessions
        // (Windows.widestTargetGap is -Infinity on a day up to today whose logs count). Every condition is read
        // for each session alone and the widest changes only when one passes, so their order changes nothing:
        // the same session is found as by judging the days first.
        List<Session> sessions = c.plan().sessions();
        Athlete athlete = c.plan().athlete();
        Session worstSession = null;
        int worstDay = -1;
        double worstRpe = 0;
        double worstGap = 0;
        double worstTarget = 0;
        // the week's sessions by the series' day index of each: no date read
        for (int k = w.firstSessionFrom(from); k < sessions.size(); k++) {
            int i = w.sessionDay(k);
            if (i > m + 6) {
                break;
            }
            Session s = sessions.get(k);
            if (s.targetRpe().isEmpty()) {
                continue;
            }
            // the number alone here; the estimate's sentence is made for the worst session only, below
            double rpe = PlannedEffort.estimatedRpe(s, athlete); // NaN for a rest day or no duration: not judged
            double target = s.targetRpe().get();
            double g = rpe - target;
            if (!Bounds.atLeast(g, gap) || !(g > worstGap + Bounds.EPS)) {
                continue;
            }
            // an outing a suggestion may change: a planned session that no log names, on a day that counts it
            if (w.logged(s.id()) || !Bounds.atLeast(w.widestTargetGap(i), gap)) {
                continue;
            }
            worstSession = s;
            worstDay = i;
            worstRpe = rpe;
            worstGap = g;
            worstTarget = target;
        }
        if (worstSession == null) {
            return List.of();
        }
        // the session counts towards its day (its day's widest gap is not -Infinity) and is not a rest day: it is
        // one of the day's planned outings, built only when a sentence or the suggestion is read
        int day = worstDay;
        Session planned = worstSession;
        double rpe = worstRpe; // PlannedEffort.estimate's RPE: its sentence is made when the message is read
        double g = worstGap;
        double target = worstTarget;
        var found = new ArrayList<Finding>(1);
        found.add(Finding.lazy(ID, Severity.WARN, c.weekStart(), List.of(planned.date()), worstGap, gap, "RPE", SOURCE,
                () -> Words.name(outing(w, day, planned)) + " is planned at RPE " + num(target) + ", " + Words.one(g)
                        + " below the engine's estimate of RPE " + Words.one(rpe) + " for it ("
                        + PlannedEffort.estimate(planned, athlete).orElseThrow().markedHow() + ")",
                () -> WHY,
                () -> new Suggestion.UseEstimatedEffort(planned.id(), rpe,
                        "Use the estimate: RPE " + Words.one(rpe) + " instead of " + num(target) + " for "
                                + Words.name(outing(w, day, planned)) + " (or lower its pack or climb)")));
        return found;
    }

    /** The counted outing of day {@code i} of the planned session {@code s} (a session of that day that counts). */
    private static Outing outing(Windows w, int i, Session s) {
        var id = Optional.of(s.id());
        for (Outing o : w.outings(i)) {
            if (!o.fromTrip() && o.session().equals(id)) {
                return o;
            }
        }
        throw new IllegalStateException("no counted outing of " + s.id() + " on " + s.date());
    }

    private static final String WHY = "The target RPE is the load's RPE: set for a lighter pack or a flatter route, it"
            + " hides the load of this session from every other rule.";
}
