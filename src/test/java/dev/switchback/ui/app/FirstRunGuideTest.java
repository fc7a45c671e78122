package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.RiggedAnalysis;
import dev.switchback.ui.TestWindow;
import java.util.prefs.BackingStoreException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first-run guide in the real window: opened from Help, stepped through, closed and remembered. */
@ExtendWith(ApplicationExtension.class)
class FirstRunGuideTest {
    private TestWindow window;
    private FirstRunGuideViewModel guide;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, new FakeFiles(), () -> DemoPlans.TODAY, RiggedAnalysis.analyser());
        guide = (FirstRunGuideViewModel) stage.getProperties().get(FirstRunGuideViewModel.class);
    }

    @BeforeEach
    void waitForThePlan() throws Exception {
        window.awaitPlan(() -> window.vm().document().getAnalysis().isPresent());
    }

    @AfterEach
    void forget() throws BackingStoreException {
        window.forget();
    }

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
        assertThat(window.prefs().getBoolean(FirstRunGuideViewModel.SEEN_KEY, false)).isFalse();

        robot.interact(() -> button(robot, "#guide-next").fire());
        assertThat(guide.showingProperty().get()).isFalse();
        assertThat(robot.lookup(".guide-target").tryQuery()).isEmpty();
        assertThat(window.prefs().getBoolean(FirstRunGuideViewModel.SEEN_KEY, false)).isTrue();
        assertThat(guide.dueOnStart()).isFalse();
    }

    @Test
    void skipClosesItAtOnceAndHelpOpensItAgainAtTheStart(FxRobot robot) {
        robot.interact(() -> helpItem(robot).fire());
        robot.interact(() -> button(robot, "#guide-next").fire());
        robot.interact(() -> button(robot, "#guide-skip").fire());
        assertThat(guide.showingProperty().get()).isFalse();
        assertThat(window.prefs().getBoolean(FirstRunGuideViewModel.SEEN_KEY, false)).isTrue();

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
