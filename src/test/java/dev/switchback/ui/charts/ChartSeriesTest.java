package dev.switchback.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.switchback.model.SessionKind;
import dev.switchback.model.Units;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.fake.FakeEngine;
import dev.switchback.ui.fake.FakePlans;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartSeriesTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void coversTwelveWeeksBeforeTheWeekOnScreenAndEightAfter() {
        var data = ChartSeries.build(FakeEngine.analyse(FakePlans.steady(MONDAY, 16, 10)), MONDAY.plusDays(3),
                FakePlans.athlete());
        assertThat(data.weeks()).hasSize(21);
        assertThat(data.weeks().get(0).weekStart()).isEqualTo(MONDAY.minusWeeks(12));
        assertThat(data.weeks().get(20).weekStart()).isEqualTo(MONDAY.plusWeeks(8));
        assertThat(data.weeks()).filteredOn(WeekPoint::onScreen).singleElement()
                .satisfies(w -> assertThat(w.weekStart()).isEqualTo(MONDAY));
        assertThat(data.weeks().get(12).label()).isEqualTo("23 Nov");
    }

    @Test
    void weeksOutsideThePlanHaveNoLoadAndNoMetrics() {
        var plan = FakePlans.empty().withSession(
                FakePlans.session(MONDAY.plusDays(1), SessionKind.TRAIL_RUN, "Run", 60, 10_000, 100, 0, 5));
        var data = ChartSeries.build(FakeEngine.analyse(plan), MONDAY, FakePlans.athlete());
        WeekPoint before = data.weeks().get(11);
        assertThat(before.plannedAu()).isZero();
        assertThat(before.inPlan()).isFalse();
        assertThat(data.weeks().get(12).inPlan()).isTrue();
        assertThat(before.ctl()).isEmpty();
        assertThat(data.weeks().get(12).plannedAu()).isEqualTo(300.0);
    }

    @Test
    void saysWhenHistoryIsTooShortForTheMetrics() {
        var shortPlan = FakePlans.steady(MONDAY, 1, 2);
        var data = ChartSeries.build(FakeEngine.analyse(shortPlan), MONDAY, FakePlans.athlete());
        assertThat(data.historyNote()).isEqualTo("No ratio or form for the first 4 weeks of the plan: the load metrics need 28 days of history");
        assertThat(data.weeks()).allSatisfy(w -> assertThat(w.acwr()).isEmpty());
    }

    @Test
    void noHistoryNoteWhenEveryLoadedWeekHasItsMetrics() {
        var plan = FakePlans.steady(MONDAY, 16, 8);
        var data = ChartSeries.build(FakeEngine.analyse(plan), MONDAY, FakePlans.athlete());
        assertThat(data.historyNote()).isEmpty();
        assertThat(data.weeks()).allSatisfy(w -> {
            assertThat(w.acwr()).isPresent();
            assertThat(w.ctl()).isPresent();
        });
    }

    @Test
    void packAndCarryingAreShownInTheAthletesUnits() {
        var plan = FakePlans.empty().withSession(
                FakePlans.session(MONDAY.plusDays(5), SessionKind.HIKE, "Hike", 180, 10_000, 500, 10, 4));
        var metric = ChartSeries.build(FakeEngine.analyse(plan), MONDAY, FakePlans.athlete());
        WeekPoint m = metric.weeks().get(12);
        assertThat(m.heaviestPack()).isEqualTo(10.0);
        assertThat(m.carried()).isEqualTo(100.0);
        assertThat(m.packPctBody()).isCloseTo(14.29, within(0.01));
        assertThat(metric.packUnit()).isEqualTo("kg");

        var imperial = ChartSeries.build(FakeEngine.analyse(plan), MONDAY,
                FakePlans.athlete().withUnits(Units.IMPERIAL));
        WeekPoint i = imperial.weeks().get(12);
        assertThat(i.heaviestPack()).isCloseTo(22.05, within(0.01));
        assertThat(i.carried()).isCloseTo(136.99, within(0.01));
        assertThat(imperial.packUnit()).isEqualTo("lb");
        assertThat(imperial.carriedUnit()).isEqualTo("lb\u00b7mi");
    }

    @Test
    void viewModelFollowsTheWeekOnScreenAndExplainsAnEmptyPlan() {
        var doc = new PlanDocument(FakePlans.empty(), Optional.empty());
        doc.weekStartProperty().set(MONDAY);
        var vm = new ChartsViewModel(doc, FakeEngine.analysisOf(doc));
        assertThat(vm.dataProperty().get()).isEmpty();
        assertThat(vm.emptyMessageProperty().get()).isEqualTo(ChartsViewModel.EMPTY_PLAN);

        doc.apply("Add plan", p -> FakePlans.steady(MONDAY, 4, 4));
        assertThat(vm.emptyMessageProperty().get()).isEmpty();
        assertThat(vm.dataProperty().get().orElseThrow().weeks().get(12).weekStart()).isEqualTo(MONDAY);

        doc.weekStartProperty().set(MONDAY.plusWeeks(2));
        assertThat(vm.dataProperty().get().orElseThrow().weeks().get(12).weekStart()).isEqualTo(MONDAY.plusWeeks(2));
    }

    @Test
    void viewModelSaysSoWhenThereIsNoAnalysis() {
        var doc = new PlanDocument(FakePlans.empty(), Optional.empty());
        var vm = new ChartsViewModel(doc, new javafx.beans.property.SimpleObjectProperty<>(Optional.empty()));
        assertThat(vm.emptyMessageProperty().get()).isEqualTo(ChartsViewModel.NO_ANALYSIS);
    }
}
