package dev.switchback.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Suggestion;
import dev.switchback.model.Plan;
import dev.switchback.model.SessionKind;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.fake.FakeEngine;
import dev.switchback.ui.fake.FakePlans;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs without the FX toolkit: properties and observable lists need none. */
class FindingsViewModelTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate SATURDAY = MONDAY.plusDays(5);

    private final PlanDocument doc = new PlanDocument(FakePlans.empty(), Optional.empty());

    {
        doc.weekStartProperty().set(MONDAY);
    }

    private FindingsViewModel model(Optional<FixApplier> fixer) {
        return new FindingsViewModel(doc, FakeEngine.analysisOf(doc), fixer);
    }

    private void addHeavyHike(double packKg) {
        doc.apply("Add hike", p -> p.withSession(
                FakePlans.session(SATURDAY, SessionKind.HIKE, "Ridge hike", 150, 12_000, 600, packKg, 4)));
    }

    @Test
    void calmSentenceWhenTheWeekHasNoFindings() {
        var vm = model(Optional.empty());
        assertThat(vm.items()).isEmpty();
        assertThat(vm.emptyMessageProperty().get()).isEqualTo("No findings this week \u2014 the plan follows every rule");
        assertThat(vm.summaryProperty().get()).isEqualTo("No findings");
    }

    @Test
    void saysChecksAreUnavailableWhenThereIsNoAnalysis() {
        var vm = new FindingsViewModel(doc, new javafx.beans.property.SimpleObjectProperty<>(Optional.empty()),
                Optional.empty());
        assertThat(vm.items()).isEmpty();
        assertThat(vm.emptyMessageProperty().get()).isEqualTo(FindingsText.NO_ANALYSIS);
        assertThat(vm.summaryProperty().get()).isEmpty();
    }

    @Test
    void findingAppearsWhenThePlanBreaksARuleAndGoesOnUndo() {
        var vm = model(Optional.empty());
        addHeavyHike(15);
        assertThat(vm.items()).singleElement().satisfies(i -> {
            assertThat(i.severityLabel()).isEqualTo("Warning");
            assertThat(i.datesText()).isEqualTo("Sat 28 Nov");
            assertThat(i.sourceText()).isEqualTo("REI backpacking guidance");
            assertThat(i.evidenceText()).isEqualTo("S \u00b7 secondary source");
        });
        assertThat(vm.summaryProperty().get()).isEqualTo("1 warning");
        assertThat(vm.emptyMessageProperty().get()).isEmpty();
        doc.undo();
        assertThat(vm.items()).isEmpty();
        assertThat(vm.emptyMessageProperty().get()).isEqualTo(FindingsText.NO_FINDINGS);
    }

    @Test
    void showsOnlyTheWeekOnScreen() {
        var vm = model(Optional.empty());
        addHeavyHike(15);
        doc.weekStartProperty().set(MONDAY.plusWeeks(1));
        assertThat(vm.items()).isEmpty();
        doc.weekStartProperty().set(MONDAY);
        assertThat(vm.items()).hasSize(1);
    }

    @Test
    void mechanicalSuggestionWithoutFixerIsShownDisabledWithTheReason() {
        var vm = model(Optional.empty());
        addHeavyHike(15);
        assertThat(vm.items().get(0).fix()).isInstanceOfSatisfying(FindingItem.Fix.Unavailable.class, u -> {
            assertThat(u.buttonLabel()).isEqualTo("Apply: cap Ridge hike's pack at 14 kg");
            assertThat(u.reason()).isNotBlank();
        });
    }

    @Test
    void adviceHasNoButton() {
        var vm = model(Optional.of(FakeEngine::fix));
        doc.apply("Add long hike", p -> p.withSession(
                FakePlans.session(SATURDAY, SessionKind.HIKE, "Big day", 240, 20_000, 900, 5, 4)));
        assertThat(vm.items()).singleElement()
                .satisfies(i -> assertThat(i.fix()).isInstanceOf(FindingItem.Fix.Advice.class));
    }

    @Test
    void selectingAFindingHighlightsItsDaysAndClearingRemovesOnlyThose() {
        var vm = model(Optional.empty());
        addHeavyHike(15);
        doc.highlightedDates().add(MONDAY); // set by someone else, e.g. the week view
        vm.select(vm.items().get(0));
        assertThat(doc.highlightedDates()).containsExactlyInAnyOrder(MONDAY, SATURDAY);
        vm.clearSelection();
        assertThat(doc.highlightedDates()).containsExactly(MONDAY);
    }

    @Test
    void selectionAndHighlightGoWhenTheFindingDisappears() {
        var vm = model(Optional.empty());
        addHeavyHike(15);
        vm.select(vm.items().get(0));
        doc.undo();
        assertThat(vm.selectedProperty().get()).isEmpty();
        assertThat(doc.highlightedDates()).isEmpty();
    }

    @Test
    void applyingAFixIsOneUndoableEditNamedAfterTheSuggestion() {
        var vm = model(Optional.of(FakeEngine::fix));
        addHeavyHike(15);
        Plan before = doc.getPlan();
        vm.applyFix(vm.items().get(0));
        assertThat(doc.getPlan().sessions().get(0).packKg()).isEqualTo(14.0);
        assertThat(vm.items()).isEmpty();
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Apply: cap Ridge hike's pack at 14 kg");
        doc.undo();
        assertThat(doc.getPlan()).isEqualTo(before);
        assertThat(vm.items()).hasSize(1);
    }

    @Test
    void aFixThatNoLongerFitsLeavesThePlanAndSaysWhy() {
        FixApplier refusing = (Plan p, Suggestion s) -> {
            throw new IllegalArgumentException("the session is no longer in the plan");
        };
        var vm = model(Optional.of(refusing));
        addHeavyHike(15);
        Plan before = doc.getPlan();
        vm.applyFix(vm.items().get(0));
        assertThat(doc.getPlan()).isEqualTo(before);
        assertThat(vm.problemProperty().get()).contains("the session is no longer in the plan")
                .contains("The plan is unchanged");
    }
}
