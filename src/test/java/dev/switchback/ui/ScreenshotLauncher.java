package dev.switchback.ui;

import dev.switchback.engine.Finding;
import dev.switchback.model.Plan;
import dev.switchback.store.StoreException;
import dev.switchback.ui.app.FxDialogService;
import dev.switchback.ui.app.MainViewModel;
import dev.switchback.ui.app.PlanFiles;
import dev.switchback.ui.app.SwitchbackApp;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opens the window on a demo plan without touching the user's data folder, for screenshots:
 * {@code mvn exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.switchback.ui.ScreenshotLauncher}.
 * System property {@code shot.editor=true} opens the session editor too.
 */
public final class ScreenshotLauncher extends Application {

    public static void main(String[] args) {
        launch(ScreenshotLauncher.class, args);
    }

    @Override
    public void start(Stage stage) {
        PlanFiles files = new PlanFiles() {
            @Override
            public Plan read(Path file) throws StoreException {
                return DemoPlans.week(DemoPlans.MONDAY);
            }

            @Override
            public void save(Path file, Plan plan, List<Finding> findings) {
            }

            @Override
            public Path defaultPlanFile() {
                return Path.of("/tmp/switchback-demo/plan.json");
            }

            @Override
            public Path recoveryFile() {
                return Path.of("/tmp/switchback-demo/recovery.json");
            }

            @Override
            public boolean prepare(LocalDate today) {
                return true;
            }

            @Override
            public boolean exists(Path file) {
                return false;
            }

            @Override
            public Optional<Long> lastModified(Path file) {
                return Optional.empty();
            }

            @Override
            public void delete(Path file) {
            }
        };
        Preferences prefs = Preferences.userRoot().node("switchback-screenshot");
        MainViewModel vm = SwitchbackApp.open(stage, files, prefs, () -> DemoPlans.TODAY, FxDialogService::new,
                RiggedAnalysis.analyser());
        stage.setMaximized(true);
        vm.start();
        if (Boolean.getBoolean("shot.editor")) {
            Platform.runLater(() -> vm.week().editSession(new dev.switchback.model.SessionId("thu-pack")));
        }
    }
}
