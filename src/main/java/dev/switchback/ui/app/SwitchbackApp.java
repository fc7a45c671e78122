package dev.switchback.ui.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: opens the planner window. */
public final class SwitchbackApp extends Application {

    public static void main(String[] args) {
        launch(SwitchbackApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Switchback");
        stage.setScene(new Scene(new StackPane(new Label("Switchback")), 1200, 800));
        stage.show();
    }
}
