package dev.switchback.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.Session;
import dev.switchback.model.SessionTemplate;
import dev.switchback.model.Weeks;
import dev.switchback.store.TemplateStore;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.MainViewModel;
import dev.switchback.ui.app.PlanFiles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The template library in the real window with its real dialogs, headless: a card saved as a template and
 * typed back onto another day, a week saved and applied to the next week, each undone.
 */
class TemplatesWindowTest {
    private static final LocalDate MON = DemoPlans.MONDAY;
    private static final LocalDate TODAY = DemoPlans.TODAY;

    private FakeFiles files;
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(this::files, () -> TODAY, p -> Engine.analyse(p, TODAY))
            .opened(w -> vm = w.vm())
            .readyWhen(m -> m.document().getAnalysis().isPresent());

    private PlanFiles files() {
        files = new FakeFiles();
        return files;
    }

    private TemplateStore store() {
        return new TemplateStore(files.templatesFile());
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Monocle sends a right click's mouse events but not the context-menu request: sent here too. */
    private static void contextMenuOn(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.rightClickOn(node);
        robot.interact(() -> {
            var local = node.getLayoutBounds();
            var screen = node.localToScreen(local.getCenterX(), local.getCenterY());
            Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getCenterX(),
                    local.getCenterY(), screen.getX(), screen.getY(), false, null));
        });
    }

    /** Typing goes to the focused window, as on a desktop: the dialog that just opened. */
    private static void typeInto(FxRobot robot, String queryInDialog) throws Exception {
        waitFor(() -> robot.lookup(queryInDialog).tryQuery().isPresent());
        Window dialog = robot.lookup(queryInDialog).query().getScene().getWindow();
        waitFor(dialog::isFocused);
        robot.targetWindow(dialog);
    }

    private void backToTheWindow(FxRobot robot) throws Exception {
        waitFor(fx.stage()::isFocused);
        robot.targetWindow(fx.stage());
    }

    private static MenuItem editItem(FxRobot robot, String text) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("Edit")).findFirst().orElseThrow().getItems().stream()
                .filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    /** A menu item's action opens a modal dialog: fired later, so that the robot is free to answer it. */
    private static void choose(FxRobot robot, String item) {
        MenuItem m = editItem(robot, item);
        Platform.runLater(m::fire);
    }

    private List<Session> sessionsOfWeek(LocalDate monday) {
        return vm.document().getPlan().sessions().stream().filter(s -> Weeks.monday(s.date()).equals(monday)).toList();
    }

    @Test
    void aCardSavedAsATemplateIsTypedOntoAnotherDayAndUndone(FxRobot robot) throws Exception {
        contextMenuOn(robot, "#card-sat-hike");
        robot.clickOn("Save as template…");
        typeInto(robot, "#name-field");
        assertThat(robot.lookup("#name-field").queryAs(TextField.class).getText()).isEqualTo("Ridge hike");
        robot.push(KeyCode.ENTER);
        waitFor(() -> store().read().session("Ridge hike").isPresent());
        assertThat(store().read().sessions()).singleElement().extracting(SessionTemplate::name).isEqualTo("Ridge hike");
        assertThat(vm.document().canUndoProperty().get()).isFalse(); // the library is not the plan
        backToTheWindow(robot);

        LocalDate friday = MON.plusDays(4);
        contextMenuOn(robot, "#day-" + friday);
        robot.clickOn("Insert template…");
        typeInto(robot, "#template-filter");
        robot.write("hike");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#template-hint").queryAs(Label.class).getText()).isEmpty();
        robot.push(KeyCode.ENTER);
        waitFor(() -> vm.document().getPlan().sessionsOn(friday).size() == 1);

        Session inserted = vm.document().getPlan().sessionsOn(friday).get(0);
        assertThat(inserted.title()).isEqualTo("Ridge hike");
        assertThat(inserted.id().value()).isNotEqualTo("sat-hike");
        assertThat(robot.lookup("#card-" + inserted.id()).tryQuery()).isPresent();
        assertThat(vm.document().undoDescriptionProperty().get()).isEqualTo("Insert Ridge hike on Fri 27 Nov");

        backToTheWindow(robot);
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> vm.document().getPlan().sessionsOn(friday).isEmpty());
        assertThat(robot.lookup("#card-" + inserted.id()).tryQuery()).isEmpty();
    }

    @Test
    void ctrlIInsertsOnTheDayOfTheSelectedCardAndANameThatMatchesNothingSaysSo(FxRobot robot) throws Exception {
        store().update(lib -> lib.withSession(new SessionTemplate("Morning hills",
                DemoPlans.session("x", MON, dev.switchback.model.SessionKind.TRAIL_RUN, "Hills", 50, 8, 400, 0, 6.0)
                        .withStartTime(Optional.of(LocalTime.of(6, 45))))));
        robot.clickOn("#card-thu-pack");
        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        typeInto(robot, "#template-filter");
        robot.write("zz");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#template-hint").queryAs(Label.class).getText())
                .isEqualTo("No template's name or word starts with \"zz\"");
        assertThat(robot.lookup("#picker-ok").queryAs(javafx.scene.control.Button.class).isDisabled()).isTrue();
        robot.eraseText(2).write("HILL");
        robot.push(KeyCode.ENTER);
        LocalDate thursday = MON.plusDays(3);
        waitFor(() -> vm.document().getPlan().sessionsOn(thursday).size() == 2);
        assertThat(vm.document().getPlan().sessionsOn(thursday)).filteredOn(s -> s.title().equals("Hills"))
                .singleElement().satisfies(s -> assertThat(s.startTime()).contains(LocalTime.of(6, 45)));
    }

    @Test
    void aWeekSavedAsATemplateIsAppliedToTheNextWeekAndUndone(FxRobot robot) throws Exception {
        choose(robot, "Save week as template…");
        typeInto(robot, "#name-field");
        waitFor(() -> robot.lookup("#name-field").queryAs(TextField.class).getSelectedText().equals("Week of 23 Nov"));
        robot.write("Build week");
        robot.push(KeyCode.ENTER);
        waitFor(() -> !store().read().weeks().isEmpty());
        assertThat(store().read().weeks()).extracting(dev.switchback.model.WeekTemplate::name)
                .containsExactly("Build week");
        assertThat(store().read().week("Build week").orElseThrow().slots()).hasSize(6);
        backToTheWindow(robot);

        LocalDate next = MON.plusWeeks(1);
        assertThat(sessionsOfWeek(next)).isEmpty();
        robot.push(KeyCode.PAGE_DOWN);
        waitFor(() -> vm.document().weekStartProperty().get().equals(next));
        choose(robot, "Apply week template…");
        typeInto(robot, "#template-filter");
        robot.write("week");
        robot.push(KeyCode.ENTER);
        waitFor(() -> sessionsOfWeek(next).size() == 6);

        assertThat(sessionsOfWeek(next)).extracting(Session::title).containsExactly("Rest", "Easy trail run",
                "Legs and core", "Hill repeats with pack", "Ridge hike", "Long run");
        assertThat(sessionsOfWeek(next)).extracting(s -> s.date().getDayOfWeek().getValue())
                .containsExactly(1, 2, 3, 4, 6, 7);
        assertThat(sessionsOfWeek(MON)).hasSize(6);
        // the findings and totals follow as for any edit
        assertThat(robot.lookup("#summary-sessions").queryAs(Label.class).getText()).endsWith("of 5");
        assertThat(vm.document().undoDescriptionProperty().get()).isEqualTo("Apply Build week to 30 Nov – 6 Dec 2026");

        backToTheWindow(robot);
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> sessionsOfWeek(next).isEmpty());
        assertThat(robot.lookup("#summary-sessions").queryAs(Label.class).getText()).endsWith("of 0");
    }
}
