package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.OutingLog;
import dev.switchback.ui.app.PlanDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class JournalViewTest {
    private PlanDocument doc;
    private final List<OutingLog> edited = new ArrayList<>();

    @Start
    void start(Stage stage) {
        doc = new PlanDocument(new LogSamples().plan(), Optional.empty());
        stage.setScene(new Scene(new JournalView(new JournalViewModel(doc), edited::add), 1100, 640));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static ListView<JournalEntry> list(FxRobot robot) {
        return robot.lookup("#journal-list").queryAs(ListView.class);
    }

    @Test
    void filtersNarrowTheListAndTheCountSaysSo(FxRobot robot) {
        assertThat(list(robot).getItems()).hasSize(4);
        robot.clickOn("#journal-felt-bad");
        assertThat(list(robot).getItems()).extracting(e -> e.log().displayTitle()).containsExactly("Overnight, day 1");
        assertThat(robot.lookup("#journal-count").queryAs(Label.class).getText()).isEqualTo("1 of 4 outings");
        robot.clickOn("#journal-clear");
        robot.clickOn("#journal-pack").write("15");
        assertThat(list(robot).getItems()).isEmpty();
        robot.clickOn("#journal-clear");
        robot.clickOn("#journal-search").write("friends");
        assertThat(list(robot).getItems()).extracting(e -> e.log().displayTitle()).containsExactly("Evening walk");
    }

    @Test
    void openingAnOutingShowsPlannedAndActualSideBySide(FxRobot robot) {
        robot.clickOn("Sat 14 Nov 2026  Overnight, day 1");
        @SuppressWarnings("unchecked")
        TableView<ComparisonRow> table = robot.lookup("#journal-comparison").queryAs(TableView.class);
        assertThat(table.getItems()).contains(new ComparisonRow("Duration", "5:00", "6:10"));
        assertThat(robot.lookup("#journal-detail-title").queryAs(Label.class).getText())
                .isEqualTo("Overnight, day 1, Sat 14 Nov 2026");
        robot.clickOn("#journal-edit");
        assertThat(edited).extracting(OutingLog::displayTitle).containsExactly("Overnight, day 1");
    }
}
