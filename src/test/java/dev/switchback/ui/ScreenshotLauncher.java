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
 * button; {@code -Dshot.tab=charts-tab} selects that tab (by its id) once the plan is open;
 * {@code -Dshot.width=1366 -Dshot.height=768} for another window size (default 1440x900);
 * {@code -Dshot.heavyPack=true} puts 30 kg on the week's heaviest carry (findings to show);
 * {@code -Dshot.overrideThenWorse=true} puts 25 kg on the week's first carry, overrides its finding with a
 * reason, then puts 30 kg on the week's last carry (an override then a worse pack);
 * {@code -Dshot.rpePack=25} puts 25 kg on the week's run with pack, its target RPE kept;
 * {@code -Dshot.tripWeek=true} adds a 3-day trip (6 h a day, 12-14 kg) from the week's Thursday;
 * {@code -Dshot.weekOffset=2} shows the week two after today's; {@code -Dshot.file=week.png} writes a snapshot of the window's scene to that file after
 * {@code shot.delay} seconds (default 6) and exits, which also works headless under Monocle
 * ({@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -Dheadless.geometry=1440x900-32}), where there is no GTK to draw a real window.
 * {@code -Dshot.guide=N} opens the first-run guide at its N-th callout.
 * {@code -Dshot.adjust=true} gives the week a reason to adjust the coming days (the log of the last session
 * before yesterday removed: missed; two of the week's outings logged 3 points harder than planned), so the week
 * view shows "Adjust the coming days"; {@code -Dshot.adjustDialog=true} also opens that dialog;
 * {@code -Dshot.adjustFull=true} also fills every free day of the coming seven with a 30 min run, so the missed
 * session has nowhere to go (the dialog's note);
 * {@code -Dshot.season=true} opens Plan > Build season... with "replace" ticked and presses Preview;
 * {@code -Dshot.dialog=true} makes {@code shot.file} a snapshot of the open dialog instead of the main window.
 */
public final class ScreenshotLauncher extends Application {

    public static void main(String[] args) {
        launch(ScreenshotLauncher.class, args);
    }

    /** A plain main for {@code java -cp ... dev.switchback.ui.ScreenshotLauncher$Main} (JavaFX on the class path). */
    public static final class Main {
        public static void main(String[] args) {
            launch(ScreenshotLauncher.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        var home = Files.createTempDirectory("switchback-shot");
        Preferences prefs = Preferences.userRoot().node("switchback-screenshot");
        try {
            prefs.clear(); // the same window every time: no placement or theme left from the last run
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IOException(e);
        }
        MainViewModel vm = SwitchbackApp.open(stage, new StorePlanFiles(home), prefs, LocalDate::now,
                FxDialogService::new, p -> Engine.analyse(p, java.time.LocalDate.now()));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(Integer.getInteger("shot.width", 1440));
        stage.setHeight(Integer.getInteger("shot.height", 900));
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
        int weeks = Integer.getInteger("shot.weekOffset", 0);
        if (weeks != 0) {
            PauseTransition later = new PauseTransition(Duration.seconds(3));
            later.setOnFinished(e -> vm.document().weekStartProperty()
                    .set(vm.document().weekStartProperty().get().plusWeeks(weeks)));
            later.play();
        }
        if (Boolean.getBoolean("shot.heavyPack")) {
            // a 30 kg pack on the week's heaviest carry, so the findings panel has something to show
            PauseTransition later = new PauseTransition(Duration.seconds(3.5));
            later.setOnFinished(e -> {
                var d = vm.document();
                LocalDate monday = d.weekStartProperty().get();
                d.getPlan().sessions().stream()
                        .filter(x -> !x.date().isBefore(monday) && x.date().isBefore(monday.plusDays(7)))
                        .max(java.util.Comparator.comparingDouble(dev.switchback.model.Session::packKg))
                        .ifPresent(x -> d.apply("Heavier pack", p -> p.withSession(x.withPackKg(30))));
            });
            later.play();
        }
        if (Boolean.getBoolean("shot.overrideThenWorse")) {
            // issue 11: 25 kg on the week's first carry, saved over with a reason, then 30 kg on the last one
            PauseTransition later = new PauseTransition(Duration.seconds(3.5));
            later.setOnFinished(e -> {
                var d = vm.document();
                LocalDate monday = d.weekStartProperty().get();
                var carries = d.getPlan().sessions().stream()
                        .filter(x -> !x.date().isBefore(monday) && x.date().isBefore(monday.plusDays(7)))
                        .filter(x -> x.packKg() > 0).sorted(java.util.Comparator.comparing(
                                dev.switchback.model.Session::date)).toList();
                if (carries.size() < 2) {
                    return;
                }
                var first = carries.get(0);
                var last = carries.get(carries.size() - 1);
                d.apply("Heavier pack", p -> p.withSession(first.withPackKg(25)));
                d.apply("Override", p -> dev.switchback.engine.SaveGate.withOverrides(p,
                        Engine.analyse(p, LocalDate.now()).findings(monday).stream()
                                .filter(f -> f.severity() == dev.switchback.engine.Severity.BLOCK).toList(),
                        "Carrying the club tent once", LocalDate.now()));
                d.apply("Heavier pack", p -> p.withSession(last.withPackKg(30)));
            });
            later.play();
        }
        double rpePack = Double.parseDouble(System.getProperty("shot.rpePack", "0"));
        if (rpePack > 0) {
            // issue 11: the week's run with pack raised to this pack, its target RPE 4 left as it was
            PauseTransition later = new PauseTransition(Duration.seconds(3.5));
            later.setOnFinished(e -> {
                var d = vm.document();
                LocalDate monday = d.weekStartProperty().get();
                d.getPlan().sessions().stream()
                        .filter(x -> !x.date().isBefore(monday) && x.date().isBefore(monday.plusDays(7)))
                        .filter(x -> x.kind() == dev.switchback.model.SessionKind.RUN_WITH_PACK).findFirst()
                        .ifPresent(x -> d.apply("Heavier pack", p -> p.withSession(x.withPackKg(rpePack))));
            });
            later.play();
        }
        if (Boolean.getBoolean("shot.tripWeek")) {
            // issue 11: a 3-day trip (6 h a day, 13 kg) from Thursday, on days that hold sessions
            PauseTransition later = new PauseTransition(Duration.seconds(3.5));
            later.setOnFinished(e -> {
                var d = vm.document();
                LocalDate thursday = d.weekStartProperty().get().plusDays(3);
                var stages = new java.util.ArrayList<dev.switchback.model.TripStage>();
                for (int i = 0; i < 3; i++) {
                    stages.add(new dev.switchback.model.TripStage(java.time.Duration.ofHours(6), 18_000, 1_100,
                            1_100, i == 0 ? 14 : 12, java.util.Optional.of(5.0)));
                }
                var trip = new dev.switchback.model.Trip(new dev.switchback.model.TripId("shot-trip"),
                        "Unprepared traverse", thursday, stages, dev.switchback.model.Terrain.TRAIL, false, "");
                d.apply("Add trip", p -> {
                    var trips = new java.util.ArrayList<>(p.trips());
                    trips.add(trip);
                    return p.withTrips(trips);
                });
            });
            later.play();
        }
        if (Boolean.getBoolean("shot.adjust") || Boolean.getBoolean("shot.adjustDialog")) {
            PauseTransition later = new PauseTransition(Duration.seconds(3));
            later.setOnFinished(e -> {
                var d = vm.document();
                d.apply("Missed and harder", ScreenshotLauncher::missedAndHarder);
                if (Boolean.getBoolean("shot.adjustFull")) {
                    d.apply("No free day", ScreenshotLauncher::noFreeDay);
                }
                if (Boolean.getBoolean("shot.adjustDialog")) {
                    javafx.application.Platform.runLater(() -> vm.week().adjustComingDays());
                }
            });
            later.play();
        }
        if (Boolean.getBoolean("shot.season")) {
            PauseTransition later = new PauseTransition(Duration.seconds(3));
            later.setOnFinished(e -> {
                // pressed once the dialog is up (showDialog waits in a nested loop, where this timer still runs)
                PauseTransition preview = new PauseTransition(Duration.seconds(1.5));
                preview.setOnFinished(x -> dialog(stage).ifPresent(w -> {
                    var replace = (javafx.scene.control.CheckBox) w.getScene().lookup("#season-replace");
                    replace.setSelected(true);
                    ((javafx.scene.control.Button) w.getScene().lookup("#season-preview")).fire();
                }));
                preview.play();
                javafx.application.Platform.runLater(() -> dev.switchback.ui.season.SeasonView.showDialog(stage,
                        vm.document(), LocalDate::now));
            });
            later.play();
        }
        String file = System.getProperty("shot.file", "");
        if (!file.isEmpty()) {
            PauseTransition later = new PauseTransition(Duration.seconds(Integer.getInteger("shot.delay", 6)));
            later.setOnFinished(e -> {
                var scene = Boolean.getBoolean("shot.dialog") ? dialog(stage).map(javafx.stage.Window::getScene)
                        .orElse(stage.getScene()) : stage.getScene();
                write(scene.snapshot(null), java.nio.file.Path.of(file));
                javafx.application.Platform.exit();
            });
            later.play();
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

    /** The open dialog over the main window, if any. */
    private static java.util.Optional<javafx.stage.Window> dialog(Stage main) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w != main && w.isShowing()
                && w instanceof Stage).reduce((a, b) -> b);
    }

    /**
     * The sample with reasons to adjust: the log of the last session before yesterday removed (missed), and two
     * other outings of the last week logged 3 points harder than their target (harder than planned).
     */
    private static dev.switchback.model.Plan missedAndHarder(dev.switchback.model.Plan p) {
        LocalDate today = LocalDate.now();
        var logs = p.logs().stream().filter(l -> l.plannedSession().isPresent() && l.date().isBefore(today.minusDays(1))
                && !l.date().isBefore(today.minusDays(7))).sorted(java.util.Comparator.comparing(
                        dev.switchback.model.OutingLog::date)).toList();
        if (logs.isEmpty()) {
            return p;
        }
        var missed = logs.get(logs.size() - 1);
        var harder = new java.util.HashSet<dev.switchback.model.LogId>();
        logs.stream().filter(l -> l != missed && p.session(l.plannedSession().get()).flatMap(
                dev.switchback.model.Session::targetRpe).isPresent()).skip(Math.max(0, logs.size() - 3)).limit(2)
                .forEach(l -> harder.add(l.id()));
        return p.withLogs(p.logs().stream().filter(l -> l != missed).map(l -> harder.contains(l.id())
                ? l.withRpe(Math.min(10, p.session(l.plannedSession().get()).get().targetRpe().get() + 3)) : l)
                .toList());
    }

    /** A 30 min easy run on every day of the coming seven that holds no session, log or trip. */
    private static dev.switchback.model.Plan noFreeDay(dev.switchback.model.Plan p) {
        LocalDate today = LocalDate.now();
        var out = p;
        for (int i = 0; i < 7; i++) {
            LocalDate d = today.plusDays(i);
            if (p.sessionsOn(d).stream().allMatch(dev.switchback.model.Session::isRest) && p.logsOn(d).isEmpty()
                    && p.tripsOn(d).isEmpty()) {
                for (var rest : p.sessionsOn(d)) {
                    out = out.withoutSession(rest.id());
                }
                out = out.withSession(new dev.switchback.model.Session(new dev.switchback.model.SessionId("shot-" + d),
                        d, dev.switchback.model.SessionKind.TRAIL_RUN, dev.switchback.model.Intention.RECOVERY,
                        "Easy run", java.time.Duration.ofMinutes(30), 5000, 0, 0, dev.switchback.model.Terrain.TRAIL,
                        0, java.util.Optional.of(3.0), java.util.Optional.empty(), "", "", java.util.Optional.empty(),
                        dev.switchback.model.TrailPlan.NONE));
            }
        }
        return out;
    }

    private static void write(javafx.scene.image.WritableImage image, java.nio.file.Path to) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(out, "png", to.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
