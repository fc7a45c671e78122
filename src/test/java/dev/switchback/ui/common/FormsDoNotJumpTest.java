package dev.switchback.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Athlete;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.app.Theme;
import dev.switchback.ui.fake.FakePlans;
import dev.switchback.ui.session.SessionEditorView;
import dev.switchback.ui.session.SessionEditorViewModel;
import dev.switchback.ui.settings.SettingsView;
import dev.switchback.ui.settings.SettingsViewModel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The long forms (session editor, settings) keep every field where it is while reasons come and go: the
 * reason sits beside its field in a box of fixed size (issue 13 section 4, "no layout jumps").
 */
class FormsDoNotJumpTest {
    private static final Athlete ALEX = Athlete.of("Alex", 68);

    private SessionEditorViewModel editor;
    private Parent editorView;
    private Parent settingsView;

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.PRIMER_LIGHT, this::start);

    void start(Stage stage) {
        // a long day, so the trail section's fields are on the form too
        editor = SessionEditorViewModel.forEdit(
                Session.of(LocalDate.of(2026, 11, 28), SessionKind.HIKE, "Ridge", Duration.ofHours(5)), ALEX);
        editorView = new SessionEditorView(editor);
        PlanDocument doc = new PlanDocument(FakePlans.empty(), Optional.empty());
        settingsView = new SettingsView(new SettingsViewModel(doc, RuleBook.standard(),
                new SimpleObjectProperty<>(Theme.LIGHT), Optional.empty()), dev.switchback.ui.common.BackgroundRunner.inline());
        // in a Group each form takes its preferred size: one that grew as a reason came would move fields
        stage.setScene(new Scene(new javafx.scene.Group(new HBox(editorView, settingsView)), 1200, 760));
        stage.show();
    }

    private static void type(FxRobot robot, String id, String text) {
        // by id, not by selector: thresholds' ids hold a dot ("threshold-rule.blockRatio")
        String plain = id.substring(1);
        robot.interact(() -> robot.lookup((Node n) -> plain.equals(n.getId())).queryAs(TextInputControl.class)
                .setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label reason(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void theSessionEditorsFieldsStayPutAsReasonsComeAndGo(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Double> before = FieldTops.of(editorView);
        assertThat(before).containsKeys("title", "duration", "distance", "pack", "rpe", "notes", "turnaround",
                "bailouts", "attach-route");

        type(robot, "#duration", "an hour and a bit");
        type(robot, "#distance", "far");
        type(robot, "#rpe", "11");
        type(robot, "#turnaround", "noon");
        assertThat(reason(robot, "#duration-error").isVisible()).isTrue();
        assertThat(reason(robot, "#duration-error").getText()).startsWith("Duration must be");
        assertThat(reason(robot, "#distance-error").isVisible()).isTrue();
        assertThat(reason(robot, "#rpe-error").isVisible()).isTrue();
        // longer than its two lines: whole in the tooltip
        assertThat(reason(robot, "#turnaround-error").getTooltip().getText())
                .isEqualTo(reason(robot, "#turnaround-error").getText());
        assertThat(FieldTops.of(editorView)).isEqualTo(before);

        type(robot, "#duration", "5:00");
        type(robot, "#distance", "12.5");
        type(robot, "#rpe", "");
        type(robot, "#turnaround", "");
        assertThat(reason(robot, "#duration-error").isVisible()).isFalse();
        assertThat(reason(robot, "#distance-error").getTooltip()).isNull();
        assertThat(FieldTops.of(editorView)).isEqualTo(before);
    }

    /** The boxes beside the fields make no row taller, so the editor is as tall as with no reasons at all. */
    @Test
    void aReasonsBoxIsNoTallerThanItsField(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : java.util.List.of("title", "duration", "distance", "climb", "descent", "pack", "rpe",
                "hr-zone", "start-time", "turnaround")) {
            Control field = robot.lookup("#" + id).queryAs(Control.class);
            Label why = reason(robot, "#" + id + "-error");
            assertThat(why.getHeight()).as(id).isPositive().isLessThanOrEqualTo(field.getHeight());
        }
    }

    @Test
    void theSettingsFieldsStayPutAsReasonsComeAndGo(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Double> before = FieldTops.of(settingsView);
        String threshold = before.keySet().stream().filter(id -> id.startsWith("threshold-")).findFirst()
                .orElseThrow();
        assertThat(before).containsKeys("name", "body-mass", "max-hr", "resting-hr", "sex", "units", "preset");

        type(robot, "#body-mass", "600");
        type(robot, "#max-hr", "fast");
        type(robot, "#" + threshold, "lots");
        assertThat(robot.lookup(".field-error").match(Node::isVisible).queryAll())
                .extracting(n -> ((Label) n).getText())
                .contains("Body mass must be between 25 and 300 kg (was 600 kg)")
                .anyMatch(t -> t.startsWith("Threshold ") && t.endsWith(", or empty for the preset's value"));
        assertThat(FieldTops.of(settingsView)).isEqualTo(before);

        type(robot, "#body-mass", "68");
        type(robot, "#max-hr", "");
        type(robot, "#" + threshold, "");
        assertThat(robot.lookup(".field-error").match(Node::isVisible).queryAll()).isEmpty();
        assertThat(FieldTops.of(settingsView)).isEqualTo(before);
    }
}
