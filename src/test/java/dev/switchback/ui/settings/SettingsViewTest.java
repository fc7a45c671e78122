package dev.switchback.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Plan;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.app.Theme;
import dev.switchback.ui.fake.FakePlans;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class SettingsViewTest {
    private PlanDocument doc;

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.PRIMER_LIGHT, this::start);

    void start(Stage stage) {
        doc = new PlanDocument(FakePlans.empty(), Optional.empty());
        var view = new SettingsView(new SettingsViewModel(doc, RuleBook.standard(),
                new SimpleObjectProperty<>(Theme.LIGHT), Optional.of(Path.of("/home/alex/.local/share/switchback"))), dev.switchback.ui.common.BackgroundRunner.inline());
        stage.setScene(new Scene(view, 640, 760));
        stage.show();
    }

    @Test
    void refusesABadBodyMassWithTheReasonNextToTheField(FxRobot robot) {
        Plan before = doc.getPlan();
        robot.doubleClickOn("#body-mass").eraseText(4).write("600");
        Label error = robot.lookup(".field-error").match(Label::isVisible).queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("Body mass must be between 25 and 300 kg (was 600 kg)");
        robot.clickOn("#settings-apply");
        assertThat(doc.getPlan()).isEqualTo(before);

        robot.doubleClickOn("#body-mass").eraseText(4).write("68");
        assertThat(robot.lookup(".field-error").match(Label::isVisible).tryQuery()).isEmpty();
        robot.clickOn("#settings-apply");
        assertThat(doc.getPlan().athlete().bodyMassKg()).isEqualTo(68.0);
    }

    @Test
    void showsTheDataFolderReadOnly(FxRobot robot) {
        TextField folder = robot.lookup("#data-folder").queryAs(TextField.class);
        assertThat(folder.getText()).isEqualTo(Path.of("/home/alex/.local/share/switchback").toString());
        assertThat(folder.isEditable()).isFalse();
    }
}
