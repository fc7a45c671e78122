package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.rules.Rule;
import java.util.List;
import java.util.Map;

/**
 * The overreaching rules of issue 5 and their default thresholds (the same for both presets: the
 * sources give no reason to warn novices earlier on wellness).
 */
public final class WellnessRules {
    private WellnessRules() {
    }

    public static List<Rule> all() {
        return List.of(new HooperSumRule(), new StalenessRule(), new PersistentSorenessRule(),
                new SleepQualityRule(), new MotivationDropRule(), new RestingHeartRateRule(),
                new RpeAbovePlanRule(), new FeelGatedProgressionRule());
    }

    /** Default thresholds keyed {@code "rule-id.name"}, as in {@code RuleSettings.thresholds}. */
    public static Map<String, Double> defaults() {
        return Map.ofEntries(
                Map.entry(HooperSumRule.ID + ".sumAbove", 12.0),
                Map.entry(HooperSumRule.ID + ".days", 3.0),
                Map.entry(StalenessRule.ID + ".itemAbove", 5.0),
                Map.entry(StalenessRule.ID + ".days", 7.0),
                Map.entry(StalenessRule.ID + ".withinDays", 14.0),
                Map.entry(PersistentSorenessRule.ID + ".days", 3.0),
                Map.entry(SleepQualityRule.ID + ".recentDays", 3.0),
                Map.entry(SleepQualityRule.ID + ".baselineDays", 14.0),
                Map.entry(SleepQualityRule.ID + ".minBaseline", 7.0),
                Map.entry(SleepQualityRule.ID + ".worseBy", 1.5),
                Map.entry(MotivationDropRule.ID + ".recentDays", 3.0),
                Map.entry(MotivationDropRule.ID + ".baselineDays", 14.0),
                Map.entry(MotivationDropRule.ID + ".minBaseline", 7.0),
                Map.entry(MotivationDropRule.ID + ".worseBy", 1.5),
                Map.entry(RestingHeartRateRule.ID + ".aboveBpm", 7.0),
                Map.entry(RestingHeartRateRule.ID + ".days", 3.0),
                Map.entry(RestingHeartRateRule.ID + ".window", 5.0),
                Map.entry(RestingHeartRateRule.ID + ".baselineDays", 14.0),
                Map.entry(RpeAbovePlanRule.ID + ".abovePoints", 2.0),
                Map.entry(RpeAbovePlanRule.ID + ".sessions", 2.0),
                Map.entry(FeelGatedProgressionRule.ID + ".rpe", 7.0),
                Map.entry(FeelGatedProgressionRule.ID + ".lookbackDays", 14.0));
    }
}
