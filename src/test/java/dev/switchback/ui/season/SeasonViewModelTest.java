package dev.switchback.ui.season;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.Plan;
import dev.switchback.store.SamplePlan;
import dev.switchback.ui.app.PlanDocument;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeasonViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void previewShowsTheWeeksAndTracksAndAcceptIsOneUndoableEdit() {
        Plan sample = SamplePlan.create(TODAY);
        var doc = new PlanDocument(sample, Optional.empty(), p -> Engine.analyse(p, TODAY));
        var vm = new SeasonViewModel(doc, () -> TODAY);

        assertThat(vm.goals()).containsExactly("Höhenweg traverse · 26 Dec 2026");
        assertThat(vm.accept()).isFalse();
        vm.replaceProperty().set(true);
        vm.preview();
        assertThat(vm.previewedProperty().get()).isTrue();
        assertThat(vm.weeks()).hasSize(4);
        assertThat(vm.weeks().get(3).phase()).isEqualTo("Taper");
        assertThat(vm.summaryProperty().get()).matches("4 weeks \\(\\d+ new, \\d+ changed\\) · \\d+ sessions added, \\d+ removed");
        assertThat(vm.tracks()).extracting(SeasonViewModel.TrackLine::name).contains("Long day", "Pack");
        assertThat(doc.getPlan()).isSameAs(sample);

        assertThat(vm.accept()).isTrue();
        assertThat(doc.getPlan().sessions()).anyMatch(s -> s.id().value().startsWith("season-"));
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Build season towards Höhenweg traverse");
        doc.undo();
        assertThat(doc.getPlan()).isEqualTo(sample);
    }

    @Test
    void changingTheChoiceClearsThePreviewAndAPlanWithoutAGoalSaysWhatToDo() {
        Plan sample = SamplePlan.create(TODAY);
        var doc = new PlanDocument(sample, Optional.empty(), p -> Engine.analyse(p, TODAY));
        var vm = new SeasonViewModel(doc, () -> TODAY);
        vm.preview();
        vm.replaceProperty().set(true);
        assertThat(vm.previewedProperty().get()).isFalse();
        assertThat(vm.weeks()).isEmpty();

        var none = new SeasonViewModel(new PlanDocument(sample.withGoals(java.util.List.of())
                .withTrips(java.util.List.of()), Optional.empty(), p -> Engine.analyse(p, TODAY)), () -> TODAY);
        none.preview();
        assertThat(none.summaryProperty().get()).contains("no goal trip").contains("Mark a trip as the goal");
        assertThat(none.previewedProperty().get()).isFalse();
    }

    @Test
    void theTrainingDaysLongDayBudgetAndFirstDayShapeTheSeasonAndABadOneIsRefusedInWords() {
        Plan sample = SamplePlan.create(TODAY);
        var doc = new PlanDocument(sample, Optional.empty(), p -> Engine.analyse(p, TODAY));
        var vm = new SeasonViewModel(doc, () -> TODAY);
        vm.replaceProperty().set(true);

        vm.trainingDayProperty(java.time.DayOfWeek.SATURDAY).set(false);
        vm.preview();
        assertThat(vm.previewedProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get()).isEqualTo("The long day (Saturday) must be one of the days you can train on"
                + " (Tuesday, Wednesday, Thursday, Sunday).");

        vm.longDayProperty().set(java.time.DayOfWeek.SUNDAY);
        vm.budgetProperty().set("3 weeks");
        vm.preview();
        assertThat(vm.summaryProperty().get()).startsWith("Weekday budget");
        vm.budgetProperty().set("10 min");
        vm.preview();
        assertThat(vm.summaryProperty().get()).isEqualTo("The weekday time budget must be 15 min to 4 h (was 10 min).");

        vm.budgetProperty().set("40 min");
        vm.fromProperty().set(TODAY.plusDays(6)); // the next Tuesday
        vm.preview();
        assertThat(vm.previewedProperty().get()).isTrue();
        assertThat(vm.accept()).isTrue();
        Plan built = doc.getPlan();
        var days = java.util.EnumSet.of(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY,
                java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.SUNDAY);
        var added = built.sessions().stream().filter(x -> !sample.sessions().contains(x)).toList();
        assertThat(added).isNotEmpty().allMatch(x -> days.contains(x.date().getDayOfWeek()))
                .allMatch(x -> !x.date().isBefore(TODAY.plusDays(6)));
        // the long day on Sunday; the easy weekday runs within the budget (the quality session has its own length)
        assertThat(added).filteredOn(x -> x.date().getDayOfWeek() == java.time.DayOfWeek.SUNDAY)
                .anyMatch(x -> x.duration().toMinutes() > 60);
        assertThat(added).filteredOn(x -> x.date().getDayOfWeek() != java.time.DayOfWeek.SUNDAY)
                .filteredOn(x -> x.intention() != dev.switchback.model.Intention.PEAK).isNotEmpty()
                .allMatch(x -> x.duration().toMinutes() <= 40);
    }
}
