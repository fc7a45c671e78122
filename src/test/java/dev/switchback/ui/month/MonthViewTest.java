package dev.switchback.ui.month;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.RiggedAnalysis;
import dev.switchback.ui.app.MainViewModel;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The month tab of the real window: weeks at a glance, a click opens the week. */
class MonthViewTest {
    private static final LocalDate MON = DemoPlans.MONDAY;
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(FakeFiles::new, () -> DemoPlans.TODAY, RiggedAnalysis.analyser())
            .opened(w -> vm = w.vm()).readyWhen(m -> m.document().getAnalysis().isPresent());

    @Test
    void theMonthTabShowsTheWeeksAndAClickOpensOne(FxRobot robot) {
        robot.clickOn("Month");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#month-title").queryAs(Label.class).getText()).isEqualTo("November 2026");
        assertThat(robot.lookup(".month-week").queryAll()).hasSize(6);
        assertThat(robot.lookup("#month-week-" + MON).query().getStyleClass()).contains("on-screen");
        assertThat(robot.lookup("#month-day-" + MON.plusDays(1)).lookup(".month-entry").queryAs(Label.class)
                .getText()).isEqualTo("Trail run 1\u00a0h");
        assertThat(robot.lookup("#month-findings-" + MON).queryAs(Label.class).getText()).isEqualTo("No findings");

        robot.clickOn("#month-week-" + MON.minusWeeks(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.week().weekStart()).isEqualTo(MON.minusWeeks(2));
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("week-tab");
        assertThat(robot.lookup("#week-title").queryAs(Label.class).getText()).startsWith("9 Nov – 15 Nov 2026");
    }

    @Test
    void nextMonthAndBack(FxRobot robot) {
        robot.clickOn("Month");
        robot.clickOn("#next-month");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#month-title").queryAs(Label.class).getText()).isEqualTo("December 2026");
        assertThat(robot.lookup(".month-week").queryAll()).hasSize(5);
        robot.clickOn("#this-month");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#month-title").queryAs(Label.class).getText()).isEqualTo("November 2026");
    }
}
