package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.rules.Rule;
import dev.switchback.model.Experience;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The overreaching signals of issue 5, run after rule 14 (the Hooper index, {@code HooperIndex} in
 * {@code engine.rules}, which covers the Hooper sum WARN and the staleness BLOCK). Their default
 * thresholds are the same for both presets: the sources give no reason to warn novices earlier on
 * wellness.
 */
public final class WellnessRules {
    private WellnessRules() {
    }

    public static List<Rule> all() {
        return List.of(new PersistentSorenessRule(), new SleepQualityRule(), new MotivationDropRule(),
                new RestingHeartRateRule(), new RpeAbovePlanRule(), new FeelGatedProgressionRule());
    }

    /** Every default threshold keyed {@code "rule-id.name"}, as {@code RuleSettings.thresholds} keys them. */
    public static Map<String, Double> defaults() {
        var all = new TreeMap<String, Double>();
        for (Rule rule : all()) {
            rule.defaults(Experience.EXPERIENCED).forEach((name, value) -> all.put(rule.id() + "." + name, value));
        }
        return Map.copyOf(all);
    }
}
