package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.Plan;
import dev.switchback.model.Weeks;
import dev.switchback.store.SamplePlan;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's window proof over the whole sample plan with the real engine, at a 1366 x 768 laptop: in every
 * week, every day column and its "+" button and the "+ Session" button lie inside the week, the totals are
 * shown whole, and every finding's text is shown whole inside the findings panel (no "..." and no sideways
 * scrolling). {@link WindowFitsTest} does the same for one week of long titles.
 */
class SamplePlanFitsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private Plan sample;
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(this::files, () -> TODAY, p -> Engine.analyse(p, TODAY))
            .opened(w -> vm = w.vm()).size(1366, 768)
            .readyWhen(m -> m.document().getAnalysis().isPresent());

    private PlanFiles files() {
        FakeFiles files = new FakeFiles();
        sample = SamplePlan.create(TODAY);
        files.put(files.defaultPlanFile(), sample);
        return files;
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    /** The text a label draws: its own unless it was elided ("..." in place of the end). */
    private static void shownWhole(Label l, String what) {
        Text shown = (Text) l.lookup(".text");
        assertThat(shown).as("text node of %s", what).isNotNull();
        assertThat(shown.getText()).as(what).isEqualTo(l.getText());
    }

    @Test
    void everyWeekOfTheSamplePlanFitsAt1366x768(FxRobot robot) {
        LocalDate first = Weeks.monday(sample.firstDate().orElseThrow());
        LocalDate last = Weeks.monday(sample.lastDate().orElseThrow());
        int weeks = 0;
        int findings = 0;
        List<String> problems = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            LocalDate m = monday;
            robot.interact(() -> vm.week().goTo(m));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm.week().weekStart()).isEqualTo(m);
            weeks++;

            Bounds week = inScene(robot.lookup("#week-view").query());
            for (int i = 0; i < 7; i++) {
                for (String id : List.of("#day-" + m.plusDays(i), "#add-" + m.plusDays(i))) {
                    Node n = robot.lookup(id).query();
                    Bounds b = inScene(n);
                    if (!n.isVisible() || b.getMaxX() > week.getMaxX() + 0.5 || b.getMinX() < week.getMinX() - 0.5
                            || b.getMaxY() > week.getMaxY() + 0.5 || id.startsWith("#day-") && b.getWidth() < 100) {
                        problems.add(m + " " + id + " at " + b + " outside " + week);
                    }
                }
            }
            Bounds add = inScene(robot.lookup("#add-session").query());
            if (add.getMaxX() > week.getMaxX() + 0.5) {
                problems.add(m + " + Session at " + add);
            }
            for (Label l : robot.lookup("#week-summary .label").queryAllAs(Label.class)) {
                if (l.isVisible() && !l.getText().isEmpty()) {
                    shownWhole(l, m + " totals: " + l.getText());
                    if (inScene(l).getMaxX() > week.getMaxX() + 0.5) {
                        problems.add(m + " totals '" + l.getText() + "' at " + inScene(l));
                    }
                }
            }

            ScrollPane scroll = robot.lookup(".findings-panel .scroll-pane").queryAs(ScrollPane.class);
            Bounds viewport = inScene(scroll);
            for (Label l : robot.lookup(".finding-card .label").queryAllAs(Label.class)) {
                if (!l.isVisible() || l.getText().isEmpty()) {
                    continue;
                }
                findings++;
                shownWhole(l, m + " finding: " + l.getText());
                Bounds b = inScene(l);
                if (b.getMaxX() > viewport.getMaxX() + 0.5 || b.getMinX() < viewport.getMinX() - 0.5) {
                    problems.add(m + " finding '" + l.getText() + "' at " + b + " outside " + viewport);
                }
            }
            assertThat(robot.lookup(".findings-panel .scroll-bar").queryAllAs(ScrollBar.class).stream()
                    .filter(Node::isVisible).map(ScrollBar::getOrientation)).as("%s findings' scroll bars", m)
                    .doesNotContain(Orientation.HORIZONTAL);
        }
        assertThat(problems).isEmpty();
        assertThat(weeks).as("the sample's weeks").isGreaterThanOrEqualTo(10);
        assertThat(findings).as("finding texts looked at").isGreaterThan(10);
    }

    /** The month tab at 1366 x 768: its title, goal and every week's label, load and findings are shown whole. */
    @Test
    void everyMonthOfTheSamplePlanSaysItsGoalAndWeeksWholeAt1366x768(FxRobot robot) {
        javafx.scene.control.TabPane tabs = robot.lookup("#main-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "month-tab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        int labels = 0;
        for (int month = 0; month < 4; month++) {
            for (String selector : List.of("#month-title", "#month-goal", ".month-week-label", ".month-load",
                    ".month-findings")) {
                for (Label l : robot.lookup(selector).queryAllAs(Label.class)) {
                    if (l.isVisible() && !l.getText().isEmpty()) {
                        shownWhole(l, selector + " of " + robot.lookup("#month-title").queryAs(Label.class).getText());
                        labels++;
                    }
                }
            }
            robot.interact(() -> robot.lookup("#prev-month").queryAs(javafx.scene.control.Button.class).fire());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(labels).isGreaterThan(40);
    }
}
