package dev.switchback.ui.season;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.Plan;
import dev.switchback.store.SamplePlan;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanFiles;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Plan > Build season... for the sample plan's goal trip: preview, accept, undo. */
class SeasonDialogTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private Plan sample;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(this::files, () -> TODAY, p -> Engine.analyse(p, TODAY));

    private PlanFiles files() {
        sample = SamplePlan.create(TODAY);
        var files = new FakeFiles();
        files.put(files.defaultPlanFile(), sample);
        return files;
    }

    @Test
    void buildsTheSeasonThroughTheDialogPreviewsAcceptsAndUndoes(FxRobot robot) throws Exception {
        fx.window().awaitPlan(() -> true);
        robot.clickOn("Plan").clickOn("Build season…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#season-accept").queryButton().isDisabled()).isTrue();
        robot.clickOn("#season-replace").clickOn("#season-preview");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> weeks = robot.lookup("#season-weeks").queryAs(TableView.class);
        assertThat(weeks.getItems()).hasSize(4);
        assertThat(robot.lookup("#season-summary").queryLabeled().getText()).startsWith("4 weeks (");
        assertThat(robot.lookup("#season-accept").queryButton().isDisabled()).isFalse();

        robot.clickOn("#season-accept");
        WaitForAsyncUtils.waitForFxEvents();
        var doc = fx.window().vm().document();
        assertThat(doc.getPlan().sessions()).anyMatch(s -> s.id().value().startsWith("season-"));
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Build season towards Höhenweg traverse");

        robot.interact(doc::undo);
        assertThat(doc.getPlan().sessions()).noneMatch(s -> s.id().value().startsWith("season-"));
        assertThat(doc.getPlan().sessions()).containsExactlyInAnyOrderElementsOf(sample.sessions());
    }
}
