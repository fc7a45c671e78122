package dev.switchback.ui.adjust;

import dev.switchback.engine.Plans;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Ten steady weeks logged up to today but for the days given, and the same with two outings rated harder. */
public final class AdjustPlans {
    /** Thursday of the ninth week. */
    public static final LocalDate TODAY = Plans.MONDAY.plusWeeks(8).plusDays(3);

    private AdjustPlans() {
    }

    static Plan missed(LocalDate... days) {
        Plan p = Plans.plan(Plans.steadyWeeks(10));
        var logs = new ArrayList<OutingLog>();
        for (Session s : p.sessions()) {
            if (s.date().isBefore(TODAY) && !List.of(days).contains(s.date())) {
                logs.add(OutingLog.fromPlan(s, s.targetRpe().orElse(4.0)));
            }
        }
        return p.withLogs(logs);
    }

    public static Plan harder() {
        Plan p = missed();
        return p.withLogs(p.logs().stream().map(l -> l.date().equals(TODAY.minusDays(2)) ? l.withRpe(6)
                : l.date().equals(TODAY.minusDays(1)) ? l.withRpe(9) : l).toList());
    }
}
