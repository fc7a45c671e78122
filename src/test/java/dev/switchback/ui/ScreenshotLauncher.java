package dev.switchback.ui;

import dev.switchback.engine.Engine;
import dev.switchback.ui.app.FxDialogService;
import dev.switchback.ui.app.MainViewModel;
import dev.switchback.ui.app.StorePlanFiles;
import dev.switchback.ui.app.SwitchbackApp;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens the window on a fresh data folder (so the sample plan) without touching the user's own, for
 * screenshots: {@code mvn exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.switchback.ui.ScreenshotLauncher}.
 * {@code -Dswitchback.theme=dark} for the dark theme; {@code -Dshot.editor=true} opens the session editor on
 * the first card of the week; {@code -Dshot.cardMenu=true} opens the context menu of the card with a "Log"
 * button; {@code -Dshot.guide=N} opens the first-run guide at its N-th callout; {@code -Dshot.tab=charts-tab} selects that tab (by its id) once the plan is open.
 */
public final class ScreenshotLauncher extends Application {

    public static void main(String[] args) {
        launch(ScreenshotLauncher.class, args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        var home = Files.createTempDirectory("switchback-shot");
        Preferences prefs = Preferences.userRoot().node("switchback-screenshot");
        MainViewModel vm = SwitchbackApp.open(stage, new StorePlanFiles(home), prefs, LocalDate::now,
                FxDialogService::new, Engine::analyse);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1440);
        stage.setHeight(900);
        vm.start();
        if (Boolean.getBoolean("shot.editor")) {
            vm.document().fileProperty().addListener((obs, was, now) -> {
                PauseTransition later = new PauseTransition(Duration.seconds(2));
                later.setOnFinished(e -> javafx.application.Platform.runLater(() -> vm.week().days().stream().flatMap(d -> d.cards().stream())
                        .filter(c -> !c.kind().isRest() && c.details().size() > 3).findFirst()
                        .ifPresent(c -> vm.week().editSession(c.id()))));
                later.play();
            });
        }
        if (Boolean.getBoolean("shot.cardMenu")) {
            vm.document().fileProperty().addListener((obs, was, now) -> {
                PauseTransition later = new PauseTransition(Duration.seconds(2));
                later.setOnFinished(e -> stage.getScene().getRoot().lookupAll(".card-log").stream().findFirst()
                        .map(javafx.scene.Node::getParent).ifPresent(card -> {
                            var at = card.localToScreen(card.getLayoutBounds().getCenterX(), 40);
                            javafx.event.Event.fireEvent(card, new javafx.scene.input.ContextMenuEvent(
                                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 0, 40, at.getX(),
                                    at.getY(), false, null));
                        }));
                later.play();
            });
        }
        int guideStep = Integer.getInteger("shot.guide", 0);
        if (guideStep > 0) {
            vm.document().fileProperty().addListener((obs, was, now) -> {
                PauseTransition later = new PauseTransition(Duration.seconds(2));
                later.setOnFinished(e -> {
                    var guide = (dev.switchback.ui.app.FirstRunGuideViewModel) stage.getProperties()
                            .get(dev.switchback.ui.app.FirstRunGuideViewModel.class);
                    guide.open();
                    for (int i = 1; i < guideStep; i++) {
                        guide.next();
                    }
                });
                later.play();
            });
        }
        String tab = System.getProperty("shot.tab", "");
        if (!tab.isEmpty()) {
            vm.document().fileProperty().addListener((obs, was, now) -> {
                PauseTransition later = new PauseTransition(Duration.seconds(2));
                later.setOnFinished(e -> stage.getScene().getRoot().lookupAll(".tab-pane").stream()
                        .map(n -> (javafx.scene.control.TabPane) n)
                        .forEach(pane -> pane.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                                .ifPresent(t -> pane.getSelectionModel().select(t))));
                later.play();
            });
        }
    }
}
