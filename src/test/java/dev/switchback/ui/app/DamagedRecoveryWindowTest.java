package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.store.PlanStore;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.RiggedAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The next start after a crash whose autosave was itself damaged (cut off), with the real store and
 * the real dialogs: "Recover" fails, the user is told where the damaged file was kept, and their plan
 * opens as last saved instead of an empty one.
 */
class DamagedRecoveryWindowTest {
    private Path home;
    private Preferences prefs;
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.AS_IS, this::start);

    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("switchback-damaged-recovery-test");
        prefs = Preferences.userRoot().node("switchback-fx-test-" + UUID.randomUUID());
        PlanStore.save(home.resolve("plan.json"), DemoPlans.week(DemoPlans.MONDAY).withName("My real plan"),
                List.of());
        var files = new StorePlanFiles(home);
        files.saveRecovery(DemoPlans.week(DemoPlans.MONDAY), Optional.empty());
        byte[] whole = Files.readAllBytes(files.recoveryFile());
        Files.write(files.recoveryFile(), java.util.Arrays.copyOf(whole, whole.length / 3)); // the crash cut it
        vm = SwitchbackApp.open(stage, files, prefs, () -> DemoPlans.TODAY, FxDialogService::new,
                RiggedAnalysis.analyser());
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
    void aFailedRecoveryKeepsTheDamagedFileAsideSaysWhereAndOpensTheUsersPlan(FxRobot robot) throws Exception {
        robot.clickOn(button(robot, "Recover"));
        Button ok = button(robot, "OK");
        DialogPane told = (DialogPane) ok.getScene().getRoot();
        String text = ((Label) told.getContent()).getText();
        Path kept;
        try (Stream<Path> list = Files.list(home)) {
            kept = list.filter(p -> p.getFileName().toString().startsWith("recovery-damaged-")).findFirst()
                    .orElseThrow();
        }
        assertThat(told.getHeaderText()).isEqualTo("Could not recover the autosaved work");
        assertThat(text).startsWith("Switchback could not read the autosaved work: recovery.json, line ")
                .doesNotContain("text editor").contains("The damaged autosave is kept as " + kept + ".")
                .endsWith("Your plan " + home.resolve("plan.json") + " opens as it was last saved.");
        // A long message once centred the dialog as if it were one line wide, off the screen's left edge.
        assertThat(ok.getScene().getWindow().getX()).isGreaterThanOrEqualTo(0);
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.document().getFile().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.document().getFile()).contains(home.resolve("plan.json"));
        assertThat(vm.document().getPlan().name()).isEqualTo("My real plan");
        assertThat(vm.document().isDirty()).isFalse();
        assertThat(home.resolve("recovery.json")).doesNotExist();
        assertThat(kept).exists();
    }
}
