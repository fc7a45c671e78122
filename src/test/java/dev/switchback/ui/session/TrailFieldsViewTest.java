package dev.switchback.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Athlete;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Turnaround;
import dev.switchback.model.Weather;
import dev.switchback.ui.FxWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The session editor's trail fields typed into on screen (headless): turnaround, bailouts, conditions, route. */
class TrailFieldsViewTest {
    private static final Athlete ALEX = Athlete.of("Alex", 68);
    private static final LocalDate SAT = LocalDate.of(2026, 11, 28);

    @TempDir
    static Path dir;

    private SessionEditorViewModel vm;
    private ScrollPane scroll;
    private Optional<Path> picked = Optional.empty();

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.MODENA, this::start);

    void start(Stage stage) {
        vm = SessionEditorViewModel.forEdit(Session.of(SAT, SessionKind.HIKE, "Ridge", Duration.ofHours(5)), ALEX);
        scroll = new ScrollPane(new SessionEditorView(vm, owner -> picked));
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 640, 760));
        stage.show();
    }

    /** Shows the bottom of the form, where the trail section is. */
    private void toTheTrail(FxRobot robot) {
        robot.interact(() -> {
            scroll.applyCss();
            scroll.layout();
            scroll.setVvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void retype(FxRobot robot, String id, String text) {
        toTheTrail(robot);
        robot.clickOn(id);
        robot.press(KeyCode.SHORTCUT).type(KeyCode.A).release(KeyCode.SHORTCUT);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void theTurnaroundIsTypedAsAClockTimeAnElapsedTimeOrADistance(FxRobot robot) {
        retype(robot, "#turnaround", "13:30");
        assertThat(vm.result().orElseThrow().trail().turnaround()).contains(Turnaround.by(LocalTime.of(13, 30)));
        retype(robot, "#turnaround", "after 3:30");
        assertThat(vm.result().orElseThrow().trail().turnaround()).contains(Turnaround.after(Duration.ofMinutes(210)));
        retype(robot, "#turnaround", "14 km");
        assertThat(vm.result().orElseThrow().trail().turnaround()).contains(Turnaround.atDistance(14_000));
        assertThat(label(robot, "#turnaround-error").isVisible()).isFalse();
    }

    @Test
    void aTurnaroundThatIsNoneOfThemIsRefusedWithItsReasonUnderTheField(FxRobot robot) {
        retype(robot, "#turnaround", "noon");
        Label reason = label(robot, "#turnaround-error");
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).isEqualTo("Turnaround is a time of day (13:30), an elapsed time (after 3:30) or"
                + " a distance (14 km), or blank for none (was \"noon\")");
        assertThat(vm.validProperty().get()).isFalse();
        retype(robot, "#turnaround", "13:30");
        assertThat(reason.isVisible()).isFalse();
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void bailoutsTypedOneALineAreSaved(FxRobot robot) {
        toTheTrail(robot);
        robot.clickOn("#bailouts").write("Hütte at km 12");
        robot.type(KeyCode.ENTER).write("bus from the valley at 16:40");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.result().orElseThrow().trail().bailouts())
                .containsExactly("Hütte at km 12", "bus from the valley at 16:40");
    }

    @Test
    void expectedConditionsAreTickedAndARouteIsAttachedWithItsPrediction(FxRobot robot) throws Exception {
        Path gpx = dir.resolve("ridge.gpx");
        Files.writeString(gpx, """
                <?xml version="1.0"?>
                <gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><rte>
                <rtept lat="0" lon="0"><ele>1000</ele></rtept>
                <rtept lat="0" lon="0.01"><ele>1100</ele></rtept>
                <rtept lat="0" lon="0.02"><ele>1000</ele></rtept>
                </rte></gpx>
                """);
        toTheTrail(robot);
        robot.clickOn("#condition-hot");
        robot.clickOn("#condition-windy");
        assertThat(vm.result().orElseThrow().trail().conditions()).containsExactlyInAnyOrder(Weather.HOT,
                Weather.WINDY);
        assertThat(label(robot, "#route-summary").getText()).isEqualTo("No route attached");
        assertThat(robot.lookup("#remove-route").query().isDisabled()).isTrue();
        picked = Optional.of(gpx);
        toTheTrail(robot);
        robot.clickOn("#attach-route");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#route-summary").getText()).startsWith("ridge: 2.2 km, 100 m up, 100 m down ·"
                + " predicted ").contains("Tobler");
        assertThat(vm.distanceProperty().get()).isEqualTo("2.2");
        assertThat(vm.result().orElseThrow().trail().route()).isPresent();
        Node remove = robot.lookup("#remove-route").query();
        assertThat(remove.isDisabled()).isFalse();
        toTheTrail(robot);
        robot.clickOn(remove);
        assertThat(vm.result().orElseThrow().trail().route()).isEmpty();
    }
}
