package dev.switchback.ui.adjust;

import static dev.switchback.ui.adjust.AdjustPlans.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.Plan;
import dev.switchback.ui.FakeDialogs;
import dev.switchback.ui.adjust.AdjustViewModel.DayRow;
import dev.switchback.ui.adjust.AdjustViewModel.OptionRow;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.week.WeekViewModel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdjustViewModelTest {

    private static PlanDocument doc(Plan p) {
        return new PlanDocument(p, Optional.empty(), x -> Engine.analyse(x, TODAY));
    }

    @Test
    void aMissedSessionShowsItsReasonAndApplyingTheShiftIsOneUndoableEdit() {
        Plan plan = AdjustPlans.missed(TODAY.minusDays(2));
        var doc = doc(plan);
        var vm = new AdjustViewModel(doc, () -> TODAY);

        assertThat(vm.reasons()).containsExactly("Missed: 1 session was not logged: Run on Tue 29 Dec.");
        assertThat(vm.options()).extracting(OptionRow::name, OptionRow::offered).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Shift", true));
        assertThat(vm.selectedOption()).get().satisfies(o -> {
            assertThat(o.days()).containsExactly(new DayRow("Fri 1 Jan", "nothing", "Run · 50 min · RPE 3"));
            assertThat(o.check()).startsWith("Checked: no new warning");
            assertThat(o.why()).contains("Uphill Athlete");
        });
        assertThat(vm.canApplyProperty().get()).isTrue();
        assertThat(doc.getPlan()).isSameAs(plan);

        assertThat(vm.apply()).isTrue();
        assertThat(doc.getPlan().sessionsOn(TODAY.plusDays(1))).hasSize(1);
        assertThat(doc.undoDescriptionProperty().get())
                .isEqualTo("Adjust the coming days: Do Run (missed on Tue 29 Dec) on Fri 1 Jan, a free day");
        doc.undo();
        assertThat(doc.getPlan()).isEqualTo(plan);
    }

    @Test
    void aMissedSessionWithNoFreeDayAheadShowsWhyNothingIsOffered() {
        Plan plan = AdjustPlans.missed(TODAY.minusDays(2)).withSession(dev.switchback.engine.Plans.run(
                TODAY.plusDays(1), 3, 30)).withSession(dev.switchback.engine.Plans.run(TODAY.plusDays(4), 3, 30));
        var vm = new AdjustViewModel(doc(plan), () -> TODAY);
        assertThat(vm.reasons()).containsExactly("Missed: 1 session was not logged: Run on Tue 29 Dec.");
        assertThat(vm.options()).isEmpty();
        assertThat(vm.notes()).singleElement().asString().startsWith("Run (missed on Tue 29 Dec) is let go: no day in");
        assertThat(vm.canApplyProperty().get()).isFalse();
        // with Friday free, the shift is offered and there is nothing to explain
        assertThat(new AdjustViewModel(doc(AdjustPlans.missed(TODAY.minusDays(2))), () -> TODAY).notes()).isEmpty();
    }

    @Test
    void anOptionTheRulesRefuseIsListedWithWhyAndCannotBeApplied() {
        var doc = doc(AdjustPlans.harder());
        var vm = new AdjustViewModel(doc, () -> TODAY);
        assertThat(vm.options()).extracting(OptionRow::name).containsExactly("Swap for easy", "Shorten", "Skip",
                "Shift");
        assertThat(vm.options()).extracting(OptionRow::offered).containsExactly(true, true, false, false);
        vm.selectedProperty().set(2);
        assertThat(vm.canApplyProperty().get()).isFalse();
        assertThat(vm.selectedOption().get().check()).startsWith("Not offered: it would add WARN weekly-ramp");
        assertThat(vm.selectedOption().get().toString()).startsWith("Not offered · Skip: Skip Long pack hike");
        Plan before = doc.getPlan();
        assertThat(vm.apply()).isFalse();
        assertThat(doc.getPlan()).isSameAs(before);
        vm.selectedProperty().set(0);
        assertThat(vm.canApplyProperty().get()).isTrue();
    }

    @Test
    void aPlanThatChangedSinceTheDialogOpenedGetsTheOptionBuiltAgain() {
        var doc = doc(AdjustPlans.missed(TODAY.minusDays(2)));
        var vm = new AdjustViewModel(doc, () -> TODAY);
        doc.apply("Rename", p -> p.withName("Renamed"));
        assertThat(vm.apply()).isTrue();
        assertThat(doc.getPlan().name()).isEqualTo("Renamed");
        assertThat(doc.getPlan().sessionsOn(TODAY.plusDays(1))).hasSize(1);
    }

    @Test
    void theWeekViewModelSaysWhyWhileTodaysWeekIsOnScreenAndOpensTheDialog() {
        var doc = doc(AdjustPlans.missed(TODAY.minusDays(2)));
        var week = new WeekViewModel(doc, new FakeDialogs(), () -> TODAY);
        doc.weekStartProperty().set(dev.switchback.model.Weeks.monday(TODAY));
        assertThat(week.adjustReasonProperty().get()).isEqualTo("Missed: 1 session was not logged: Run on Tue 29 Dec.");
        int[] opened = {0};
        week.setAdjustAction(() -> opened[0]++);
        week.adjustComingDays();
        assertThat(opened[0]).isEqualTo(1);
        doc.weekStartProperty().set(dev.switchback.model.Weeks.monday(TODAY).plusWeeks(3));
        assertThat(week.adjustReasonProperty().get()).isEmpty();

        var clean = new WeekViewModel(doc(AdjustPlans.missed()), new FakeDialogs(), () -> TODAY);
        assertThat(clean.adjustReasonProperty().get()).isEmpty();
    }
}
