package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.common.BackgroundRunner;
import dev.switchback.ui.common.FieldTops;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The short forms (outing log, quick log, wellness check-in) check each field as it is typed, with the reason on
 * a line kept free under the field, so no field moves as reasons come and go (issue 13 section 4); the long forms
 * are {@code ui.common.FormsDoNotJumpTest}'s.
 */
class ShortFormsDoNotJumpTest {
    private final LogSamples s = new LogSamples();
    private Parent log;
    private Parent quick;
    private Parent wellness;

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.PRIMER_LIGHT, this::start);

    void start(Stage stage) {
        PlanDocument doc = new PlanDocument(s.plan(), Optional.empty());
        log = new OutingLogView(OutingLogViewModel.forPlanned(doc, s.packRun.id()), owner -> java.util.List.of(),
                BackgroundRunner.inline(), () -> { });
        quick = new QuickLogView(QuickLogViewModel.forPlanned(doc, s.packRun.id()), () -> { });
        wellness = new WellnessCheckInView(new WellnessViewModel(doc, LogSamples.MONDAY.plusDays(4)), () -> { });
        // in a Group each form takes its preferred size: one that grew as a reason came would move fields
        stage.setScene(new Scene(new javafx.scene.Group(new HBox(log, quick, wellness)), 1440, 880));
        stage.show();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label reason(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private void checkAsTyped(FxRobot robot, Parent form, Map<String, String> bad, Map<String, String> good,
            Map<String, String> reasonStart) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Double> before = FieldTops.of(form);
        assertThat(before).containsKeys(bad.keySet().stream().map(k -> k.substring(1)).toArray(String[]::new));
        bad.forEach((id, text) -> type(robot, id, text));
        reasonStart.forEach((id, start) -> {
            assertThat(reason(robot, id + "-error").getText()).as(id).startsWith(start);
            assertThat(reason(robot, id + "-error").isVisible()).as(id).isTrue();
        });
        assertThat(FieldTops.of(form)).isEqualTo(before);
        good.forEach((id, text) -> type(robot, id, text));
        good.keySet().forEach(id -> assertThat(reason(robot, id + "-error").getText()).as(id).isEmpty());
        assertThat(FieldTops.of(form)).isEqualTo(before);
    }

    @Test
    void theLogFormsFieldsStayPutAsReasonsComeAndGo(FxRobot robot) {
        checkAsTyped(robot, log,
                Map.of("#log-duration", "soon", "#log-distance", "far", "#log-pack", "-3", "#log-avg-hr", "1.5"),
                Map.of("#log-duration", "1h30", "#log-distance", "12,5", "#log-pack", "8 kg", "#log-avg-hr", "142"),
                Map.of("#log-duration", "Duration must be hours:minutes", "#log-distance", "Distance (km) must be a"
                        + " number", "#log-pack", "Pack mass must be between 0 and", "#log-avg-hr", "Average heart"
                        + " rate must be a whole number"));
    }

    @Test
    void theQuickLogsFieldStaysPutAsItsReasonComesAndGoes(FxRobot robot) {
        checkAsTyped(robot, quick, Map.of("#quick-duration", "an hour"), Map.of("#quick-duration", "1.5h"),
                Map.of("#quick-duration", "Duration must be hours:minutes"));
    }

    @Test
    void theWellnessFieldsStayPutAsReasonsComeAndGo(FxRobot robot) {
        checkAsTyped(robot, wellness, Map.of("#wellness-sleep-hours", "long", "#wellness-rhr", "fast"),
                Map.of("#wellness-sleep-hours", "7:30", "#wellness-rhr", "52"),
                Map.of("#wellness-sleep-hours", "Sleep must be hours such as 7.5 or 7:30",
                        "#wellness-rhr", "Resting heart rate must be a whole number"));
    }
}
