package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.RiggedAnalysis;
import java.time.Duration;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's keyboard proof, without a single click: arrow keys between days and between a day's cards,
 * Enter opens the card (or a new session on an empty day), typing edits, Enter saves; Page Up / Page Down / Home
 * with the focus on a tab header; the month tab reached from its tab header and a week opened with Enter. Focus
 * is put where a user's Tab would put it with {@code requestFocus}; every action is a key.
 */
class KeyboardOnlyTest {
    private static final LocalDate MON = DemoPlans.MONDAY;
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(this::files, () -> DemoPlans.TODAY, RiggedAnalysis.analyser())
            .opened(w -> vm = w.vm())
            .readyWhen(m -> m.document().getAnalysis().isPresent());

    private PlanFiles files() {
        FakeFiles files = new FakeFiles();
        Plan plan = DemoPlans.week(DemoPlans.TODAY).withSession(Session.of(MON.plusDays(1),
                SessionKind.STRENGTH_MOBILITY, "Core after the run", Duration.ofMinutes(20))
                .withId(new SessionId("tue-core")));
        files.put(files.defaultPlanFile(), plan);
        return files;
    }

    private void keys(FxRobot robot, KeyCode... codes) {
        for (KeyCode c : codes) {
            robot.push(c);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into the dialog that holds {@code id}, as a desktop's window manager would give it the keys. */
    private Node inDialog(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> node.getScene().getWindow().requestFocus());
        robot.targetWindow(node.getScene().getWindow());
        return node;
    }

    @Test
    void downAndUpMoveBetweenADaysCardsAndEnterEditsTheOneSelected(FxRobot robot) {
        robot.interact(() -> robot.lookup("#week-view").query().requestFocus());
        keys(robot, KeyCode.LEFT);
        assertThat(vm.week().selectedProperty().get()).contains(new SessionId("tue-run"));
        keys(robot, KeyCode.DOWN);
        assertThat(vm.week().focusedDayProperty().get()).isEqualTo(MON.plusDays(1));
        assertThat(vm.week().selectedProperty().get()).contains(new SessionId("tue-core"));
        keys(robot, KeyCode.UP);
        assertThat(vm.week().selectedProperty().get()).contains(new SessionId("tue-run"));
        keys(robot, KeyCode.DOWN, KeyCode.ENTER);

        Node editor = inDialog(robot, "#session-editor");
        assertThat(editor.getScene().getFocusOwner()).extracting(Node::getId).isEqualTo("title");
        robot.write("Core and ankles");
        keys(robot, KeyCode.ENTER);
        assertThat(robot.lookup("#session-editor").tryQuery()).isEmpty();
        assertThat(vm.document().getPlan().session(new SessionId("tue-core")).orElseThrow().title())
                .isEqualTo("Core and ankles");
        assertThat(vm.document().getPlan().session(new SessionId("tue-run")).orElseThrow().title())
                .isEqualTo("Easy trail run");
    }

    @Test
    void enterOnAnEmptyDayAddsASessionThere(FxRobot robot) {
        robot.interact(() -> robot.lookup("#week-view").query().requestFocus());
        // today is Wednesday; Friday has nothing planned
        keys(robot, KeyCode.RIGHT, KeyCode.RIGHT);
        assertThat(vm.week().focusedDayProperty().get()).isEqualTo(MON.plusDays(4));
        assertThat(vm.week().selectedProperty().get()).isEmpty();
        int before = vm.document().getPlan().sessions().size();
        keys(robot, KeyCode.ENTER);

        inDialog(robot, "#session-editor");
        robot.write("Easy spin");
        assertThat(robot.lookup("#title").queryAs(TextField.class).getText()).isEqualTo("Easy spin");
        keys(robot, KeyCode.ENTER);
        assertThat(vm.document().getPlan().sessions()).hasSize(before + 1);
        assertThat(vm.document().getPlan().sessionsOn(MON.plusDays(4))).singleElement()
                .extracting(Session::title).isEqualTo("Easy spin");
    }

    @Test
    void pageUpPageDownAndHomeWorkWithTheFocusOnATabHeader(FxRobot robot) {
        for (String tabs : new String[] {"#main-tabs", "#side-panels"}) {
            robot.interact(() -> robot.lookup(tabs).query().requestFocus());
            assertThat(robot.lookup(tabs).query().getScene().getFocusOwner()).as(tabs)
                    .isSameAs(robot.lookup(tabs).query());
            keys(robot, KeyCode.PAGE_UP);
            assertThat(vm.week().weekStart()).as(tabs).isEqualTo(MON.minusWeeks(1));
            keys(robot, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN);
            assertThat(vm.week().weekStart()).as(tabs).isEqualTo(MON.plusWeeks(1));
            keys(robot, KeyCode.HOME);
            assertThat(vm.week().weekStart()).as(tabs).isEqualTo(MON);
        }
    }

    @Test
    void theMonthIsReachedFromItsTabHeaderAndEnterOpensAWeek(FxRobot robot) {
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        robot.interact(tabs::requestFocus);
        // the tab header takes Right to the next tab: Week -> Month
        keys(robot, KeyCode.RIGHT);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("month-tab");
        assertThat(robot.lookup(".month-week").queryAll()).hasSize(6);
        Node week = robot.lookup("#month-week-" + MON.minusWeeks(2)).query();
        assertThat(week.isFocusTraversable()).isTrue();
        robot.interact(week::requestFocus);
        keys(robot, KeyCode.ENTER);
        assertThat(vm.week().weekStart()).isEqualTo(MON.minusWeeks(2));
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("week-tab");
    }
}
