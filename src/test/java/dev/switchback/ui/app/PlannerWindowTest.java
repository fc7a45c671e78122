package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.SessionId;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.RiggedAnalysis;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The planner window end to end, headless, on a demo plan in memory with rigged findings. */
class PlannerWindowTest {
    private static final LocalDate MON = DemoPlans.MONDAY;
    private FakeFiles files;
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(this::files, () -> DemoPlans.TODAY, RiggedAnalysis.analyser())
            .opened(w -> vm = w.vm())
            .readyWhen(m -> m.document().getPlan().name().equals("Autumn to Sarek"));

    private PlanFiles files() {
        files = new FakeFiles();
        return files;
    }

    private LocalDate dateOf(String id) {
        return vm.document().getPlan().session(new SessionId(id)).orElseThrow().date();
    }

    private static KeyCodeCombination ctrl(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN);
    }

    @Test
    void showsThePlanNameInTheTitleAndTheWeekOfToday(FxRobot robot) {
        assertThat(robot.window(0).getScene()).isNotNull();
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("Autumn to Sarek  —  plan.json  —  Switchback");
        assertThat(robot.lookup("#week-title").queryAs(Label.class).getText()).startsWith("23 Nov – 29 Nov 2026");
        assertThat(robot.lookup("#card-tue-run").tryQuery()).isPresent();
        var menus = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus();
        assertThat(menus).filteredOn(m -> m.getText().equals("Plan")).singleElement().satisfies(plan -> {
            assertThat(plan.isVisible()).isTrue();
            assertThat(plan.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                    .contains("Log outing…", "Wellness check-in…", "Journal", "Athlete and settings…");
        });
    }

    @Test
    void theWeekShowsTheWellnessStripUnderItsTotals(FxRobot robot) {
        assertThat(robot.lookup(".wellness-strip").tryQuery()).isPresent();
        assertThat(robot.lookup("#wellness-cell-" + MON).tryQuery()).isPresent();
    }

    @Test
    void addsASessionThroughTheEditor(FxRobot robot) {
        robot.clickOn("#add-" + MON.plusDays(4));
        robot.clickOn("#title").write("Tempo on the canal");
        robot.clickOn("#distance").write("8");
        robot.clickOn("#editor-ok");
        WaitForAsyncUtils.waitForFxEvents();
        var added = vm.document().getPlan().sessionsOn(MON.plusDays(4));
        assertThat(added).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Tempo on the canal");
            assertThat(s.distanceM()).isEqualTo(8000);
        });
        assertThat(robot.lookup("#card-" + added.get(0).id()).tryQuery()).isPresent();
        assertThat(vm.document().isDirty()).isTrue();
    }

    @Test
    void refusesBadInputInAFieldWithItsReasonAndNoWayToConfirm(FxRobot robot) {
        robot.push(ctrl(KeyCode.N));
        robot.clickOn("#climb").write("-5");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#climb-error").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("Climb must be between 0 and 15000 m (was -5 m)");
        assertThat(error.isVisible()).isTrue();
        assertThat(robot.lookup("#editor-ok").queryAs(Button.class).isDisabled()).isTrue();
        robot.eraseText(2).write("400");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.getText()).isEmpty();
        assertThat(robot.lookup("#editor-ok").queryAs(Button.class).isDisabled()).isFalse();
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void movesACardByDraggingItToAnotherDay(FxRobot robot) {
        robot.drag("#card-tue-run").dropTo("#day-" + MON.plusDays(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dateOf("tue-run")).isEqualTo(MON.plusDays(4));
        assertThat(robot.lookup("#day-" + MON.plusDays(4)).lookup("#card-tue-run").tryQuery()).isPresent();
    }

    @Test
    void movesTheSelectedCardWithTheKeyboardAndUndoesAndRedoesIt(FxRobot robot) {
        robot.clickOn("#card-tue-run");
        robot.push(ctrl(KeyCode.RIGHT));
        robot.push(ctrl(KeyCode.RIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dateOf("tue-run")).isEqualTo(MON.plusDays(3));
        robot.push(ctrl(KeyCode.Z));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dateOf("tue-run")).isEqualTo(MON.plusDays(2));
        robot.push(ctrl(KeyCode.Z));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dateOf("tue-run")).isEqualTo(MON.plusDays(1));
        assertThat(vm.document().isDirty()).isFalse();
        robot.push(ctrl(KeyCode.Y));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dateOf("tue-run")).isEqualTo(MON.plusDays(2));
    }

    @Test
    void copiesAndPastesACardAndDeletesWithTheDeleteKey(FxRobot robot) {
        robot.clickOn("#card-sat-hike");
        robot.push(ctrl(KeyCode.C));
        robot.clickOn("#day-" + MON.plusDays(4));
        robot.push(ctrl(KeyCode.V));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.document().getPlan().sessionsOn(MON.plusDays(4))).singleElement()
                .extracting(s -> s.title()).isEqualTo("Ridge hike");
        robot.clickOn("#card-sat-hike");
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.document().getPlan().session(new SessionId("sat-hike"))).isEmpty();
    }

    @Test
    void navigatesWeeksWithButtonsAndKeys(FxRobot robot) {
        Label title = robot.lookup("#week-title").queryAs(Label.class);
        robot.clickOn("#next-week");
        assertThat(title.getText()).startsWith("30 Nov – 6 Dec 2026");
        robot.push(KeyCode.PAGE_DOWN);
        assertThat(vm.week().weekStart()).isEqualTo(MON.plusWeeks(2));
        assertThat(robot.lookup("#trip-sarek").tryQuery()).isPresent();
        robot.push(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN));
        robot.push(KeyCode.PAGE_UP);
        assertThat(vm.week().weekStart()).isEqualTo(MON);
        robot.clickOn("#next-week").clickOn("#today");
        assertThat(title.getText()).startsWith("23 Nov – 29 Nov 2026");
    }

    private java.util.List<String> findingMessages(FxRobot robot) {
        return robot.lookup(".finding-message").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .filter(Node::isVisible).map(javafx.scene.control.Labeled::getText).toList();
    }

    @Test
    void aFindingAppearsAsYouEditItsFixIsOneClickAndUndoBringsItBack(FxRobot robot) {
        assertThat(findingMessages(robot)).noneMatch(m -> m.startsWith("BLOCK"));
        robot.doubleClickOn("#card-tue-run");
        robot.doubleClickOn("#title").eraseText(14).write("BLOCK too hard");
        robot.clickOn("#editor-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findingMessages(robot)).contains("BLOCK too hard on 2026-11-24");

        robot.clickOn(".apply-fix");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.document().getPlan().session(new SessionId("tue-run")).orElseThrow().isRest()).isTrue();
        assertThat(findingMessages(robot)).noneMatch(m -> m.startsWith("BLOCK"));

        robot.push(ctrl(KeyCode.Z));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.document().getPlan().session(new SessionId("tue-run")).orElseThrow().title())
                .isEqualTo("BLOCK too hard");
        assertThat(findingMessages(robot)).contains("BLOCK too hard on 2026-11-24");
    }

    @Test
    void saveWithABlockingFindingGoesBackToEditingWhenTheUserSaysSo(FxRobot robot) {
        robot.interact(() -> vm.document().apply("Rename", p -> p.withSession(
                p.session(new SessionId("tue-run")).orElseThrow().withTitle("BLOCK too hard"))));
        var onDisk = files.disk.get(files.defaultPlanFile());
        robot.push(ctrl(KeyCode.S));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#override-reason").tryQuery()).isPresent();
        robot.clickOn("Back to editing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(files.disk.get(files.defaultPlanFile())).isEqualTo(onDisk);
        assertThat(vm.document().isDirty()).isTrue();
    }

    @Test
    void saveWithABlockingFindingOverridesItWithAReason(FxRobot robot) {
        robot.interact(() -> vm.document().apply("Rename", p -> p.withSession(
                p.session(new SessionId("tue-run")).orElseThrow().withTitle("BLOCK too hard"))));
        robot.push(ctrl(KeyCode.S));
        WaitForAsyncUtils.waitForFxEvents();
        Node saveAnyway = robot.lookup("#save-anyway").query();
        assertThat(saveAnyway.isDisabled()).isTrue();
        robot.clickOn("#override-reason").write("Test week agreed with my coach");
        robot.clickOn("#save-anyway");
        WaitForAsyncUtils.waitForFxEvents();
        var saved = files.disk.get(files.defaultPlanFile());
        assertThat(saved.session(new SessionId("tue-run")).orElseThrow().title()).isEqualTo("BLOCK too hard");
        assertThat(saved.rules().overrides()).singleElement()
                .satisfies(o -> assertThat(o.reason()).isEqualTo("Test week agreed with my coach"));
        assertThat(vm.document().isDirty()).isFalse();
    }
}
