package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Wellness;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class WellnessStripTest {
    private PlanDocument doc;
    private final List<LocalDate> opened = new ArrayList<>();
    private final LocalDate thursday = LogSamples.MONDAY.plusDays(3);

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.MODENA, this::start);

    void start(Stage stage) {
        doc = new PlanDocument(new LogSamples().plan(), Optional.empty());
        doc.weekStartProperty().set(LogSamples.MONDAY);
        stage.setScene(new Scene(WellnessStrip.create(doc, () -> thursday, opened::add), 500, 60));
        stage.show();
    }

    private static Label cell(FxRobot robot, LocalDate d) {
        return robot.lookup("#wellness-cell-" + d).queryAs(Label.class);
    }

    @Test
    void cellsAreColouredByBandAndFollowNewCheckIns(FxRobot robot) {
        assertThat(cell(robot, thursday).getStyleClass()).contains("hooper-high", "today");
        LocalDate friday = thursday.plusDays(1);
        assertThat(cell(robot, friday).getStyleClass()).contains("hooper-none");
        robot.interact(() -> doc.apply("check in", p -> p.withWellnessEntry(
                new Wellness(friday, 2, Optional.empty(), 2, 2, 1, 2, Optional.empty()))));
        assertThat(cell(robot, friday).getStyleClass()).contains("hooper-fine");
        assertThat(cell(robot, friday).getText()).isEqualTo("Fri\n7");
        robot.clickOn(cell(robot, friday));
        assertThat(opened).containsExactly(friday);
    }
}
