package dev.switchback.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The plan's own rule choices: a preset, thresholds the user changed, rules switched off and the
 * overrides given to blocking findings.
 *
 * @param thresholds changed thresholds keyed {@code "rule-id.parameter"}, e.g. {@code "weekly-ramp.warnRatio"};
 *     rules fall back to the preset for any key not here
 * @param disabledRules ids of rules the user switched off
 */
public record RuleSettings(
        Experience preset,
        Map<String, Double> thresholds,
        List<String> disabledRules,
        List<RuleOverride> overrides) {

    public RuleSettings {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(thresholds, "thresholds");
        for (var e : thresholds.entrySet()) {
            Check.nonBlank("thresholds", "Threshold name", e.getKey(), 120);
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new InvalidField("thresholds", "Threshold " + e.getKey() + " must be a finite number");
            }
        }
        thresholds = Map.copyOf(new TreeMap<>(thresholds));
        disabledRules = Check.list("Disabled rules", disabledRules);
        overrides = Check.list("Overrides", overrides);
    }

    public static RuleSettings defaults() {
        return new RuleSettings(Experience.EXPERIENCED, Map.of(), List.of(), List.of());
    }

    public RuleSettings withPreset(Experience v) {
        return new RuleSettings(v, thresholds, disabledRules, overrides);
    }

    public RuleSettings withThresholds(Map<String, Double> v) {
        return new RuleSettings(preset, v, disabledRules, overrides);
    }

    public RuleSettings withDisabledRules(List<String> v) {
        return new RuleSettings(preset, thresholds, v, overrides);
    }

    public RuleSettings withOverrides(List<RuleOverride> v) {
        return new RuleSettings(preset, thresholds, disabledRules, v);
    }

}
