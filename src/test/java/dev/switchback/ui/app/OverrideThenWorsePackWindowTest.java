package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.Plan;
import dev.switchback.model.RuleOverride;
import dev.switchback.model.SessionId;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11, item 4, in the window with the real engine: a reason given to save Thursday's 25 kg pack
 * answers that finding only; a heavier pack, or a heavy pack on Saturday, asks again.
 */
class OverrideThenWorsePackWindowTest {
    private static final LocalDate MON = DemoPlans.MONDAY;
    private FakeFiles files;
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(this::files, () -> DemoPlans.TODAY, p -> Engine.analyse(p, DemoPlans.TODAY))
            .opened(w -> vm = w.vm())
            .readyWhen(m -> m.document().getPlan().name().equals("Autumn to Sarek"));

    private PlanFiles files() {
        files = new FakeFiles();
        return files;
    }

    private static KeyCodeCombination ctrl(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN);
    }

    private void pack(FxRobot robot, String id, double kg) {
        robot.interact(() -> vm.document().apply("Pack", p -> p.withSession(
                p.session(new SessionId(id)).orElseThrow().withPackKg(kg))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void saveWithReason(FxRobot robot, String reason) {
        robot.push(ctrl(KeyCode.S));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#override-reason").tryQuery()).as("the save asks for a reason").isPresent();
        robot.clickOn("#override-reason").write(reason);
        robot.clickOn("#save-anyway");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void saveWithoutQuestion(FxRobot robot) {
        robot.push(ctrl(KeyCode.S));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#override-reason").tryQuery()).as("no question").isEmpty();
        assertThat(vm.document().isDirty()).isFalse();
    }

    @Test
    void anOverrideAnswersThursdaysPackAndAHeavierOrAnotherDaysPackAsksAgain(FxRobot robot) {
        pack(robot, "thu-pack", 25);
        saveWithReason(robot, "Carrying the club tent once");
        Plan saved = files.disk.get(files.defaultPlanFile());
        assertThat(saved.rules().overrides()).singleElement().satisfies(o -> {
            assertThat(o.ruleId()).isEqualTo("pack-mass");
            assertThat(o.dates()).containsExactly(MON.plusDays(3));
            assertThat(o.measured().orElseThrow()).isCloseTo(25 / 72.0 * 100, org.assertj.core.data.Offset.offset(1e-9));
        });
        // the card says it was overridden, with the reason and the day
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".finding-override").queryAllAs(Label.class)).filteredOn(Label::isVisible)
                .singleElement().satisfies(l -> assertThat(l.getText())
                        .isEqualTo("Overridden on Wednesday 25 November 2026: Carrying the club tent once"));
        assertThat(robot.lookup("#findings-summary").tryQueryAs(Label.class).map(Label::getText))
                .hasValueSatisfying(t -> assertThat(t).contains("1 blocking (1 overridden)"));

        pack(robot, "thu-pack", 24);
        saveWithoutQuestion(robot);

        pack(robot, "sat-hike", 30);
        saveWithReason(robot, "Sarek rehearsal");
        assertThat(files.disk.get(files.defaultPlanFile()).rules().overrides()).extracting(RuleOverride::dates)
                .containsExactly(java.util.List.of(MON.plusDays(3)), java.util.List.of(MON.plusDays(5)));

        pack(robot, "thu-pack", 27);
        robot.push(ctrl(KeyCode.S));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#override-reason").tryQuery()).as("a heavier pack asks again").isPresent();
        robot.clickOn("Back to editing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.document().isDirty()).isTrue();
    }
}
