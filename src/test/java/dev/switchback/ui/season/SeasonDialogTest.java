package dev.switchback.ui.season;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.Plan;
import dev.switchback.store.SamplePlan;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.TestWindow;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Plan > Build season... for the sample plan's goal trip: preview, accept, undo. */
@ExtendWith(ApplicationExtension.class)
class SeasonDialogTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private TestWindow window;
    private Plan sample;

    @Start
    void start(Stage stage) {
        sample = SamplePlan.create(TODAY);
        var files = new FakeFiles();
        files.put(files.defaultPlanFile(), sample);
        window = TestWindow.open(stage, files, () -> TODAY, p -> Engine.analyse(p, TODAY));
    }

    @AfterEach
    void forget() throws Exception {
        window.forget();
    }

    @Test
    void buildsTheSeasonThroughTheDialogPreviewsAcceptsAndUndoes(FxRobot robot) throws Exception {
        window.awaitPlan(() -> true);
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
        var doc = window.vm().document();
        assertThat(doc.getPlan().sessions()).anyMatch(s -> s.id().value().startsWith("season-"));
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Build season towards Höhenweg traverse");

        robot.interact(doc::undo);
        assertThat(doc.getPlan().sessions()).noneMatch(s -> s.id().value().startsWith("season-"));
        assertThat(doc.getPlan().sessions()).containsExactlyInAnyOrderElementsOf(sample.sessions());
    }
}
