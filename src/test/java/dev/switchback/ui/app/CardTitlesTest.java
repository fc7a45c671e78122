package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Weeks;
import dev.switchback.store.SamplePlan;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.LineBreaks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's "cards break words in the middle" ("Schrofenp ass"), read from the text JavaFX drew: in every week of
 * the sample plan at 1366 x 768 and 1440 x 900, every line of every card's kind and title ends at a word boundary,
 * and so does every line of the month view's day cells (a trip's stage among them); a single word wider than the
 * card is set smaller or cut with "...", never broken, and the whole title stays readable in its tooltip.
 */
class CardTitlesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    /** One word wider than a day column at 1366 px even when set smaller. */
    static final String LONG_WORD = "Schrofenpassüberschreitungsvariante";
    private Plan plan;
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(this::files, () -> TODAY, p -> Engine.analyse(p, TODAY))
            .opened(w -> vm = w.vm())
            .readyWhen(m -> m.document().getAnalysis().isPresent());

    private PlanFiles files() {
        Plan sample = SamplePlan.create(TODAY);
        Session sat = sample.sessions().stream().filter(s -> s.date().equals(Weeks.monday(TODAY).plusDays(5))
                && s.kind() != SessionKind.REST).findFirst().orElseThrow();
        plan = sample.withSession(sat.withTitle(LONG_WORD + " via Nebelhorn"));
        FakeFiles files = new FakeFiles();
        files.put(files.defaultPlanFile(), plan);
        return files;
    }

    @Test
    void everyCardLineEndsAtAWordAt1366x768(FxRobot robot) {
        everyCardLineEndsAtAWord(robot, 1366, 768);
    }

    @Test
    void everyCardLineEndsAtAWordAt1440x900(FxRobot robot) {
        everyCardLineEndsAtAWord(robot, 1440, 900);
    }

    @Test
    void everyMonthDayLineEndsAtAWordAt1366x768(FxRobot robot) {
        everyMonthDayLineEndsAtAWord(robot, 1366, 768);
    }

    @Test
    void everyMonthDayLineEndsAtAWordAt1440x900(FxRobot robot) {
        everyMonthDayLineEndsAtAWord(robot, 1440, 900);
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            fx.stage().setWidth(width);
            fx.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void everyCardLineEndsAtAWord(FxRobot robot, double width, double height) {
        resize(robot, width, height);
        List<String> problems = new ArrayList<>();
        int titles = 0;
        boolean sawTheLongWord = false;
        for (LocalDate monday = Weeks.monday(plan.firstDate().orElseThrow());
                !monday.isAfter(Weeks.monday(plan.lastDate().orElseThrow())); monday = monday.plusWeeks(1)) {
            LocalDate m = monday;
            robot.interact(() -> vm.week().goTo(m));
            WaitForAsyncUtils.waitForFxEvents();
            for (Label l : robot.lookup(".session-card .card-title").queryAllAs(Label.class)) {
                titles++;
                // the accessible text is the card's whole title, whatever the label shows (the long word ends in "…")
                Text drawn = LineBreaks.drawn(l);
                LineBreaks.breakInsideAWord(drawn).ifPresent(b -> problems.add(m + " title " + b));
                if (l.getAccessibleText().startsWith(LONG_WORD)) {
                    sawTheLongWord = true;
                    Tooltip tip = l.getTooltip();
                    if (tip == null || !tip.getText().equals(LONG_WORD + " via Nebelhorn")) {
                        problems.add(m + " the long title has no tooltip with its whole text");
                    }
                    if (!l.getText().endsWith("via Nebelhorn")) {
                        problems.add(m + " the long title lost its short words: " + l.getText());
                    }
                } else if (!drawn.getText().equals(l.getAccessibleText())) {
                    problems.add(m + " title cut: " + drawn.getText());
                }
            }
            for (Label l : robot.lookup(".session-card .card-kind").queryAllAs(Label.class)) {
                LineBreaks.breakInsideAWord(LineBreaks.drawn(l)).ifPresent(b -> problems.add(m + " kind " + b));
            }
        }
        assertThat(problems).as("at %s x %s", width, height).isEmpty();
        assertThat(titles).as("card titles looked at").isGreaterThan(40);
        assertThat(sawTheLongWord).isTrue();
    }

    private void everyMonthDayLineEndsAtAWord(FxRobot robot, double width, double height) {
        resize(robot, width, height);
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "month-tab".equals(t.getId())).findFirst().orElseThrow()));
        // built when first shown, laid out the pulse after
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        int lines = 0;
        int trips = 0;
        for (int month = 0; month < 4; month++) {
            String title = robot.lookup("#month-title").queryAs(Label.class).getText();
            for (Label l : robot.lookup(".month-day .label").queryAllAs(Label.class)) {
                if (!l.isVisible() || l.getText().isEmpty() || l.getScene() == null) {
                    continue;
                }
                lines++;
                Text drawn = LineBreaks.drawn(l);
                if (drawn == null) {
                    problems.add(title + " not drawn: " + l.getText());
                    continue;
                }
                LineBreaks.breakInsideAWord(drawn).ifPresent(b -> problems.add(title + " " + b));
                if (l.getStyleClass().contains("month-trip")) {
                    trips++;
                    // the line may be cut at the cell's two lines, but never before it has said which day it is
                    if (!drawn.getText().matches("(?s)Day \\d+ of \\d+ · .+")) {
                        problems.add(title + " trip day drawn without its day: " + drawn.getText());
                    }
                }
            }
            robot.interact(() -> robot.lookup("#prev-month").queryAs(javafx.scene.control.Button.class).fire());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(problems).as("at %s x %s", width, height).isEmpty();
        assertThat(lines).isGreaterThan(60);
        assertThat(trips).as("trip days looked at").isGreaterThanOrEqualTo(2);
    }
}
