package dev.switchback.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Experience;
import dev.switchback.model.RuleSettings;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule book lists every rule id and threshold key, and every threshold a rule reads is one it declares. */
class RuleBookThresholdsTest {

    @Test
    void everyThresholdConstantOfARuleHasADefaultForEveryPreset() throws IllegalAccessException {
        int constants = 0;
        for (Rule rule : RuleBook.standard().rules()) {
            for (Class<?> k = rule.getClass(); k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (f.getType() != Threshold.class) {
                    continue;
                }
                f.setAccessible(true);
                Threshold t = (Threshold) (Modifier.isStatic(f.getModifiers()) ? f.get(null) : f.get(rule));
                constants++;
                assertThat(t.ruleId()).as(f.toString()).isEqualTo(rule.id());
                // the book holds the rule's own constant, so a rule's read is found by identity (RuleBook.slot)
                assertThat(RuleBook.standard().thresholds().get(RuleBook.standard().slot(t))).as(f.toString()).isSameAs(t);
                for (Experience preset : Experience.values()) {
                    assertThat(rule.defaults(preset)).as("%s for %s", t, preset).containsKey(t.name());
                }
            }
            }
        }
        assertThat(constants).isEqualTo(RuleBook.standard().thresholds().size());
    }

    @Test
    void theStandardBookListsItsRuleIdsAndThresholdKeys() {
        RuleBook book = RuleBook.standard();
        assertThat(book.ruleIds()).hasSize(book.rules().size()).doesNotHaveDuplicates()
                .contains("weekly-ramp", "acwr", "wellness-hooper", "feel-gated-progression");
        var keys = new ArrayList<String>();
        book.thresholds().forEach(t -> keys.add(t.key()));
        assertThat(keys).doesNotHaveDuplicates().isSorted()
                .contains("weekly-ramp.warnRatio", "weekly-ramp.twoWeekRatio", "falling-sleep-quality.worseBy");
        assertThat(book.threshold("weekly-ramp.warnRatio")).contains(new Threshold("weekly-ramp", "warnRatio"));
        assertThat(book.threshold("weekly-ramp.warnRatoi")).isEmpty();
        assertThat(book.defaultThreshold(new Threshold("weekly-ramp", "warnRatio"), Experience.NOVICE)).isEqualTo(1.2);
    }

    @Test
    void aPlansResolvedThresholdsAreItsOwnValuesElseThePresetsDefaultsByPosition() {
        RuleBook book = RuleBook.standard();
        var settings = new RuleSettings(Experience.NOVICE, Map.of("weekly-ramp.warnRatio", 1.7, "no-such.rule", 3.0),
                List.of(), List.of());
        double[] values = book.resolve(settings);
        assertThat(values).hasSize(book.thresholds().size());
        for (Threshold t : book.thresholds()) {
            int slot = book.slot(t);
            assertThat(book.thresholds().get(slot)).isEqualTo(t);
            // another instance of the same key finds the same position
            assertThat(book.slot(new Threshold(t.ruleId(), t.name()))).isEqualTo(slot);
            double expected = t.key().equals("weekly-ramp.warnRatio") ? 1.7 : book.defaultThreshold(t, Experience.NOVICE);
            assertThat(values[slot]).as(t.key()).isEqualTo(expected);
        }
        assertThat(book.slot(new Threshold("weekly-ramp", "warnRatoi"))).isEqualTo(-1);
        assertThat(book.slot(new Threshold("no-such", "rule"))).isEqualTo(-1);
    }
}
