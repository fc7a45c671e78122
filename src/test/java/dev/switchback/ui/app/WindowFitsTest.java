package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.RiggedAnalysis;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at a 1366 x 768 laptop size with long findings: every finding's sentence is shown
 * whole inside the panel (no ellipsis, no sideways scrolling), every day column and "+" button is
 * inside the week; and the week can be worked from the keyboard alone.
 */
class WindowFitsTest {
    private static final LocalDate MON = DemoPlans.MONDAY;
    private static final String LONG = "WARN Nebelhorn flank and Schrofenpass with a full pack is 37 % above the longest";
    private FakeFiles files;
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(this::files, () -> DemoPlans.TODAY, RiggedAnalysis.analyser())
            .opened(w -> vm = w.vm()).size(1366, 768)
            .readyWhen(m -> new FxRobot().lookup(".finding-message").queryAll().size() == 2);

    private PlanFiles files() {
        files = new FakeFiles();
        Plan plan = DemoPlans.week(DemoPlans.TODAY);
        plan = plan.withSession(plan.session(new SessionId("sat-hike")).orElseThrow().withTitle(LONG))
                .withSession(plan.session(new SessionId("tue-run")).orElseThrow().withTitle("WARN Backpacking "
                        + "day on the Höhenweg: Schrofenpass, Gaisalpsee and Nebelhorn"));
        files.put(files.defaultPlanFile(), plan);
        return files;
    }

    @Test
    void noFindingTextIsClippedAt1366x768(FxRobot robot) {
        ScrollPane scroll = robot.lookup(".findings-panel .scroll-pane").queryAs(ScrollPane.class);
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        List<Label> texts = robot.lookup(".finding-card .label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).filter(l -> !l.getText().isEmpty()).toList();
        assertThat(texts).hasSizeGreaterThan(6);
        for (Label l : texts) {
            Text shown = (Text) l.lookup(".text");
            assertThat(shown.getText()).as("shown text of %s", l.getText()).isEqualTo(l.getText());
            Bounds b = l.localToScene(l.getLayoutBounds());
            assertThat(b.getMaxX()).as("right edge of %s", l.getText()).isLessThanOrEqualTo(viewport.getMaxX() + 0.5);
            assertThat(b.getMinX()).isGreaterThanOrEqualTo(viewport.getMinX() - 0.5);
        }
        java.util.Set<Node> bars = robot.lookup(".findings-panel .scroll-bar").queryAll();
        assertThat(bars.stream().filter(Node::isVisible).map(n -> ((javafx.scene.control.ScrollBar) n).getOrientation()))
                .doesNotContain(javafx.geometry.Orientation.HORIZONTAL);
    }

    @Test
    void everyDayColumnAndItsAddButtonIsInsideTheWeek(FxRobot robot) {
        Node week = robot.lookup("#week-view").query();
        Bounds inWeek = week.localToScene(week.getLayoutBounds());
        for (int i = 0; i < 7; i++) {
            Node add = robot.lookup("#add-" + MON.plusDays(i)).query();
            Bounds b = add.localToScene(add.getLayoutBounds());
            assertThat(b.getMaxX()).as("+ on day %d", i).isLessThanOrEqualTo(inWeek.getMaxX());
            assertThat(b.getMaxY()).as("+ on day %d", i).isLessThanOrEqualTo(inWeek.getMaxY());
        }
        Node add = robot.lookup("#add-session").query();
        assertThat(add.localToScene(add.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(inWeek.getMaxX());
    }

    @Test
    void theWeekIsWorkedFromTheKeyboardAlone(FxRobot robot) {
        robot.interact(() -> robot.lookup("#week-view").query().requestFocus());
        // today is Wednesday: Left to Tuesday selects its run, Enter opens it
        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.week().focusedDayProperty().get()).isEqualTo(MON.plusDays(1));
        assertThat(vm.week().selectedProperty().get()).contains(new SessionId("tue-run"));
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        assertThat(vm.week().selectedProperty().get()).contains(new SessionId("thu-pack"));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // the editor opens with its title selected: type over it, Enter saves
        assertThat(robot.lookup("#session-editor").tryQuery()).isPresent();
        Node editor = robot.lookup("#session-editor").query();
        assertThat(editor.getScene().getFocusOwner()).extracting(Node::getId).isEqualTo("title");
        // a desktop's window manager gives a new modal dialog the keyboard; headless Monocle does not
        robot.interact(() -> editor.getScene().getWindow().requestFocus());
        robot.targetWindow(editor.getScene().getWindow());
        robot.write("Hill repeats, keyboard only");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#title").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Hill repeats, keyboard only");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.document().getPlan().session(new SessionId("thu-pack")).orElseThrow().title())
                .isEqualTo("Hill repeats, keyboard only");
        // Right past Sunday turns the page to next week
        robot.interact(() -> robot.lookup("#week-view").query().requestFocus());
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.week().weekStart()).isEqualTo(MON.plusWeeks(1));
        assertThat(vm.week().focusedDayProperty().get()).isEqualTo(MON.plusWeeks(1));
    }

    @Test
    void pageUpAndHomeWorkWhileTheFocusIsInTheFindingsPanel(FxRobot robot) {
        robot.clickOn(".finding-card");
        robot.interact(() -> robot.lookup(".findings-panel .scroll-pane").query().requestFocus());
        robot.push(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.week().weekStart()).isEqualTo(MON.minusWeeks(1));
        robot.push(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.week().weekStart()).isEqualTo(MON);
        robot.push(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.week().weekStart()).isEqualTo(MON.plusWeeks(1));
    }

    @Test
    void aCardsKindIsOneShortWord(FxRobot robot) {
        assertThat(robot.lookup("#card-wed-strength .card-kind").queryAs(Label.class).getText()).isEqualTo("STRENGTH");
        assertThat(SessionKind.STRENGTH_MOBILITY.label()).isEqualTo("Strength / mobility");
    }
}
