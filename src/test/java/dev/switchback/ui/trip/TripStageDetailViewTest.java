package dev.switchback.ui.trip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Athlete;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Weather;
import dev.switchback.ui.FxWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The trip editor's per-day detail area on screen (headless): a stage's expected conditions and its route. */
class TripStageDetailViewTest {
    private static final Athlete ALEX = Athlete.of("Alex", 72);
    private static final TripStage DOWNHILL = new TripStage(Duration.ofHours(6), 18_000, 800, 1_400, 12,
            Optional.of(6.0));

    @TempDir
    static Path dir;

    private TripEditorViewModel vm;
    private Optional<Path> picked = Optional.empty();

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.MODENA, this::start);

    void start(Stage stage) {
        Trip trip = new Trip(TripId.random(), "Traverse", LocalDate.of(2026, 12, 19), List.of(DOWNHILL, DOWNHILL),
                Terrain.TRAIL, false, "");
        vm = TripEditorViewModel.forEdit(trip, ALEX);
        stage.setScene(new Scene(new TripEditorView(vm, owner -> picked), 1100, 700));
        stage.show();
    }

    private static Node cell(FxRobot robot, int day, int column) {
        TableView<?> table = robot.lookup("#stages").queryAs(TableView.class);
        return robot.from(table).lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getIndex() == day
                && c.getTableColumn() == table.getColumns().get(column) && c.isVisible()).query();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theDetailAreaFollowsTheSelectedDayAndItsConditionsAreSaved(FxRobot robot) {
        assertThat(text(robot, "#stage-detail-heading")).startsWith("Select a day");
        assertThat(robot.lookup("#stage-condition-hot").query().isDisabled()).isTrue();
        robot.clickOn(cell(robot, 1, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#stage-detail-heading")).isEqualTo("Day 2: expected conditions, ways off and route");
        robot.clickOn("#stage-condition-hot").clickOn("#stage-condition-wet");
        var stages = vm.result().orElseThrow().stages();
        assertThat(stages.get(0).trail().conditions()).isEmpty();
        assertThat(stages.get(1).trail().conditions()).containsExactlyInAnyOrder(Weather.HOT, Weather.WET);
        // descent and target effort, which the editor does not show, are still the stage's
        assertThat(stages.get(1).descentM()).isEqualTo(1_400);
        assertThat(stages.get(1).targetRpe()).contains(6.0);
        robot.clickOn(cell(robot, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stage-condition-hot").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.clickOn(cell(robot, 1, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stage-condition-hot").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#stage-condition-wet").queryAs(CheckBox.class).isSelected()).isTrue();
    }

    @Test
    void theWaysOffAreTypedUnderTheTableUncutAndATooLongOneIsRefusedWithItsReason(FxRobot robot) {
        // no column for them: a 100-pixel cell cut "Hütte at km 12; bus at 16:40" to "Hütte at..."
        TableView<?> table = robot.lookup("#stages").queryAs(TableView.class);
        assertThat(table.getColumns()).noneMatch(c -> c.getGraphic() instanceof Label l && l.getText().contains("Bail"));
        robot.clickOn(cell(robot, 1, 0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#stage-bailouts").write("Hütte at km 12; bus from the valley at 16:40");
        WaitForAsyncUtils.waitForFxEvents();
        var stages = vm.result().orElseThrow().stages();
        assertThat(stages.get(0).trail().bailouts()).isEmpty();
        assertThat(stages.get(1).trail().bailouts()).containsExactly("Hütte at km 12", "bus from the valley at 16:40");
        assertThat(text(robot, "#stage-bailouts-error")).isEmpty();
        robot.clickOn(cell(robot, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stage-bailouts").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        robot.clickOn("#stage-bailouts").write("x".repeat(dev.switchback.model.Limits.MAX_BAILOUT + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#stage-bailouts-error")).isNotEmpty();
        assertThat(vm.result()).isEmpty();
    }

    @Test
    void aRouteAttachedToADayShowsItsFiguresAndPredictionAndFillsTheRow(FxRobot robot) throws Exception {
        Path gpx = dir.resolve("pass.gpx");
        Files.writeString(gpx, """
                <?xml version="1.0"?>
                <gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><rte>
                <rtept lat="0" lon="0"><ele>1000</ele></rtept>
                <rtept lat="0" lon="0.01"><ele>1100</ele></rtept>
                <rtept lat="0" lon="0.02"><ele>1050</ele></rtept>
                </rte></gpx>
                """);
        robot.clickOn(cell(robot, 0, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#stage-route-summary")).isEqualTo("No route attached");
        assertThat(robot.lookup("#stage-remove-route").query().isDisabled()).isTrue();
        picked = Optional.of(gpx);
        robot.clickOn("#stage-attach-route");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#stage-route-summary")).startsWith("pass: 2.2 km, 100 m up, 50 m down · predicted ")
                .endsWith("(Tobler with the pack, not yet corrected by your pace (0 of 5 hikes logged))");
        assertThat(((TableCell<?, ?>) cell(robot, 0, 2)).getText()).isEqualTo("2.2");
        assertThat(((TableCell<?, ?>) cell(robot, 0, 3)).getText()).isEqualTo("100");
        var stages = vm.result().orElseThrow().stages();
        assertThat(stages.get(0).trail().route()).isPresent();
        assertThat(stages.get(0).descentM()).isCloseTo(50, org.assertj.core.data.Offset.offset(0.5));
        assertThat(stages.get(1).trail().route()).isEmpty();
        robot.clickOn("#stage-remove-route");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.result().orElseThrow().stages().get(0).trail().route()).isEmpty();
        assertThat(text(robot, "#stage-route-summary")).isEqualTo("No route attached");
    }

    @Test
    void aFileThatIsNoRouteSaysWhyUnderTheRoute(FxRobot robot) throws Exception {
        Path bad = dir.resolve("empty.gpx");
        Files.writeString(bad, "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"></gpx>");
        robot.clickOn(cell(robot, 1, 0));
        picked = Optional.of(bad);
        robot.clickOn("#stage-attach-route");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#stage-route-error")).contains("has no route or track point");
        assertThat(vm.result().orElseThrow().stages()).containsExactly(DOWNHILL, DOWNHILL);
    }
}
