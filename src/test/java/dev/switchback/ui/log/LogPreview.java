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
 * path and {@code log}, {@code log-imperial}, {@code gpx} (bulk import result), {@code journal},
 * {@code wellness} or {@code quick} as argument, and optionally a PNG path to write the scene to.
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
            case "log-track" -> {
                var plan = doc.getPlan();
                doc.replace(plan.withAthlete(plan.athlete().withHeartRates(Optional.of(188), Optional.of(48))),
                        Optional.empty());
                var vm = OutingLogViewModel.forPlanned(doc, s.packRun.id());
                vm.applyGpx(hillyTrack());
                root = new OutingLogView(vm, owner -> List.of(), dev.switchback.ui.common.BackgroundRunner.inline(), () -> { });
                w = 820;
                h = Double.parseDouble(System.getProperty("preview.height", "980"));
            }
            case "wellness" -> {
                root = new WellnessCheckInView(new WellnessViewModel(doc, LogSamples.MONDAY.plusDays(4)), () -> { });
                w = 560;
                h = 600;
            }
            case "gpx" -> {
                // Real tracks from the test fixtures' shapes, read by a fake reader: no files needed.
                java.util.Map<String, Object> files = new java.util.LinkedHashMap<>();
                files.put("2026-11-19-run.gpx", track("2026-11-19T07:05:00Z", 112, 12.4, 598));
                files.put("2026-11-21-lakes.gpx", track("2026-11-21T08:10:00Z", 251, 18.2, 905));
                files.put("2026-11-17-tempo.gpx", track("2026-11-17T17:30:00Z", 52, 9.1, 262));
                files.put("2026-11-16-walk.gpx", track("2026-11-16T12:00:00Z", 48, 4.3, 60));
                files.put("watch-export.fit", "The FIT file watch-export.fit could not be read: it is cut short: the"
                        + " header announces 182344 bytes, the file has 65536 (an interrupted download or copy). Copy"
                        + " the activity from the watch again, or export it as GPX or TCX from your app and import"
                        + " that.");
                files.put("route-plan.gpx", "The GPX file route-plan.gpx has no track points (it holds a planned route"
                        + " or waypoints, not a recorded track), so there is nothing to import. Export the recorded"
                        + " activity as GPX from your watch or app and try again.");
                GpxBatchViewModel vm = new GpxBatchViewModel(doc, e -> {
                    java.nio.file.Path p = e.origin();
                    Object o = files.get(e.name());
                    if (o instanceof String message) {
                        throw new dev.switchback.store.StoreException(p, message);
                    }
                    var t = (dev.switchback.store.gpx.GpxTrack) o;
                    return new dev.switchback.store.gpx.GpxTrack(List.of(p), t.points(), t.distanceM(), t.climbM(),
                            t.descentM(), t.duration(), t.start());
                }, dev.switchback.ui.common.BackgroundRunner.inline(), java.time.ZoneOffset.UTC);
                var chosen = new java.util.ArrayList<java.nio.file.Path>();
                try {
                    java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("switchback-preview");
                    for (String name : files.keySet()) {
                        chosen.add(java.nio.file.Files.createFile(folder.resolve(name)));
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                vm.start(chosen);
                root = new GpxBatchView(vm, () -> { });
                w = 760;
                h = 640;
            }
            case "log-imperial" -> {
                var plan = doc.getPlan();
                doc.replace(plan.withAthlete(plan.athlete().withUnits(dev.switchback.model.Units.IMPERIAL)),
                        Optional.empty());
                root = new OutingLogView(OutingLogViewModel.forPlanned(doc, s.packRun.id()), owner -> List.of(),
                        dev.switchback.ui.common.BackgroundRunner.inline(), () -> { });
                w = 780;
                h = 860;
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
                root = new OutingLogView(vm, owner -> List.of(), dev.switchback.ui.common.BackgroundRunner.inline(), () -> { });
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

    /** 2 h 10 with two climbs, heart rate following the gradient: a run with pack as a watch records it. */
    private static dev.switchback.store.gpx.GpxTrack hillyTrack() {
        var samples = new java.util.ArrayList<dev.switchback.model.TrackSample>();
        int n = 130 * 6;
        double climb = 0;
        double previous = 820;
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double ele = 820 + 330 * Math.pow(Math.sin(Math.PI * t * 2), 2) * (t < 0.5 ? 1 : 0.75)
                    + 4 * Math.sin(i * 0.7);
            double grade = ele - previous;
            climb += Math.max(0, grade);
            previous = ele;
            int hr = (int) Math.round(128 + 22 * Math.sin(Math.PI * t * 4 - 0.6) + 6 * Math.signum(grade)
                    + 4 * Math.sin(i * 0.3));
            samples.add(new dev.switchback.model.TrackSample(Optional.of(java.time.Duration.ofSeconds(10L * i)),
                    13_000.0 * t, Optional.of(ele), Optional.of(hr), Optional.of(82)));
        }
        return new dev.switchback.store.gpx.GpxTrack(List.of(java.nio.file.Path.of("2026-11-19-ridge.fit")),
                samples.size(), 13_000, Optional.of(599.0), Optional.of(597.0),
                Optional.of(java.time.Duration.ofMinutes(130)), Optional.of(java.time.Instant.parse(
                        "2026-11-19T07:05:00Z")), samples, "FIT", 3);
    }

    private static dev.switchback.store.gpx.GpxTrack track(String start, int minutes, double km, double climb) {
        return new dev.switchback.store.gpx.GpxTrack(List.of(), (int) (km * 100), km * 1000, Optional.of(climb),
                Optional.of(climb), Optional.of(java.time.Duration.ofMinutes(minutes)),
                Optional.of(java.time.Instant.parse(start)));
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
