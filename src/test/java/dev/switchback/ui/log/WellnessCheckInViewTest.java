package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Wellness;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanDocument;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class WellnessCheckInViewTest {
    private final LocalDate friday = LogSamples.MONDAY.plusDays(4);
    private PlanDocument doc;
    private boolean closed;

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.MODENA, this::start);

    void start(Stage stage) {
        doc = new PlanDocument(new LogSamples().plan(), Optional.empty());
        stage.setScene(new Scene(new WellnessCheckInView(new WellnessViewModel(doc, friday), () -> closed = true),
                560, 520));
        stage.show();
    }

    @Test
    void checkInWithDigitsAndEnter(FxRobot robot) {
        Label sum = robot.lookup("#wellness-sum").queryAs(Label.class);
        assertThat(sum.getText()).isEqualTo("Hooper sum 14 of 28: high fatigue (above 12)");
        assertThat(sum.getStyleClass()).contains("hooper-high");
        rate(robot, "#wellness-sleep", "2");
        rate(robot, "#wellness-stress", "2");
        rate(robot, "#wellness-fatigue", "3");
        rate(robot, "#wellness-soreness", "2");
        assertThat(sum.getText()).isEqualTo("Hooper sum 9 of 28: watch (9-12)");
        assertThat(sum.getStyleClass()).contains("hooper-watch").doesNotContain("hooper-high");
        robot.clickOn("#wellness-sleep-hours").write("7.5");
        robot.clickOn("#wellness-rhr").write("51").type(KeyCode.ENTER);
        Wellness w = doc.getPlan().wellnessOn(friday).orElseThrow();
        assertThat(w.hooperSum()).isEqualTo(9);
        assertThat(w.sleepHours()).contains(7.5);
        assertThat(w.restingHeartRate()).contains(51);
        assertThat(closed).isTrue();
    }

    /** Focus without clicking: a click on a slider also moves it. */
    private static void rate(FxRobot robot, String id, String digit) {
        robot.interact(() -> robot.lookup(id).query().requestFocus());
        robot.write(digit);
    }

    @Test
    void theReasonAppearsUnderTheFieldAsYouTypeAndNothingMoves(FxRobot robot) {
        var save = robot.lookup("#wellness-save").query();
        double saveY = save.localToScene(save.getLayoutBounds()).getMinY();
        robot.clickOn("#wellness-rhr").write("fifty");
        Label reason = robot.lookup("#wellness-rhr-error").queryAs(Label.class);
        assertThat(reason.getText()).isEqualTo("Resting heart rate must be a whole number such as 52 (was \"fifty\")");
        assertThat(save.localToScene(save.getLayoutBounds()).getMinY()).as("the form does not jump")
                .isEqualTo(saveY);
        robot.eraseText(5).write("50");
        assertThat(reason.getText()).isEmpty();
        assertThat(save.localToScene(save.getLayoutBounds()).getMinY()).isEqualTo(saveY);
    }

    @Test
    void aBadHeartRateIsRefused(FxRobot robot) {
        robot.clickOn("#wellness-rhr").write("fifty").type(KeyCode.ENTER);
        assertThat(robot.lookup("#wellness-error").queryAs(Label.class).getText())
                .isEqualTo("Resting heart rate must be a whole number such as 52 (was \"fifty\")");
        assertThat(doc.getPlan().wellnessOn(friday)).isEmpty();
        assertThat(closed).isFalse();
    }
}
