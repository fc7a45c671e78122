package dev.switchback.engine.rules;

import dev.switchback.engine.Engine;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Plans;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plans for rule tests; every day is in the future (today is long ago), so planned loads count. */
final class RuleFixtures {
    static final LocalDate W0 = Plans.MONDAY;

    private RuleFixtures() {
    }

    /** Easy weeks: Monday rest, Tuesday to Sunday an easy 40-minute run at RPE 3 (120 AU). */
    static List<Session> easyWeeks(LocalDate from, int weeks) {
        var list = new ArrayList<Session>();
        for (int w = 0; w < weeks; w++) {
            for (int d = 1; d <= 6; d++) {
                list.add(Plans.run(from.plusWeeks(w).plusDays(d), 3, 40));
            }
        }
        return list;
    }

    static List<Session> without(List<Session> sessions, LocalDate... days) {
        var set = List.of(days);
        return sessions.stream().filter(s -> !set.contains(s.date())).toList();
    }

    static List<Session> plus(List<Session> sessions, Session... more) {
        var list = new ArrayList<>(sessions);
        list.addAll(List.of(more));
        return list;
    }

    static List<Finding> findings(Plan plan, String ruleId, LocalDate week) {
        return Engine.analyse(plan, Plans.LONG_AGO).findings(week).stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    static List<Finding> findings(List<Session> sessions, String ruleId, LocalDate week) {
        return findings(Plans.plan(sessions), ruleId, week);
    }

    static Plan withThreshold(Plan plan, String key, double value) {
        Map<String, Double> t = new HashMap<>(plan.rules().thresholds());
        t.put(key, value);
        return plan.withRules(plan.rules().withThresholds(t));
    }
}
