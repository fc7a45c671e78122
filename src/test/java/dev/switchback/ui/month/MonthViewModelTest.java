package dev.switchback.ui.month;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.SessionId;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.RiggedAnalysis;
import dev.switchback.ui.app.PlanDocument;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MonthViewModelTest {
    private static final LocalDate MON = DemoPlans.MONDAY; // Mon 23 Nov 2026
    private PlanDocument doc;
    private MonthViewModel vm;

    @BeforeEach
    void open() {
        Plan plan = DemoPlans.week(MON);
        plan = plan.withSession(plan.session(new SessionId("sat-hike")).orElseThrow().withTitle("WARN Ridge hike"));
        doc = new PlanDocument(plan, Optional.empty(), RiggedAnalysis.analyser());
        doc.weekStartProperty().set(MON);
        vm = new MonthViewModel(doc, () -> DemoPlans.TODAY);
    }

    @Test
    void showsEveryIsoWeekThatTouchesTheMonthOfTheWeekOnScreen() {
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(vm.titleProperty().get()).isEqualTo("November 2026");
        // 1 Nov 2026 is a Sunday: W44 (26 Oct) to W49 (30 Nov), six weeks
        assertThat(vm.weeksProperty().get()).extracting(MonthViewModel.WeekRow::isoWeek)
                .containsExactly("W44", "W45", "W46", "W47", "W48", "W49");
        assertThat(vm.range().firstMonday()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(vm.range().lastMonday()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void eachWeekHasItsDaysSessionsLoadFindingsAndPhase() {
        MonthViewModel.WeekRow w48 = vm.weeksProperty().get().get(4);
        assertThat(w48.onScreen()).isTrue();
        assertThat(w48.phase()).isEqualTo("Build");
        assertThat(w48.findings()).isEqualTo("1 warning");
        assertThat(w48.hasFindings()).isTrue();
        assertThat(w48.load()).matches("\\d+ of \\d+ AU");
        assertThat(w48.days()).hasSize(7);
        assertThat(w48.days().get(1).entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("Trail run");
            assertThat(e.duration()).isEqualTo("1 h");
            assertThat(e.title()).isEqualTo("Easy trail run");
        });
        assertThat(w48.days().get(2).today()).isTrue();
        assertThat(vm.weeksProperty().get().get(0).days().get(0).inMonth()).isFalse(); // Mon 26 Oct
        assertThat(vm.weeksProperty().get().get(3).findings()).isEqualTo("No findings");
        assertThat(vm.weeksProperty().get().get(3).hasFindings()).isFalse();
    }

    @Test
    void theGoalIsTheEnginesNextGoal() {
        assertThat(vm.goalProperty().get()).startsWith("Goal: Sarek traverse · ");
    }

    @Test
    void openingAWeekPutsItOnScreenAndNavigatingMonthsKeepsTheWeek() {
        vm.openWeek(LocalDate.of(2026, 11, 4));
        assertThat(doc.weekStartProperty().get()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(vm.weeksProperty().get().get(1).onScreen()).isTrue();
        vm.nextMonth();
        assertThat(vm.titleProperty().get()).isEqualTo("December 2026");
        assertThat(doc.weekStartProperty().get()).isEqualTo(LocalDate.of(2026, 11, 2));
        vm.thisMonth();
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void theMonthFollowsTheWeekViewIntoAnotherMonth() {
        doc.weekStartProperty().set(LocalDate.of(2027, 1, 11));
        assertThat(vm.titleProperty().get()).isEqualTo("January 2027");
        // the week of Mon 28 Dec is January's first row too: shown there, the month stays
        doc.weekStartProperty().set(LocalDate.of(2026, 12, 28));
        assertThat(vm.titleProperty().get()).isEqualTo("January 2027");
        doc.weekStartProperty().set(LocalDate.of(2026, 12, 21));
        assertThat(vm.titleProperty().get()).isEqualTo("December 2026");
        // opened from elsewhere, a week belongs to the month of its Thursday (31 Dec: December)
        assertThat(MonthViewModel.monthOf(LocalDate.of(2026, 12, 28))).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void anEditRedrawsTheMonth() {
        doc.apply("Rename", p -> p.withSession(p.session(new SessionId("tue-run")).orElseThrow()
                .withTitle("WARN Easy trail run")));
        assertThat(vm.weeksProperty().get().get(4).findings()).isEqualTo("2 warnings");
    }
}
