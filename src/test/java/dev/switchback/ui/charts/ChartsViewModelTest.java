package dev.switchback.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.SessionKind;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.app.PlanDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the charts rebuild: once per turn of the scheduler, and only while showing. No toolkit needed. */
class ChartsViewModelTest {
    private static final java.time.LocalDate MON = DemoPlans.MONDAY;

    private PlanDocument doc;
    private final List<Runnable> queued = new ArrayList<>();
    private final SimpleBooleanProperty showing = new SimpleBooleanProperty(true);
    private int rebuilds;

    @BeforeEach
    void setUp() {
        doc = new PlanDocument(DemoPlans.week(MON), Optional.empty(), p -> Engine.analyse(p, DemoPlans.TODAY));
        doc.weekStartProperty().set(MON);
    }

    private ChartsViewModel charts() {
        var vm = new ChartsViewModel(doc, doc.analysisProperty(), showing, queued::add);
        vm.dataProperty().addListener((obs, old, now) -> rebuilds++);
        return vm;
    }

    private void runQueued() {
        var now = List.copyOf(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    private void addRun(int day) {
        doc.apply("Add a run", p -> p.withSessions(concat(p.sessions(), DemoPlans.session("r" + day, MON.plusDays(day),
                SessionKind.TRAIL_RUN, "Run " + day, 45, 8, 100, 0, 4.0))));
    }

    private static <T> List<T> concat(List<T> a, T b) {
        var all = new ArrayList<>(a);
        all.add(b);
        return all;
    }

    @Test
    void showingChartsHaveTheirDataAtOnce() {
        var vm = charts();
        assertThat(vm.dataProperty().get()).isPresent();
        assertThat(queued).isEmpty();
    }

    @Test
    void aBurstOfEditsAndWeekChangesCostsOneRebuild() {
        var vm = charts();
        addRun(1);
        addRun(2);
        doc.weekStartProperty().set(MON.plusWeeks(1));
        doc.weekStartProperty().set(MON.plusWeeks(2));
        assertThat(rebuilds).isZero();
        assertThat(queued).hasSize(1);
        runQueued();
        assertThat(rebuilds).isEqualTo(1);
        assertThat(vm.dataProperty().get().orElseThrow().weeks()).filteredOn(WeekPoint::onScreen)
                .extracting(WeekPoint::weekStart).containsExactly(MON.plusWeeks(2));
    }

    @Test
    void theRebuildUsesTheLatestAnalysisNotTheOneOfTheFirstEdit() {
        var vm = charts();
        addRun(1);
        addRun(2);
        runQueued();
        var fresh = new ChartsViewModel(doc).dataProperty().get();
        assertThat(vm.dataProperty().get()).isEqualTo(fresh);
    }

    @Test
    void hiddenChartsDoNotRebuildAndCatchUpWhenShown() {
        var vm = charts();
        showing.set(false);
        addRun(1);
        doc.weekStartProperty().set(MON.plusWeeks(1));
        assertThat(queued).isEmpty();
        assertThat(rebuilds).isZero();

        showing.set(true);
        assertThat(queued).hasSize(1);
        runQueued();
        assertThat(rebuilds).isEqualTo(1);
        assertThat(vm.dataProperty().get()).isEqualTo(new ChartsViewModel(doc).dataProperty().get());
    }

    @Test
    void chartsBuiltWhileHiddenWaitUntilShown() {
        showing.set(false);
        var vm = charts();
        assertThat(vm.dataProperty().get()).isEmpty();
        assertThat(queued).isEmpty();
        showing.set(true);
        runQueued();
        assertThat(vm.dataProperty().get()).isPresent();
    }

    @Test
    void showingAgainWithoutChangesDoesNotRebuild() {
        charts();
        showing.set(false);
        showing.set(true);
        assertThat(queued).isEmpty();
        assertThat(rebuilds).isZero();
    }

    @Test
    void hidingBeforeTheQueuedRebuildRunsLeavesItForLater() {
        var vm = charts();
        addRun(1);
        showing.set(false);
        runQueued();
        assertThat(rebuilds).isZero();
        showing.set(true);
        runQueued();
        assertThat(rebuilds).isEqualTo(1);
        assertThat(vm.dataProperty().get()).isEqualTo(new ChartsViewModel(doc).dataProperty().get());
    }
}
