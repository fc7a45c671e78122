package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.OutingLog;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanDocument;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class QuickLogViewTest {
    private final LogSamples s = new LogSamples();
    private PlanDocument doc;
    private boolean closed;

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.MODENA, this::start);

    void start(Stage stage) {
        doc = new PlanDocument(s.plan(), Optional.empty());
        stage.setScene(new Scene(new QuickLogView(QuickLogViewModel.forPlanned(doc, s.packRun.id()),
                () -> closed = true), 520, 300));
        stage.show();
    }

    @Test
    void rpeDurationAndOneLineThenEnter(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // The RPE slider has focus: a digit sets it.
        robot.write("7").type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("1:40").type(KeyCode.TAB);
        robot.write("windy, pack rubbed").type(KeyCode.ENTER);
        OutingLog log = doc.getPlan().logFor(s.packRun.id()).orElseThrow();
        assertThat(log.rpe()).isEqualTo(7);
        assertThat(log.duration()).isEqualTo(Duration.ofMinutes(100));
        assertThat(log.notes()).isEqualTo("windy, pack rubbed");
        assertThat(closed).isTrue();
    }

    @Test
    void oneThenZeroQuicklyIsTen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("10");
        robot.clickOn("#quick-save");
        assertThat(doc.getPlan().logFor(s.packRun.id()).orElseThrow().rpe()).isEqualTo(10);
    }

    /** The reason line is kept free: typing a bad value and correcting it moves no field. */
    @Test
    void aReasonComesUnderTheDurationWithoutMovingTheFields(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var note = robot.lookup("#quick-note").queryAs(javafx.scene.control.TextField.class);
        var save = robot.lookup("#quick-save").queryAs(javafx.scene.control.Button.class);
        double noteY = note.localToScene(0, 0).getY();
        double saveY = save.localToScene(0, 0).getY();
        robot.interact(() -> robot.lookup("#quick-duration").queryAs(javafx.scene.control.TextField.class)
                .setText("an hour"));
        WaitForAsyncUtils.waitForFxEvents();
        var reason = robot.lookup("#quick-duration-error").queryAs(javafx.scene.control.Label.class);
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).startsWith("Duration must be hours:minutes");
        assertThat(note.localToScene(0, 0).getY()).isEqualTo(noteY);
        assertThat(save.localToScene(0, 0).getY()).isEqualTo(saveY);
        robot.interact(() -> robot.lookup("#quick-duration").queryAs(javafx.scene.control.TextField.class)
                .setText("1:30"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reason.isVisible()).isFalse();
        assertThat(note.localToScene(0, 0).getY()).isEqualTo(noteY);
    }
}
