package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class JournalViewTest {
    static final String LONG_NOTES = "Rain from noon, pack too heavy: the tent and the stove were both wet by the hut,"
            + " and the last hour down the Ostrachtal was slow on the roots";
    static final String LONG_MEALS = "2 l water, 3 bars, noodles at the hut, tea with sugar at every stop";
    private PlanDocument doc;
    private final List<OutingLog> edited = new ArrayList<>();

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.MODENA, this::start);

    void start(Stage stage) {
        Plan plan = new LogSamples().plan();
        OutingLog hike = plan.logs().stream().filter(l -> l.displayTitle().equals("Overnight, day 1")).findFirst()
                .orElseThrow();
        plan = plan.withLog(hike.withTexts("Overnight, day 1", LONG_MEALS, LONG_NOTES, "Rest, then a short walk"));
        doc = new PlanDocument(plan, Optional.empty());
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

    /** Issue 13's audit: a long note read "Rain from noon, pack too..." with no way to read the rest; it wraps. */
    @Test
    void everyCellOfTheComparisonReadsWholeInPlace(FxRobot robot) {
        robot.clickOn("Sat 14 Nov 2026  Overnight, day 1");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        int cells = 0;
        boolean sawTheNotes = false;
        for (TableCell<?, ?> cell : robot.lookup("#journal-comparison .table-cell").queryAllAs(TableCell.class)) {
            if (cell.isEmpty() || cell.getText() == null || cell.getText().isEmpty() || !cell.isVisible()) {
                continue;
            }
            cells++;
            sawTheNotes |= cell.getText().equals(LONG_NOTES);
            // what the cell draws: its text wrapped at the column's width, inside the cell (the row grew for it)
            Text drawn = (Text) cell.lookup(".comparison-text");
            if (drawn == null || !drawn.getText().equals(cell.getText()) || !drawn.isVisible()) {
                problems.add("not drawn whole: " + cell.getText());
                continue;
            }
            var b = drawn.getBoundsInParent();
            if (b.getMaxY() > cell.getHeight() + 0.5 || b.getMinY() < -0.5 || b.getMaxX() > cell.getWidth() + 0.5) {
                problems.add("outside its cell (" + b + " in " + cell.getWidth() + " x " + cell.getHeight() + "): "
                        + cell.getText());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(sawTheNotes).as("the long note is in the table").isTrue();
        assertThat(cells).isGreaterThan(20);
    }
}
