package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.RiggedAnalysis;
import dev.switchback.ui.charts.ChartsPanel;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window builds after its first frame: the findings panel replaces its placeholder, the
 * charts tab is built when first opened and keeps up with the week while it is open.
 */
class LazyPartsTest {
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(FakeFiles::new, () -> DemoPlans.TODAY, RiggedAnalysis.analyser())
            .opened(w -> vm = w.vm()).readyWhen(m -> m.document().getAnalysis().isPresent());

    private static Tab chartsTab(FxRobot robot) {
        return robot.lookup("#main-tabs").queryAs(TabPane.class).getTabs().stream()
                .filter(t -> "charts-tab".equals(t.getId())).findFirst().orElseThrow();
    }

    @Test
    void theFindingsPanelReplacesItsPlaceholderOnceTheWindowIsShown(FxRobot robot) {
        assertThat(robot.lookup("#findings-placeholder").tryQuery()).isEmpty();
        TabPane side = robot.lookup("#side-panels").queryAs(TabPane.class);
        assertThat(side.getTabs()).singleElement().satisfies(t -> {
            assertThat(t.getText()).isEqualTo("Findings");
            assertThat(t.getContent()).isInstanceOf(dev.switchback.ui.findings.FindingsPanel.class);
        });
    }

    @Test
    void theChartsAreNotBuiltBeforeTheirTabIsOpened(FxRobot robot) {
        assertThat(chartsTab(robot).getContent()).isNull();
        assertThat(robot.lookup(".charts-panel").tryQuery()).isEmpty();
    }

    @Test
    void openingTheChartsTabDrawsTheWeeksAroundTheWeekOnScreen(FxRobot robot) {
        robot.clickOn("Charts");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chartsTab(robot).getContent()).isInstanceOf(ChartsPanel.class);
        BarChart<?, ?> load = robot.lookup(".load-chart").queryAs(BarChart.class);
        assertThat(load.getData()).isNotEmpty();
        assertThat(load.getData().get(0).getData()).isNotEmpty();
    }

    @Test
    void theOpenChartsFollowTheWeekOnScreen(FxRobot robot) {
        robot.clickOn("Charts");
        WaitForAsyncUtils.waitForFxEvents();
        var charts = (ChartsPanel) chartsTab(robot).getContent();
        var before = charts.viewModel().dataProperty().get().orElseThrow();
        robot.interact(() -> vm.week().nextWeek());
        WaitForAsyncUtils.waitForFxEvents();
        var after = charts.viewModel().dataProperty().get().orElseThrow();
        assertThat(after.weeks().stream().filter(w -> w.onScreen()).findFirst().orElseThrow().weekStart())
                .isEqualTo(before.weeks().stream().filter(w -> w.onScreen()).findFirst().orElseThrow().weekStart()
                        .plusWeeks(1));
    }

    @Test
    void theWeekTabIsStillFirstAndShown(FxRobot robot) {
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("week-tab");
        robot.clickOn("Charts");
        robot.clickOn("Week");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#week-title").tryQuery()).isPresent();
    }
}
