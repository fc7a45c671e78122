package dev.switchback.ui.app;

import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for docs/performance.md: an empty JavaFX window of Switchback's size with the same
 * start-up probe, run on the same class path. Not a test; run it with
 * {@code java -Dswitchback.startupProbe=true -Dswitchback.exitAfterFirstFrame=true -cp target/switchback.jar:target/test-classes dev.switchback.ui.app.BareWindow}.
 * The main method lives outside the {@code Application} class so that JavaFX on the class path works.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Bare window")), 1400, 860));
            stage.setTitle("Bare");
            stage.show();
            StartupProbe.afterShow(Optional.empty());
        }
    }
}
