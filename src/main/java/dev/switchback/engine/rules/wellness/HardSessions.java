package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.HardDay;
import dev.switchback.engine.LoadModel;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.Athlete;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Hard sessions as the engine defines them, and the suggestion the wellness rules share: ease the
 * next hard session that is not logged yet.
 */
final class HardSessions {
    /** The effort suggested when a hard session becomes active recovery. */
    static final double RECOVERY_RPE = 3;
    /** How far ahead a suggestion looks for the next hard session. */
    static final int LOOK_AHEAD_DAYS = 7;

    private HardSessions() {
    }

    /** The planned effort, or the engine's estimate when none is given. */
    static double plannedRpe(Session s, Athlete athlete) {
        return s.targetRpe().orElseGet(() -> LoadModel.planned(s, athlete).rpeUsed());
    }

    /** Hard as the engine defines it ({@link HardDay}): RPE >= 7, or >= 10 % body mass for >= 3 h. */
    static boolean isHard(Session s, Athlete athlete) {
        if (s.isRest()) {
            return false;
        }
        return HardDay.isHard(plannedRpe(s, athlete), s.duration().toMinutes(), athlete.packFraction(s.packKg()));
    }

    /** The next hard session on or after {@code from} within the look-ahead that is not logged yet. */
    static Optional<Session> nextHardSession(WeekContext week, LocalDate from) {
        Plan plan = week.plan();
        PlanIndex index = PlanIndex.of(week);
        long first = from.toEpochDay();
        // Sorted by date with the plan's order among equal dates: the first match is the earliest.
        List<Session> sessions = index.sessionList();
        int start = index.firstSession(first);
        for (int p = start, end = index.firstSession(first + LOOK_AHEAD_DAYS, start); p < end; p++) {
            Session s = sessions.get(p);
            if (isHard(s, plan.athlete()) && !index.loggedAt(p)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Turn the next hard session into active recovery, or advise when there is none to change.
     */
    static Suggestion easeNextHard(WeekContext week, LocalDate from, String advice) {
        return nextHardSession(week, from)
                .<Suggestion>map(s -> new Suggestion.LowerEffort(s.id(), RECOVERY_RPE, "Make " + SignalWords.describe(s)
                        + " an easy active-recovery outing (RPE " + SignalWords.num(RECOVERY_RPE) + ") or a rest day"))
                .orElseGet(() -> new Suggestion.Advice(advice));
    }
}
