package dev.switchback.ui.trip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Athlete;
import dev.switchback.ui.DemoPlans;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TripEditorViewModelTest {
    private static final Athlete ALEX = Athlete.of("Alex", 72);

    @Test
    void aNewTripStartsValidWithTwoDays() {
        var vm = TripEditorViewModel.forNew(DemoPlans.MONDAY, ALEX);
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.result().orElseThrow().days()).isEqualTo(2);
    }

    @Test
    void addingADayCopiesTheLastAndStagesAreReadInSi() {
        var vm = TripEditorViewModel.forNew(DemoPlans.MONDAY, ALEX);
        vm.stages().get(1).packProperty().set("11.5");
        vm.addDay();
        var trip = vm.result().orElseThrow();
        assertThat(trip.days()).isEqualTo(3);
        assertThat(trip.stages().get(2).packKg()).isEqualTo(11.5);
        assertThat(trip.stages().get(2).duration()).isEqualTo(Duration.ofHours(6));
        assertThat(trip.end()).isEqualTo(DemoPlans.MONDAY.plusDays(2));
    }

    @Test
    void aBadStageNamesItsDayAndTheModelsReason() {
        var vm = TripEditorViewModel.forNew(DemoPlans.MONDAY, ALEX);
        vm.stages().get(1).packProperty().set("81");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).startsWith("Day 2: Stage pack mass must be between 0 and 80 kg");
        vm.stages().get(1).packProperty().set("80");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void removingEveryDayIsRefusedWithTheReason() {
        var vm = TripEditorViewModel.forNew(DemoPlans.MONDAY, ALEX);
        vm.removeDay(0);
        vm.removeDay(0);
        assertThat(vm.errorProperty().get()).startsWith("A trip has between 1 and 60 daily stages");
    }

    @Test
    void editingKeepsTheTripsIdentityAndValues() {
        var trip = DemoPlans.week(DemoPlans.MONDAY).trips().get(0);
        var vm = TripEditorViewModel.forEdit(trip, ALEX);
        vm.titleProperty().set("Sarek, north to south");
        var edited = vm.result().orElseThrow();
        assertThat(edited.id()).isEqualTo(trip.id());
        assertThat(edited.stages()).isEqualTo(trip.stages());
        assertThat(edited.goal()).isTrue();
    }

    @Test
    void aTripOpenedAndSavedUntouchedKeepsItsExactStagesAndAnAddedDayCopiesThem() {
        var stage = dev.switchback.model.TripStage.of(Duration.ofMinutes(375), 12_345, 987, 12.34);
        var trip = new dev.switchback.model.Trip(dev.switchback.model.TripId.random(), "Traverse",
                java.time.LocalDate.of(2026, 12, 19), java.util.List.of(stage, stage),
                dev.switchback.model.Terrain.TRAIL, true, "");
        for (var units : dev.switchback.model.Units.values()) {
            var vm = TripEditorViewModel.forEdit(trip, Athlete.of("Alex", 70).withUnits(units));
            assertThat(vm.result()).contains(trip);
            vm.addDay();
            assertThat(vm.result().orElseThrow().stages()).containsExactly(stage, stage, stage);
        }
    }
}
