package dev.switchback.ui.trip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Trip;
import dev.switchback.model.TripStage;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.RiggedAnalysis;
import dev.switchback.ui.app.MainViewModel;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The trip editor in the planner window, headless: a multi-day trip typed in and drawn across its days. */
class TripEditorViewTest {
    private static final LocalDate THURSDAY = DemoPlans.MONDAY.plusDays(3);
    private static final int DISTANCE = 2;
    private static final int PACK = 4;
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(FakeFiles::new, () -> DemoPlans.TODAY, RiggedAnalysis.analyser())
            .opened(w -> vm = w.vm());

    /** The stage table's cell for {@code day} (0-based) in the given column (0 is "Day"). */
    private static Node cell(FxRobot robot, int day, int column) {
        TableView<?> table = robot.lookup("#stages").queryAs(TableView.class);
        return robot.from(table).lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getIndex() == day
                && c.getTableColumn() == table.getColumns().get(column) && c.isVisible()).query();
    }

    private static void type(FxRobot robot, int day, int column, String text) {
        robot.doubleClickOn(cell(robot, day, column));
        robot.write(text).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openNewTripOnThursday(FxRobot robot) {
        robot.clickOn("#day-" + THURSDAY);
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trip-editor").tryQuery()).as("the trip editor is open").isPresent();
    }

    @Test
    void aThreeDayTripTypedIntoTheEditorIsDrawnAcrossItsDays(FxRobot robot) {
        int tripsBefore = vm.document().getPlan().trips().size();
        openNewTripOnThursday(robot);
        robot.doubleClickOn("#trip-title").push(KeyCode.SHORTCUT, KeyCode.A).write("Kungsleden north");
        robot.clickOn("#add-day");
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, 0, DISTANCE, "18");
        type(robot, 2, PACK, "10");
        robot.clickOn("#trip-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.document().getPlan().trips()).hasSize(tripsBefore + 1);
        Trip trip = vm.document().getPlan().trips().stream().filter(t -> t.title().equals("Kungsleden north"))
                .findFirst().orElseThrow();
        assertThat(trip.start()).isEqualTo(THURSDAY);
        assertThat(trip.stages()).extracting(TripStage::distanceM).containsExactly(18_000.0, 20_000.0, 20_000.0);
        assertThat(trip.stages()).extracting(TripStage::packKg).containsExactly(12.0, 12.0, 10.0);

        Node band = robot.lookup("#trip-" + trip.id()).query();
        assertThat(GridPane.getColumnSpan(band)).as("Thursday to Saturday").isEqualTo(3);
        assertThat(GridPane.getColumnIndex(band)).isEqualTo(3);
        for (int d = 0; d < 3; d++) {
            assertThat(robot.lookup("#day-" + THURSDAY.plusDays(d)).lookup(".trip-stage").tryQuery())
                    .as("stage of day %d drawn on %s", d + 1, THURSDAY.plusDays(d)).isPresent();
        }
        assertThat(robot.lookup("#day-" + THURSDAY.plusDays(3)).lookup(".trip-stage").tryQuery()).isEmpty();
    }

    @Test
    void aCellTakesItsValueWhenTheFocusLeavesAndMarksTextThatIsNoNumber(FxRobot robot) {
        openNewTripOnThursday(robot);
        Label error = robot.lookup("#trip-error").queryAs(Label.class);
        robot.doubleClickOn(cell(robot, 0, DISTANCE));
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("17");
        robot.clickOn("#trip-title"); // no Enter, no Tab: the focus just leaves the cell
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((TableCell<?, ?>) cell(robot, 0, DISTANCE)).getText()).isEqualTo("17");

        type(robot, 1, DISTANCE, "abc");
        assertThat(error.getText()).startsWith("Day 2: ");
        TableCell<?, ?> bad = (TableCell<?, ?>) cell(robot, 1, DISTANCE);
        assertThat(bad.getText()).isEqualTo("abc");
        assertThat(bad.getStyleClass()).contains("cell-error");
        assertThat(bad.getTooltip().getText()).containsIgnoringCase("distance");
        assertThat(robot.lookup("#trip-ok").queryButton().isDisabled()).isTrue();
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void aBadStageValueIsRefusedWithItsReasonUntilItIsPutRight(FxRobot robot) {
        openNewTripOnThursday(robot);
        Button ok = robot.lookup("#trip-ok").queryButton();
        Label error = robot.lookup("#trip-error").queryAs(Label.class);
        assertThat(ok.isDisabled()).isFalse();

        type(robot, 1, DISTANCE, "-3");

        assertThat(error.getText()).startsWith("Day 2: ").containsIgnoringCase("distance");
        assertThat(ok.isDisabled()).isTrue();

        type(robot, 1, DISTANCE, "12");
        assertThat(error.getText()).isEmpty();
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn((Node n) -> n instanceof Button b && "Cancel".equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trip-editor").tryQuery()).as("Cancel closes the editor").isEmpty();
    }
}
