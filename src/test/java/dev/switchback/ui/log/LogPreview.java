package dev.switchback.ui.log;

import atlantafx.base.theme.PrimerLight;
import dev.switchback.ui.app.PlanDocument;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the log dialog or the journal for screenshots (docs/screenshots): run with the test class
 * path and {@code log}, {@code journal}, {@code wellness} or {@code quick} as argument.
 */
public final class LogPreview extends Application {

    /** A plain main: a main class that extends Application cannot start with JavaFX on the class path. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(LogPreview.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LogSamples s = new LogSamples();
        PlanDocument doc = new PlanDocument(s.plan(), Optional.empty());
        doc.weekStartProperty().set(LogSamples.MONDAY);
        String what = getParameters().getRaw().isEmpty() ? "log" : getParameters().getRaw().get(0);
        javafx.scene.Parent root;
        double w;
        double h;
        switch (what) {
            case "journal" -> {
                JournalView j = JournalView.create(doc);
                j.viewModel().selectedProperty().set(j.viewModel().entries().get(1));
                var box = new javafx.scene.layout.VBox(8, j, WellnessStrip.create(doc, () -> LogSamples.MONDAY
                        .plusDays(3), d -> { }));
                box.setPadding(new javafx.geometry.Insets(0, 0, 8, 8));
                javafx.scene.layout.VBox.setVgrow(j, javafx.scene.layout.Priority.ALWAYS);
                root = box;
                w = 1200;
                h = 720;
            }
            case "wellness" -> {
                root = new WellnessCheckInView(new WellnessViewModel(doc, LogSamples.MONDAY.plusDays(4)), () -> { });
                w = 560;
                h = 600;
            }
            case "quick" -> {
                root = new QuickLogView(QuickLogViewModel.forPlanned(doc, s.packRun.id()), () -> { });
                w = 520;
                h = 300;
            }
            default -> {
                OutingLogViewModel vm = OutingLogViewModel.forPlanned(doc, s.packRun.id());
                vm.durationProperty().set("1:52");
                vm.rpeProperty().set(7);
                vm.feelAfterProperty().set(2);
                vm.feelAfterWordsProperty().set("shoulders sore again");
                vm.sorenessLevelProperty().set(3);
                vm.sorenessAreas().add(dev.switchback.model.BodyArea.SHOULDERS);
                vm.weather().add(dev.switchback.model.Weather.WINDY);
                root = new OutingLogView(vm, owner -> List.of(), Runnable::run, () -> { });
                w = 780;
                h = 860;
            }
        }
        Scene scene = new Scene(root, w, h);
        stage.setScene(scene);
        stage.setTitle("Switchback preview: " + what);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        if (getParameters().getRaw().size() > 1) {
            // Also write what the scene draws, for machines where the X screen grab stays black.
            java.nio.file.Path out = java.nio.file.Path.of(getParameters().getRaw().get(1));
            var pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            pause.setOnFinished(e -> {
                writePng(scene.snapshot(null), out);
                javafx.application.Platform.exit();
            });
            pause.play();
        }
    }

    private static void writePng(javafx.scene.image.WritableImage image, java.nio.file.Path out) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var buffered = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(buffered, "png", out.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
