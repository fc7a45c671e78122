package dev.switchback.store;

import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Experience;
import java.util.List;
import java.util.TreeSet;

/**
 * The rule ids and threshold keys a plan file may name, taken from the engine's standard rule book
 * (never a copy of its list): {@code rules.disabledRules} and {@code rules.thresholds} are checked
 * against them.
 */
final class RuleNames {
    private static final List<String> IDS = RuleBook.standard().rules().stream().map(Rule::id).toList();
    private static final List<String> KEYS;

    static {
        var keys = new TreeSet<String>();
        for (Rule r : RuleBook.standard().rules()) {
            for (Experience preset : Experience.values()) {
                r.defaults(preset).keySet().forEach(k -> keys.add(r.id() + "." + k));
            }
        }
        KEYS = List.copyOf(keys);
    }

    private RuleNames() {
    }

    static List<String> ruleIds() {
        return IDS;
    }

    static List<String> thresholdKeys() {
        return KEYS;
    }
}
