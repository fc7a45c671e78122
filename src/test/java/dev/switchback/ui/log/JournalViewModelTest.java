package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Compliance;
import dev.switchback.model.SessionKind;
import dev.switchback.ui.app.PlanDocument;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JournalViewModelTest {
    private final LogSamples s = new LogSamples();
    private final PlanDocument doc = new PlanDocument(s.plan(), Optional.empty());
    private final JournalViewModel vm = new JournalViewModel(doc);

    private java.util.List<String> titles() {
        return vm.entries().stream().map(e -> e.log().displayTitle()).toList();
    }

    @Test
    void listsEveryOutingNewestFirst() {
        assertThat(titles()).containsExactly("Tempo on the ridge", "Overnight, day 1", "Evening walk", "Hill repeats");
        assertThat(vm.summaryProperty().get()).isEqualTo("4 outings");
        assertThat(vm.entries()).extracting(JournalEntry::compliance).containsExactly(Compliance.AS_PLANNED,
                Compliance.PARTLY, Compliance.EXTRA, Compliance.AS_PLANNED);
    }

    @Test
    void filtersByKindAndDateRange() {
        vm.kindProperty().set(SessionKind.TRAIL_RUN);
        assertThat(titles()).containsExactly("Tempo on the ridge", "Hill repeats");
        vm.fromProperty().set(LogSamples.MONDAY);
        assertThat(titles()).containsExactly("Tempo on the ridge");
        vm.kindProperty().set(null);
        vm.fromProperty().set(null);
        vm.toProperty().set(LogSamples.MONDAY.minusDays(4));
        assertThat(titles()).containsExactly("Evening walk", "Hill repeats");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 of 4 outings");
    }

    @Test
    void feltBadKeepsOutingsScoredOneOrTwo() {
        vm.feltBadProperty().set(true);
        assertThat(titles()).containsExactly("Overnight, day 1");
    }

    @ParameterizedTest(name = "pack over {0} kg -> {1}")
    @CsvSource({"14.9, 1", "15, 0", "0, 1"})
    void packHeavierThanIsStrict(String kg, int count) {
        vm.packAboveProperty().set(kg);
        assertThat(vm.entries()).hasSize(count);
    }

    @Test
    void aPackLimitThatIsNotANumberSaysSoAndFiltersNothing() {
        vm.packAboveProperty().set("heavy");
        assertThat(vm.entries()).hasSize(4);
        assertThat(vm.filterErrorProperty().get()).isEqualTo(
                "Pack heavier than (kg) must be a number such as 10 (was \"heavy\")");
    }

    @Test
    void searchMatchesNotesAndFeelWords() {
        vm.searchProperty().set("SHOULDERS");
        assertThat(titles()).containsExactly("Overnight, day 1");
        vm.clearFilters();
        assertThat(vm.entries()).hasSize(4);
    }

    @Test
    void theSelectedOutingIsShownPlannedVersusActual() {
        vm.selectedProperty().set(vm.entries().get(1));
        assertThat(vm.comparison()).contains(
                new ComparisonRow("Duration", "5:00", "6:10"),
                new ComparisonRow("Pack", "14 kg", "15 kg"),
                new ComparisonRow("Effort (RPE)", "5 Hard", "7 Very hard"),
                new ComparisonRow("Feel during", "-", "2 Poor: shoulders burning"),
                new ComparisonRow("Soreness", "-", "4 of 7 (Hips, Shoulders)"));
    }

    @Test
    void anUnplannedOutingHasNothingPlanned() {
        vm.selectedProperty().set(vm.entries().get(2));
        assertThat(vm.comparison()).contains(new ComparisonRow("Outing", "(not planned)", "Evening walk"),
                new ComparisonRow("Duration", "-", "1:15"));
    }

    @Test
    void theListFollowsEditsAndUndo() {
        vm.selectedProperty().set(vm.entries().get(0));
        doc.apply("Remove", p -> p.withoutLog(vm.entries().get(3).log().id()));
        assertThat(vm.entries()).hasSize(3);
        assertThat(vm.selectedProperty().get().log().displayTitle()).isEqualTo("Tempo on the ridge");
        doc.undo();
        assertThat(vm.entries()).hasSize(4);
    }

    @org.junit.jupiter.api.Test
    void imperialShowsPoundsMilesAndFeetAndFiltersPackInPounds() {
        var plan = doc.getPlan();
        doc.replace(plan.withAthlete(plan.athlete().withUnits(dev.switchback.model.Units.IMPERIAL)),
                java.util.Optional.empty());
        vm.clearFilters();
        // the heaviest logged pack is 15 kg = 33.07 lb
        vm.packAboveProperty().set("33");
        assertThat(vm.entries()).hasSize(1);
        vm.packAboveProperty().set("33.1");
        assertThat(vm.entries()).isEmpty();
        vm.packAboveProperty().set("heavy");
        assertThat(vm.filterErrorProperty().get()).isEqualTo(
                "Pack heavier than (lb) must be a number such as 22 (was \"heavy\")");
        vm.clearFilters();
        vm.selectedProperty().set(vm.entries().stream().filter(e -> e.log().packKg() == 15).findFirst().orElseThrow());
        assertThat(vm.comparison()).filteredOn(r -> r.label().equals("Pack")).singleElement()
                .satisfies(r -> assertThat(r.actual()).isEqualTo("33.1 lb"));
        assertThat(vm.comparison()).filteredOn(r -> r.label().equals("Distance")).singleElement()
                .satisfies(r -> assertThat(r.actual()).isEqualTo("10.7 mi"));
    }
}
