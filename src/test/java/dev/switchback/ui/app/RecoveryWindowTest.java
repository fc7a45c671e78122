package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.store.FileStamp;
import dev.switchback.store.PlanStore;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.RiggedAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The next start after a crash, with the real store and the real dialogs: the work was made on a
 * file that another program changed since, so it is recovered to no file and the user is told.
 */
class RecoveryWindowTest {
    private Path home;
    private Path other;
    private Preferences prefs;
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.AS_IS, this::start);

    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("switchback-recovery-test");
        prefs = Preferences.userRoot().node("switchback-fx-test-" + UUID.randomUUID());
        PlanStore.save(home.resolve("plan.json"), DemoPlans.week(DemoPlans.MONDAY), List.of());
        other = home.resolve("other.json");
        PlanStore.save(other, DemoPlans.week(DemoPlans.MONDAY).withName("Changed after the crash"), List.of());
        var files = new StorePlanFiles(home);
        var work = DemoPlans.week(DemoPlans.MONDAY);
        work = work.withSession(work.session(new SessionId("tue-run")).orElseThrow().withTitle("Unsaved edit"));
        // Based on a version of other.json that is no longer there.
        files.saveRecovery(work, Optional.of(new RecoveredWork.Origin(other,
                new FileStamp(1, FileTime.fromMillis(0), "0".repeat(64)))));
        vm = SwitchbackApp.open(stage, files, prefs, () -> DemoPlans.TODAY, FxDialogService::new,
                RiggedAnalysis.analyser());
        // Later: the recovery question waits in showAndWait, which must not block @Start.
        Platform.runLater(vm::start);
    }

    @AfterEach
    void forget() throws BackingStoreException {
        prefs.removeNode();
    }

    private static Button button(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Button b
                && text.equals(b.getText()) && b.getScene() != null && b.getScene().getWindow().isShowing())
                .tryQuery().isPresent());
        return robot.lookup((Node n) -> n instanceof Button b && text.equals(b.getText())).queryButton();
    }

    @Test
    void workWhoseFileChangedSinceIsRecoveredToNoFileAndTheUserIsTold(FxRobot robot) throws Exception {
        robot.clickOn(button(robot, "Recover"));
        Button ok = button(robot, "OK");
        DialogPane told = (DialogPane) ok.getScene().getRoot();
        assertThat(told.getContentText()).isEqualTo(other + " was changed after your work was autosaved. Your"
                + " recovered work is open; use Save As to keep it as a new file, so that neither version is lost.");
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.document().getFile()).isEmpty();
        assertThat(vm.document().isDirty()).isTrue();
        assertThat(vm.document().getPlan().session(new SessionId("tue-run")).map(Session::title))
                .contains("Unsaved edit");
        assertThat(PlanStore.read(other).name()).isEqualTo("Changed after the crash");
    }
}
