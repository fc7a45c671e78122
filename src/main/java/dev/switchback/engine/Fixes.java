package dev.switchback.engine;

import dev.switchback.model.Intention;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import java.time.Duration;
import java.util.Optional;

/**
 * Applies a mechanical suggestion to a plan, purely: the plan given is not changed, a new one is
 * returned. Advice, or a suggestion whose session is no longer in the plan, returns the plan as it was.
 */
public final class Fixes {
    private Fixes() {
    }

    public static Plan apply(Plan plan, Suggestion suggestion) {
        if (suggestion instanceof Suggestion.Advice) {
            return plan;
        }
        SessionId id = target(suggestion);
        Optional<Session> found = plan.session(id);
        if (found.isEmpty()) {
            return plan;
        }
        Session s = found.get();
        if (suggestion instanceof Suggestion.RemoveSession) {
            return plan.withSessions(plan.sessions().stream().filter(x -> !x.id().equals(id)).toList());
        }
        Session changed;
        if (suggestion instanceof Suggestion.MoveSession m) {
            changed = s.withDate(m.to());
        } else if (suggestion instanceof Suggestion.CapPack c) {
            changed = s.withPackKg(Math.max(0, Math.min(s.packKg(), c.maxKg())));
        } else if (suggestion instanceof Suggestion.ReplaceWithRest) {
            changed = rest(s);
        } else if (suggestion instanceof Suggestion.Shorten sh) {
            changed = shorten(s, sh.duration());
        } else if (suggestion instanceof Suggestion.UseEstimatedEffort) {
            changed = s.withTargetRpe(Optional.empty());
        } else {
            var l = (Suggestion.LowerEffort) suggestion;
            changed = s.withTargetRpe(Optional.of(Math.max(0, Math.min(10, l.rpe()))));
        }
        return plan.withSession(changed);
    }

    /** The session a mechanical suggestion changes. */
    public static SessionId target(Suggestion suggestion) {
        if (suggestion instanceof Suggestion.MoveSession m) {
            return m.session();
        } else if (suggestion instanceof Suggestion.CapPack c) {
            return c.session();
        } else if (suggestion instanceof Suggestion.ReplaceWithRest r) {
            return r.session();
        } else if (suggestion instanceof Suggestion.Shorten s) {
            return s.session();
        } else if (suggestion instanceof Suggestion.LowerEffort l) {
            return l.session();
        } else if (suggestion instanceof Suggestion.RemoveSession r) {
            return r.session();
        } else if (suggestion instanceof Suggestion.UseEstimatedEffort u) {
            return u.session();
        }
        throw new IllegalArgumentException("Advice changes no session");
    }

    /** The same session id as a rest day, so a log or an undo still finds it. */
    static Session rest(Session s) {
        return new Session(s.id(), s.date(), SessionKind.REST, Intention.RECOVERY, "Rest", Duration.ZERO, 0, 0, 0,
                s.terrain(), 0, Optional.empty(), Optional.empty(), s.notes(), s.nextDayPlan());
    }

    /** Shorter, with distance, climb and descent scaled alike so speed and grade (and so the effort) stay. */
    static Session shorten(Session s, Duration to) {
        if (to.compareTo(s.duration()) >= 0 || s.duration().isZero()) {
            return s;
        }
        double f = (double) to.toSeconds() / s.duration().toSeconds();
        return s.withDuration(to).withDistanceM(s.distanceM() * f).withClimbM(s.climbM() * f)
                .withDescentM(s.descentM() * f);
    }
}
