package dev.switchback.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.switchback.engine.Finding;
import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.Experience;
import dev.switchback.model.Plan;
import dev.switchback.model.RuleSettings;
import dev.switchback.model.Units;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.app.Theme;
import dev.switchback.ui.fake.FakePlans;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsViewModelTest {

    private final PlanDocument doc = new PlanDocument(FakePlans.empty(), Optional.empty());
    private final SimpleObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    private SettingsViewModel model() {
        return new SettingsViewModel(doc, RuleBook.standard(), theme, Optional.empty());
    }

    private static RuleEntry pack(SettingsViewModel vm) {
        return vm.rules().stream().filter(r -> r.id().equals("pack-mass")).findFirst().orElseThrow();
    }

    @Test
    void listsEveryRuleOfTheBookWithItsTitle() {
        var vm = model();
        assertThat(vm.rules()).extracting(RuleEntry::id)
                .containsExactlyElementsOf(RuleBook.standard().rules().stream().map(r -> r.id()).toList());
        assertThat(pack(vm).title()).isEqualTo("Pack mass vs body mass");
        assertThat(pack(vm).thresholds()).extracting(ThresholdField::name)
                .containsExactly("blockFraction", "warnFraction");
    }

    @ParameterizedTest(name = "body mass \"{0}\" kg -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "24.9|Body mass must be between 25 and 300 kg (was 24.9 kg)",
            "25|",
            "300|",
            "300.1|Body mass must be between 25 and 300 kg (was 300.1 kg)",
            "heavy|Body mass (kg) must be a number such as 70 (was \"heavy\")",
            "''|Body mass is needed to judge pack mass; enter it in kg"})
    void bodyMassIsCheckedByTheModelAndTheReasonShown(String typed, String reason) {
        var vm = model();
        vm.bodyMassProperty().set(typed);
        assertThat(vm.bodyMassErrorProperty().get()).isEqualTo(reason == null ? "" : reason);
        assertThat(vm.validProperty().get()).isEqualTo(reason == null);
    }

    @Test
    void refusedBodyMassLeavesThePlanAlone() {
        var vm = model();
        Plan before = doc.getPlan();
        vm.bodyMassProperty().set("600");
        assertThat(vm.apply()).isFalse();
        assertThat(doc.getPlan()).isEqualTo(before);
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void restingHeartRateMustBeBelowMaximum() {
        var vm = model();
        vm.maxHeartRateProperty().set("110");
        vm.restingHeartRateProperty().set("110");
        assertThat(vm.restingHeartRateErrorProperty().get())
                .isEqualTo("Resting heart rate (110 bpm) must be below maximum heart rate (110 bpm)");
        vm.restingHeartRateProperty().set("109");
        assertThat(vm.restingHeartRateErrorProperty().get()).isEmpty();
        assertThat(vm.maxHeartRateErrorProperty().get()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "99|Maximum heart rate must be between 100 and 250 bpm (was 99 bpm)",
            "100|",
            "250|",
            "251|Maximum heart rate must be between 100 and 250 bpm (was 251 bpm)",
            "fast|Maximum heart rate (bpm) must be a whole number such as 188 (was \"fast\")"})
    void maximumHeartRateBoundaries(String typed, String reason) {
        var vm = model();
        vm.maxHeartRateProperty().set(typed);
        assertThat(vm.maxHeartRateErrorProperty().get()).isEqualTo(reason == null ? "" : reason);
    }

    @Test
    void applyIsOneUndoableEditAndTheFormFollowsUndo() {
        var vm = model();
        vm.nameProperty().set("Sam Scree");
        vm.bodyMassProperty().set("64.5");
        vm.maxHeartRateProperty().set("188");
        assertThat(vm.apply()).isTrue();
        assertThat(doc.getPlan().athlete().name()).isEqualTo("Sam Scree");
        assertThat(doc.getPlan().athlete().bodyMassKg()).isEqualTo(64.5);
        assertThat(doc.getPlan().athlete().maxHeartRate()).contains(188);
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Change athlete and rule settings");

        doc.undo();
        assertThat(doc.getPlan().athlete().name()).isEqualTo("Alex Ridge");
        assertThat(vm.nameProperty().get()).isEqualTo("Alex Ridge");
        assertThat(vm.bodyMassProperty().get()).isEqualTo("70");
    }

    @Test
    void switchingToImperialConvertsTheBodyMassShownNotTheMassStored() {
        var vm = model();
        vm.unitsProperty().set(Units.IMPERIAL);
        assertThat(vm.bodyMassProperty().get()).isEqualTo("154.3");
        assertThat(vm.bodyMassUnitProperty().get()).isEqualTo("lb");
        assertThat(vm.apply()).isTrue();
        assertThat(doc.getPlan().athlete().units()).isEqualTo(Units.IMPERIAL);
        assertThat(doc.getPlan().athlete().bodyMassKg()).isCloseTo(70, within(0.05));
    }

    @Test
    void imperialRefusalSaysWhatWasTyped() {
        var vm = model();
        vm.unitsProperty().set(Units.IMPERIAL);
        vm.bodyMassProperty().set("1000");
        assertThat(vm.bodyMassErrorProperty().get()).startsWith("Body mass must be between 25 and 300 kg")
                .endsWith("you typed 1000 lb");
    }

    @Test
    void thresholdsBlankMeansPresetAndTypedValuesAreStoredByKey() {
        var vm = model();
        ThresholdField warn = pack(vm).thresholds().stream().filter(f -> f.name().equals("warnFraction"))
                .findFirst().orElseThrow();
        assertThat(warn.key()).isEqualTo("pack-mass.warnFraction");
        assertThat(warn.presetValueProperty().get()).isEqualTo(0.20);
        vm.presetProperty().set(Experience.NOVICE);
        assertThat(warn.presetValueProperty().get()).isEqualTo(0.15);

        warn.textProperty().set("lots");
        assertThat(warn.errorProperty().get()).contains("must be a number");
        assertThat(vm.apply()).isFalse();

        warn.textProperty().set("0.25");
        assertThat(vm.apply()).isTrue();
        RuleSettings rs = doc.getPlan().rules();
        assertThat(rs.thresholds()).containsOnly(Map.entry("pack-mass.warnFraction", 0.25));
        assertThat(rs.preset()).isEqualTo(Experience.NOVICE);
        assertThat(doc.getPlan().athlete().experience()).isEqualTo(Experience.NOVICE);
    }

    @Test
    void switchingARuleOffAndOnAgain() {
        var vm = model();
        RuleEntry pack = pack(vm);
        pack.enabledProperty().set(false);
        assertThat(vm.changedProperty().get()).isTrue();
        vm.apply();
        assertThat(doc.getPlan().rules().disabledRules()).containsExactly("pack-mass");
        pack.enabledProperty().set(true);
        vm.apply();
        assertThat(doc.getPlan().rules().disabledRules()).isEmpty();
    }

    @Test
    void settingsOfRulesThisVersionDoesNotKnowAreKept() {
        doc.apply("Set up", p -> p.withRules(p.rules()
                .withThresholds(Map.of("future-rule.limit", 3.0))
                .withDisabledRules(List.of("future-rule"))));
        var vm = model();
        assertThat(vm.keptUnknownSettings()).isEqualTo(2);
        vm.nameProperty().set("Sam");
        vm.apply();
        assertThat(doc.getPlan().rules().thresholds()).containsEntry("future-rule.limit", 3.0);
        assertThat(doc.getPlan().rules().disabledRules()).containsExactly("future-rule");
    }

    @Test
    void themeChangesAtOnceAndIsNotAnEditOfThePlan() {
        var vm = model();
        vm.themeProperty().set(Theme.DARK);
        assertThat(theme.get()).isEqualTo(Theme.DARK);
        assertThat(doc.canUndoProperty().get()).isFalse();
        assertThat(vm.changedProperty().get()).isFalse();
    }
}
