package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Units;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanDocument;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The log form for an athlete who set miles, feet and pounds. */
class OutingLogImperialViewTest {
    private final LogSamples s = new LogSamples();
    private PlanDocument doc;
    private final AtomicBoolean closed = new AtomicBoolean();

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.MODENA, this::start);

    void start(Stage stage) {
        Plan plan = s.plan();
        doc = new PlanDocument(plan.withAthlete(plan.athlete().withUnits(Units.IMPERIAL)), Optional.empty());
        OutingLogViewModel vm = OutingLogViewModel.forPlanned(doc, s.packRun.id());
        stage.setScene(new Scene(new OutingLogView(vm, owner -> List.of(), dev.switchback.ui.common.BackgroundRunner.inline(), () -> closed.set(true)),
                780, 740));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private static void retype(FxRobot robot, String id, String value) {
        robot.clickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(value);
    }

    @Test
    void showsAndReadsMilesFeetAndPoundsAndStoresSi(FxRobot robot) {
        List<String> labels = robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(labels).contains("Distance (mi)", "Climb (ft)", "Descent (ft)", "Pack mass (lb)")
                .doesNotContain("Distance (km)", "Climb (m)", "Pack mass (kg)");
        assertThat(text(robot, "#log-distance")).isEqualTo("8.1");
        assertThat(text(robot, "#log-climb")).isEqualTo("1969");
        assertThat(text(robot, "#log-pack")).isEqualTo("17.6");

        retype(robot, "#log-distance", "nine");
        robot.clickOn("#log-save");
        assertThat(robot.lookup("#log-error").queryAs(Label.class).getText())
                .isEqualTo("Distance (mi) must be a number such as 7.8 (was \"nine\")");
        assertThat(closed).isFalse();

        retype(robot, "#log-distance", "9");
        retype(robot, "#log-pack", "20");
        robot.clickOn("#log-save");
        OutingLog log = doc.getPlan().logFor(s.packRun.id()).orElseThrow();
        assertThat(log.distanceM()).isCloseTo(9 * Units.METRES_PER_MILE, Offset.offset(1e-6));
        assertThat(log.packKg()).isCloseTo(20 * Units.KG_PER_POUND, Offset.offset(1e-9));
        assertThat(log.climbM()).as("climb shown and saved unchanged").isEqualTo(600);
        assertThat(closed).isTrue();
    }
}
