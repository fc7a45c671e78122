package dev.switchback.engine.adjust;

import dev.switchback.engine.Plans;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;

/** Ten steady weeks (domain-notes 8.5) with every session before today logged as planned. */
final class AdjustFixtures {
    /** Thursday of the ninth week. */
    static final LocalDate TODAY = Plans.MONDAY.plusWeeks(8).plusDays(3);

    private AdjustFixtures() {
    }

    static Plan logged(LocalDate today) {
        Plan p = Plans.plan(Plans.steadyWeeks(10));
        var logs = new ArrayList<OutingLog>();
        for (Session s : p.sessions()) {
            if (s.date().isBefore(today) && !s.isRest()) {
                logs.add(OutingLog.fromPlan(s, s.targetRpe().orElse(4.0)));
            }
        }
        return p.withLogs(logs);
    }

    static Plan withoutLogOn(Plan p, LocalDate... days) {
        Set<LocalDate> set = Set.of(days);
        return p.withLogs(p.logs().stream().filter(l -> !set.contains(l.date())).toList());
    }

    /** The log of the session of {@code day} rated {@code rpe}. */
    static Plan ratedOn(Plan p, LocalDate day, double rpe) {
        return p.withLogs(p.logs().stream().map(l -> l.date().equals(day) ? l.withRpe(rpe) : l).toList());
    }

    static Session sessionOn(Plan p, LocalDate day) {
        return p.sessionsOn(day).get(0);
    }

    static Wellness tired(LocalDate date) {
        return new Wellness(date, 4, Optional.of(6.0), 4, 4, 4, 3, Optional.empty());
    }

    static SessionId id(String v) {
        return new SessionId(v);
    }
}
