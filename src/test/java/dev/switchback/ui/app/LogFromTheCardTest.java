package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.OutingLog;
import dev.switchback.model.SessionId;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Logging from the cards in the real window, headless: the card's menu and "Log" button, the
 * compliance the card shows afterwards, the day's menu for unplanned outings, the week summary's
 * done kilometres, and the quick log by keyboard alone within a keystroke budget.
 */
class LogFromTheCardTest {
    private static final LocalDate MON = DemoPlans.MONDAY;
    /** Friday, so that Thursday's run with pack was yesterday. */
    private static final LocalDate TODAY = MON.plusDays(4);
    /** Keys pressed for a whole quick log (a chord such as Ctrl+Shift+L is one); the docs quote it. */
    static final int QUICK_LOG_KEYSTROKES = 11;

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

    private Optional<OutingLog> logOf(String session) {
        return vm.document().getPlan().logFor(new SessionId(session));
    }

    private static Node card(FxRobot robot, String session) {
        return robot.lookup("#card-" + session).query();
    }

    private static String summary(FxRobot robot, String key) {
        return robot.lookup("#summary-" + key).queryAs(Label.class).getText();
    }

    /**
     * Right-click: Monocle's headless glass sends the mouse events of a right click but not the
     * context-menu request a desktop's glass derives from them, so the test sends that request too.
     */
    private static void contextMenuOn(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.rightClickOn(node);
        robot.interact(() -> {
            var local = node.getLayoutBounds();
            double x = local.getCenterX();
            double y = local.getCenterY();
            var screen = node.localToScreen(x, y);
            Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y, screen.getX(),
                    screen.getY(), false, null));
        });
    }

    /** Typing goes to the focused window, as on a desktop: the form that just opened. */
    private static void typeInto(FxRobot robot, String queryInForm) throws Exception {
        waitFor(() -> robot.lookup(queryInForm).tryQuery().isPresent());
        Window form = robot.lookup(queryInForm).query().getScene().getWindow();
        waitFor(form::isFocused);
        robot.targetWindow(form);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void yesterdaysRunWithPackLoggedFromItsCardShowsAsPlannedThenNotAsPlannedWhenHalved(FxRobot robot)
            throws Exception {
        assertThat(summary(robot, "distance")).isEqualTo("0 of 66 km");
        assertThat(card(robot, "thu-pack").getStyleClass()).contains("card-missed");

        contextMenuOn(robot, "#card-thu-pack");
        robot.clickOn("Log outing…");
        waitFor(() -> robot.lookup("#log-save").tryQuery().isPresent());
        robot.clickOn("#log-save");
        waitFor(() -> logOf("thu-pack").isPresent());

        assertThat(logOf("thu-pack").orElseThrow().duration()).isEqualTo(Duration.ofMinutes(80));
        assertThat(card(robot, "thu-pack").getStyleClass()).contains("card-as-planned")
                .doesNotContain("card-missed");
        assertThat(robot.lookup("#card-thu-pack .card-done").tryQuery()).isPresent();
        assertThat(robot.lookup("#log-thu-pack").tryQuery()).isEmpty();
        assertThat(summary(robot, "distance")).isEqualTo("12 of 66 km");
        assertThat(summary(robot, "running")).isEqualTo("12 of 46 km");

        // half the planned 1:20
        contextMenuOn(robot, "#card-thu-pack");
        robot.clickOn("Edit log…");
        waitFor(() -> robot.lookup("#log-duration").tryQuery().isPresent());
        TextField duration = robot.lookup("#log-duration").queryAs(TextField.class);
        robot.interact(duration::clear);
        robot.clickOn(duration).write("0:40");
        robot.clickOn("#log-save");
        waitFor(() -> logOf("thu-pack").orElseThrow().duration().equals(Duration.ofMinutes(40)));

        assertThat(card(robot, "thu-pack").getStyleClass()).contains("card-partly")
                .doesNotContain("card-as-planned");
        assertThat(robot.lookup("#compliance-thu-pack").queryAs(Label.class).getText()).isEqualTo("Not as planned");
    }

    @Test
    void theLogButtonOnAMissedCardOpensTheFormAndGoesAwayOnceLogged(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#log-sat-hike").tryQuery()).isEmpty(); // tomorrow: nothing to log yet
        assertThat(robot.lookup("#log-rest-mon").tryQuery()).isEmpty();

        robot.clickOn("#log-tue-run");
        waitFor(() -> robot.lookup("#log-save").tryQuery().isPresent());
        robot.clickOn("#log-save");
        waitFor(() -> logOf("tue-run").isPresent());

        assertThat(card(robot, "tue-run").getStyleClass()).contains("card-as-planned");
        assertThat(robot.lookup("#log-tue-run").tryQuery()).isEmpty();
        assertThat(summary(robot, "distance")).isEqualTo("10 of 66 km");
    }

    @Test
    void quickLogFromTheCardsMenu(FxRobot robot) throws Exception {
        contextMenuOn(robot, "#card-wed-strength");
        robot.clickOn("Quick log…");
        typeInto(robot, "#quick-save");
        robot.write("6");
        robot.clickOn("#quick-save");
        waitFor(() -> logOf("wed-strength").isPresent());

        assertThat(logOf("wed-strength").orElseThrow().rpe()).isEqualTo(6);
        assertThat(card(robot, "wed-strength").getStyleClass()).contains("card-as-planned");
        assertThat(summary(robot, "sessions")).isEqualTo("1 of 5");
    }

    @Test
    void aDaysMenuLogsAnUnplannedOutingAndOffersNothingToLogAhead(FxRobot robot) throws Exception {
        contextMenuOn(robot, "#day-" + TODAY);
        robot.clickOn("Quick log unplanned…");
        waitFor(() -> robot.lookup("#quick-save").tryQuery().isPresent());
        robot.clickOn("#quick-save");
        waitFor(() -> !vm.document().getPlan().logs().isEmpty());

        assertThat(vm.document().getPlan().logs()).singleElement().satisfies(l -> {
            assertThat(l.date()).isEqualTo(TODAY);
            assertThat(l.plannedSession()).isEmpty();
        });
        robot.push(KeyCode.ESCAPE);

        contextMenuOn(robot, "#card-sat-hike");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menuItem(robot, "Log outing…").isDisable()).isTrue();
        assertThat(menuItem(robot, "Quick log…").isDisable()).isTrue();
        robot.push(KeyCode.ESCAPE);
        contextMenuOn(robot, "#day-" + TODAY.plusDays(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menuItem(robot, "Log unplanned outing…").isDisable()).isTrue();
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void thePlanMenusLogEntriesFollowTheSameRuleAsTheCards(FxRobot robot) {
        robot.clickOn("#card-sat-hike");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(planMenuItem(robot, "Log outing…").isDisable()).isTrue();
        assertThat(planMenuItem(robot, "Quick log").isDisable()).isTrue();
        robot.clickOn("#card-tue-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(planMenuItem(robot, "Log outing…").isDisable()).isFalse();
        assertThat(planMenuItem(robot, "Quick log").isDisable()).isFalse();
    }

    private static javafx.scene.control.MenuItem planMenuItem(FxRobot robot, String text) {
        return robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("Plan")).flatMap(m -> m.getItems().stream())
                .filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no Plan menu item " + text));
    }

    @Test
    void theContextMenuKeyOpensTheSelectedCardsMenu(FxRobot robot) {
        robot.clickOn("#card-tue-run");
        robot.interact(() -> {
            Node focused = card(robot, "tue-run").getScene().getFocusOwner();
            Event.fireEvent(focused, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 0, 0, 0, 0, true,
                    null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menuItem(robot, "Log outing…").isDisable()).isFalse();
        assertThat(menuItem(robot, "Delete").isDisable()).isFalse();
        robot.push(KeyCode.ESCAPE);
    }

    private static javafx.scene.control.MenuItem menuItem(FxRobot robot, String text) {
        return robot.listWindows().stream().filter(w -> w instanceof javafx.scene.control.ContextMenu)
                .filter(Window::isShowing)
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    @Test
    void aQuickLogByKeyboardAloneFromTheSelectedCardTakesElevenKeystrokes(FxRobot robot) throws Exception {
        robot.clickOn("#card-tue-run");
        AtomicInteger keys = countKeystrokes();

        robot.push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        typeInto(robot, "#quick-duration");
        robot.write("7").type(KeyCode.TAB); // RPE digit on the focused slider
        robot.write("45").type(KeyCode.TAB); // replaces the planned 1:00: Tab selects the field's text
        robot.write("easy").type(KeyCode.ENTER);
        waitFor(() -> logOf("tue-run").isPresent());

        OutingLog log = logOf("tue-run").orElseThrow();
        assertThat(log.rpe()).isEqualTo(7);
        assertThat(log.duration()).isEqualTo(Duration.ofMinutes(45));
        assertThat(log.notes()).isEqualTo("easy");
        assertThat(keys.get()).isEqualTo(QUICK_LOG_KEYSTROKES).isLessThanOrEqualTo(20);
        assertThat(card(robot, "tue-run").getStyleClass()).contains("card-partly"); // 45 of 60 min: 25 % short
    }

    private final ListChangeListener<Window> newWindows = c -> watchAllWindows();
    private final AtomicInteger keystrokes = new AtomicInteger();
    private final EventHandler<KeyEvent> counter = e -> {
        if (!e.getCode().isModifierKey()) {
            keystrokes.incrementAndGet();
        }
    };

    @AfterEach
    void stopCounting() {
        onFxThread(() -> {
            Window.getWindows().removeListener(newWindows);
            Window.getWindows().forEach(w -> {
                if (w.getScene() != null) {
                    w.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, counter);
                }
            });
        });
    }

    private static void onFxThread(Runnable r) {
        javafx.application.Platform.runLater(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void watchAllWindows() {
        Window.getWindows().forEach(w -> {
            if (w.getScene() != null) {
                // adding the same filter twice would count a key twice
                w.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, counter);
                w.getScene().addEventFilter(KeyEvent.KEY_PRESSED, counter);
            }
        });
    }

    /** Counts the keys pressed in every window, the log form's included; modifier keys do not count. */
    private AtomicInteger countKeystrokes() {
        onFxThread(() -> {
            watchAllWindows();
            Window.getWindows().addListener(newWindows);
        });
        return keystrokes;
    }
}
