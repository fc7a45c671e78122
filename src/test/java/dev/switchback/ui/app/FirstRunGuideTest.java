package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.RiggedAnalysis;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The first-run guide in the real window: opened from Help, stepped through, closed and remembered. */
class FirstRunGuideTest {
    private FirstRunGuideViewModel guide;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(FakeFiles::new, () -> DemoPlans.TODAY, RiggedAnalysis.analyser())
            .opened(w -> guide = (FirstRunGuideViewModel) w.stage().getProperties().get(FirstRunGuideViewModel.class))
            .readyWhen(m -> m.document().getAnalysis().isPresent());

    @Test
    void theWindowOpensWithoutTheGuideAndHelpHasIt(FxRobot robot) {
        assertThat(robot.lookup("#first-run-guide").tryQuery()).isEmpty();
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).last().satisfies(help -> {
            assertThat(help.getText()).isEqualTo("Help");
            assertThat(help.getItems()).extracting(i -> i.getText()).contains("Show the guide");
        });
    }

    @Test
    void stepsThroughTheFourCalloutsOutliningEachPartAndRemembersDone(FxRobot robot) {
        robot.interact(() -> helpItem(robot).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title(robot)).isEqualTo("Your week");
        assertThat(robot.lookup("#week-view").query().getStyleClass()).contains("guide-target");

        robot.interact(() -> button(robot, "#guide-next").fire());
        assertThat(title(robot)).isEqualTo("Findings and their fixes");
        assertThat(robot.lookup("#week-view").query().getStyleClass()).doesNotContain("guide-target");
        assertThat(robot.lookup("#side-panels").query().getStyleClass()).contains("guide-target");

        robot.interact(() -> button(robot, "#guide-back").fire());
        assertThat(title(robot)).isEqualTo("Your week");
        robot.interact(() -> button(robot, "#guide-next").fire());
        robot.interact(() -> button(robot, "#guide-next").fire());
        assertThat(title(robot)).isEqualTo("Log what you did");
        robot.interact(() -> button(robot, "#guide-next").fire());
        assertThat(title(robot)).isEqualTo("Print the week");
        assertThat(button(robot, "#guide-next").getText()).isEqualTo("Done");
        assertThat(fx.window().prefs().getBoolean(FirstRunGuideViewModel.SEEN_KEY, false)).isFalse();

        robot.interact(() -> button(robot, "#guide-next").fire());
        assertThat(guide.showingProperty().get()).isFalse();
        assertThat(robot.lookup(".guide-target").tryQuery()).isEmpty();
        assertThat(fx.window().prefs().getBoolean(FirstRunGuideViewModel.SEEN_KEY, false)).isTrue();
        assertThat(guide.dueOnStart()).isFalse();
    }

    @Test
    void skipClosesItAtOnceAndHelpOpensItAgainAtTheStart(FxRobot robot) {
        robot.interact(() -> helpItem(robot).fire());
        robot.interact(() -> button(robot, "#guide-next").fire());
        robot.interact(() -> button(robot, "#guide-skip").fire());
        assertThat(guide.showingProperty().get()).isFalse();
        assertThat(fx.window().prefs().getBoolean(FirstRunGuideViewModel.SEEN_KEY, false)).isTrue();

        robot.interact(() -> helpItem(robot).fire());
        assertThat(guide.showingProperty().get()).isTrue();
        assertThat(title(robot)).isEqualTo("Your week");
    }

    private static javafx.scene.control.MenuItem helpItem(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("Help")).findFirst().orElseThrow().getItems().stream()
                .filter(i -> "menu-show-guide".equals(i.getId())).findFirst().orElseThrow();
    }

    private static String title(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#guide-title").queryAs(Label.class).getText();
    }

    private static javafx.scene.control.Button button(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return (javafx.scene.control.Button) n;
    }
}
