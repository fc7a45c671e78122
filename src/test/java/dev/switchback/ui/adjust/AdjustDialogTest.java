package dev.switchback.ui.adjust;

import static dev.switchback.ui.adjust.AdjustPlans.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.Plan;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanFiles;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The week view's "Adjust the coming days": the reason shown, open, choose, before/after, apply, undo. */
class AdjustDialogTest {
    private Plan plan;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(this::files, () -> TODAY, p -> Engine.analyse(p, TODAY));

    private PlanFiles files() {
        plan = AdjustPlans.harder();
        var files = new FakeFiles();
        files.put(files.defaultPlanFile(), plan);
        return files;
    }

    @Test
    void showsTheReasonOpensTheOptionsAppliesOneAsOneEditAndUndoesIt(FxRobot robot) throws Exception {
        fx.window().awaitPlan(() -> true);
        robot.interact(() -> fx.window().vm().week().goToToday());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#adjust-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#adjust-reason").queryLabeled().getText())
                .startsWith("Harder than planned: Logged effort was 2 or more points above plan");

        robot.clickOn("#adjust-coming-days");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> options = robot.lookup("#adjust-options").queryAs(ListView.class);
        assertThat(options.getItems()).hasSize(4);
        assertThat(robot.lookup("#adjust-title").queryLabeled().getText())
                .isEqualTo("Swap Long pack hike on Sat 2 Jan for an easy run of 45 min at RPE 3");
        assertThat(texts(robot.lookup("#adjust-days").queryAs(GridPane.class))).containsExactly("Day", "Before",
                "After", "Sat 2 Jan", "Long pack hike · 3 h · 6.8 kg pack · RPE 4", "Easy run · 45 min · 6 km · RPE 3");
        assertThat(robot.lookup("#adjust-check").queryLabeled().getText()).startsWith("Checked: no new warning");

        // the keyboard chooses: down to the refused skip (Apply disabled), back up to shorten
        robot.clickOn((javafx.scene.Node) options);
        robot.type(KeyCode.HOME).type(KeyCode.DOWN).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#adjust-check").queryLabeled().getText()).startsWith("Not offered: it would add WARN");
        assertThat(robot.lookup("#adjust-apply").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#adjust-title").queryLabeled().getText()).startsWith("Shorten the 5 sessions");
        assertThat(robot.lookup("#adjust-apply").queryButton().isDisabled()).isFalse();

        robot.clickOn("#adjust-apply");
        WaitForAsyncUtils.waitForFxEvents();
        var doc = fx.window().vm().document();
        assertThat(doc.getPlan().sessionsOn(TODAY.plusDays(2)).get(0).duration().toMinutes()).isEqualTo(125);
        assertThat(doc.undoDescriptionProperty().get()).startsWith("Adjust the coming days: Shorten the 5 sessions");
        assertThat(doc.getPlan().logs()).isEqualTo(plan.logs());

        robot.interact(doc::undo);
        assertThat(doc.getPlan().sessions()).containsExactlyInAnyOrderElementsOf(plan.sessions());
        assertThat(robot.lookup("#adjust-banner").query().isVisible()).isTrue();
    }

    private static java.util.List<String> texts(GridPane grid) {
        return grid.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }
}
