package dev.switchback.ui.app;

import dev.switchback.engine.Fixes;
import dev.switchback.export.ExportFormat;
import dev.switchback.export.WeekRange;
import dev.switchback.ui.charts.ChartsPanel;
import dev.switchback.ui.log.LogActions;
import dev.switchback.ui.print.ExportService;
import dev.switchback.ui.print.PrintService;
import dev.switchback.ui.settings.SettingsView;
import dev.switchback.ui.week.TemplateCommands;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import dev.switchback.ui.findings.FindingsPanel;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.model.Athlete;
import dev.switchback.model.Plan;
import dev.switchback.ui.common.DialogService;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.animation.Animation;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: themes, builds and opens the planner window. */
public final class SwitchbackApp extends Application {
    /**
     * The logger, made on first use: Logback's start (about 200 classes and its set-up) is no part of the
     * first frame when nothing is logged (docs/performance.md, "Session 6: start-up").
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(SwitchbackApp.class);
    }
    static final Duration AUTOSAVE_EVERY = Duration.seconds(30);

    public static void main(String[] args) {
        dev.switchback.Launcher.quietLoggingStartup();
        StartupProbe.mark("main");
        launch(SwitchbackApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        Preferences prefs = Preferences.userNodeForPackage(SwitchbackApp.class);
        MainViewModel vm = open(stage, StorePlanFiles.fromSystem(), prefs, LocalDate::now,
                FxDialogService::new, new IncrementalAnalyser(LocalDate::now));
        Platform.runLater(vm::start);
        FirstRunGuideViewModel guide = (FirstRunGuideViewModel) stage.getProperties().get(FirstRunGuideViewModel.class);
        if (guide.dueOnStart()) {
            // Once the plan is on screen, so that the callouts point at its week, findings and cards.
            vm.document().analysisProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Optional<PlanAnalysis>> obs,
                        Optional<PlanAnalysis> was, Optional<PlanAnalysis> now) {
                    if (vm.document().getFile().isPresent() && now.isPresent()) {
                        obs.removeListener(this);
                        afterFirstFrame(guide::open);
                    }
                }
            });
        }
    }

    /**
     * Builds the window on {@code stage} and shows it; the caller then calls {@link MainViewModel#start}
     * or opens a plan. Tests call this with their own files, preferences, clock and dialogs.
     */
    public static MainViewModel open(Stage stage, PlanFiles files, Preferences prefs, Supplier<LocalDate> today,
            Function<Supplier<Window>, DialogService> dialogsFor, Function<Plan, PlanAnalysis> analyser) {
        StartupProbe.mark("open");
        ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.load(prefs));
        theme.get().apply();
        theme.addListener((obs, was, now) -> {
            now.apply();
            now.save(prefs);
        });
        StartupProbe.mark("theme");
        DialogService dialogs = dialogsFor.apply(() -> stage);
        PlanDocument doc = new PlanDocument(Plan.empty("My plan", Athlete.of("Runner", 70)), Optional.empty(),
                analyser);
        StartupProbe.mark("document");
        FxBackgroundRunner runner = new FxBackgroundRunner();
        MainViewModel vm = new MainViewModel(doc, dialogs, files, new RecentFiles(prefs), runner, today);
        MainWindow window = new MainWindow(vm, runner,
                () -> theme.set(theme.get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT));
        StartupProbe.mark("window");
        window.addLazyMainTab("Month", "month-tab", showing -> {
            var month = new dev.switchback.ui.month.MonthViewModel(doc, today);
            return new dev.switchback.ui.month.MonthView(month, monday -> window.showWeekTab(),
                    () -> PrintService.printOverview(stage, doc.getPlan(), doc.getAnalysis(), month.range()));
        });
        window.addLazyMainTab("Charts", "charts-tab", showing -> ChartsPanel.create(doc, showing));
        StartupProbe.mark("charts");
        plugIn(window, stage, vm, theme, files, today, dialogs, runner);
        var guide = new FirstRunGuideViewModel(prefs);
        stage.getProperties().put(FirstRunGuideViewModel.class, guide);
        MenuItem showGuide = new MenuItem("Show the guide");
        showGuide.setId("menu-show-guide");
        // The guide's view is built when first needed: nothing of it costs the first frame.
        showGuide.setOnAction(e -> guide.open());
        guide.showingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                obs.removeListener(this);
                new FirstRunGuide(guide, stage);
            }
        });
        window.helpMenu().getItems().add(showGuide);
        StartupProbe.mark("plugins");
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        var size = FirstStartSize.of(screen.getWidth(), screen.getHeight());
        Scene scene = new Scene(window, size.width(), size.height());
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleBinding());
        stage.setMinWidth(size.minWidth());
        stage.setMinHeight(size.minHeight());
        var icon = SwitchbackApp.class.getResource("/dev/switchback/ui/icon.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        stage.setOnCloseRequest(e -> {
            if (!vm.close()) {
                e.consume();
            }
        });
        stage.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.checkFileOnDisk();
            }
        });
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> vm.autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
        installCrashHandler(vm, dialogs);
        WindowPlacement.keep(stage, window.split(), prefs);
        StartupProbe.mark("beforeShow");
        stage.show();
        StartupProbe.mark("shown");
        // The first frame shows the week and a placeholder; the findings panel follows in the next pulse.
        afterFirstFrame(() -> window.addSideTab("Findings", FindingsPanel.create(doc, Fixes::apply)));
        if (StartupProbe.ON) {
            StartupProbe.afterShow(Optional.of(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> doc.getFile().isPresent() && doc.getAnalysis().isPresent(),
                    doc.fileProperty(), doc.analysisProperty())));
        }
        return vm;
    }

    /**
     * Runs {@code task} once the first frame is drawn: the first pulse after {@code show()} draws it,
     * and a task queued from that pulse runs when the pulse is over.
     */
    private static void afterFirstFrame(Runnable task) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(task);
            }
        }.start();
    }

    /** The other parts of the window: settings, outing logs and wellness, printing and export. */
    private static void plugIn(MainWindow window, Stage stage, MainViewModel vm, ObjectProperty<Theme> theme,
            PlanFiles files, Supplier<LocalDate> today, DialogService dialogs, FxBackgroundRunner runner) {
        PlanDocument doc = vm.document();
        var week = vm.week();
        window.setPrintAction(() -> PrintService.print(stage, doc.getPlan(), doc.getAnalysis(), week.weekStart()));
        Menu export = new Menu("Export week");
        for (ExportFormat f : ExportFormat.values()) {
            MenuItem item = new MenuItem(f.name() + "…");
            item.setOnAction(e -> ExportService.export(stage, doc.getPlan(), doc.getAnalysis(), f,
                    WeekRange.week(week.weekStart())));
            export.getItems().add(item);
        }
        window.addFileMenuItem(export);
        MenuItem gpx = new MenuItem("Import activities…");
        gpx.setId("menu-import-gpx");
        gpx.setOnAction(e -> LogActions.importGpxTracks(doc, stage,
                dev.switchback.ui.log.GpxFilePicker.activitiesAndArchives()));
        window.addFileMenuItem(gpx);
        MenuItem folder = new MenuItem("Import activity folder…");
        folder.setId("menu-import-folder");
        folder.setOnAction(e -> LogActions.importGpxTracks(doc, stage, dev.switchback.ui.log.GpxFilePicker.folder()));
        window.addFileMenuItem(folder);

        week.setLogCommands(new dev.switchback.ui.week.OutingLogCommands() {
            @Override
            public void logOuting(dev.switchback.model.SessionId session) {
                LogActions.logOuting(doc, session, stage);
            }

            @Override
            public void quickLog(dev.switchback.model.SessionId session) {
                LogActions.quickLog(doc, session, stage);
            }

            @Override
            public void logUnplanned(LocalDate date) {
                LogActions.logUnplanned(doc, date, stage);
            }

            @Override
            public void importFiles(LocalDate date, java.util.List<java.nio.file.Path> files) {
                LogActions.importOnDay(doc, date, files, stage);
            }

            @Override
            public void quickLogUnplanned(LocalDate date) {
                LogActions.quickLogUnplanned(doc, date, stage);
            }
        });
        week.setTemplateCommands(madeWhenUsed(() -> new dev.switchback.ui.templates.TemplatesViewModel(doc, dialogs,
                new dev.switchback.store.TemplateStore(files.templatesFile()), runner, today, week::show)));
        // The same commands as the cards' menus, so a session ahead of today or a rest is not offered here either.
        MenuItem log = new MenuItem("Log outing…");
        log.setOnAction(e -> week.selectedProperty().get().ifPresentOrElse(week::logOuting,
                () -> week.logUnplanned(focused(week, today))));
        MenuItem quick = new MenuItem("Quick log");
        quick.setAccelerator(LogActions.QUICK_LOG_SHORTCUT);
        quick.setOnAction(e -> week.selectedProperty().get().ifPresentOrElse(week::quickLog,
                () -> week.quickLogUnplanned(focused(week, today))));
        javafx.beans.binding.BooleanBinding cannotLog = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !week.selectedProperty().get().map(week::canLog)
                        .orElseGet(() -> week.canLogOn(focused(week, today))),
                week.selectedProperty(), week.focusedDayProperty(), doc.planProperty());
        log.disableProperty().bind(cannotLog);
        quick.disableProperty().bind(cannotLog);
        MenuItem wellness = new MenuItem("Wellness check-in…");
        wellness.setAccelerator(LogActions.WELLNESS_SHORTCUT);
        wellness.setOnAction(e -> LogActions.wellnessCheckIn(doc, today.get(), stage));
        MenuItem journal = new MenuItem("Journal");
        journal.setOnAction(e -> LogActions.openJournal(doc, stage));
        MenuItem settings = new MenuItem("Athlete and settings…");
        settings.setAccelerator(KeyCombination.keyCombination("Shortcut+Comma"));
        settings.setOnAction(e -> SettingsView.showDialog(stage, doc, theme,
                Optional.of(files.defaultPlanFile().toAbsolutePath().getParent()), runner));
        MenuItem season = new MenuItem("Build season…");
        season.setId("menu-build-season");
        season.setOnAction(e -> dev.switchback.ui.season.SeasonView.showDialog(stage, doc, today));
        week.setAdjustAction(() -> dev.switchback.ui.adjust.AdjustView.showDialog(stage, doc, today));
        MenuItem adjust = new MenuItem("Adjust the coming days…");
        adjust.setId("menu-adjust");
        adjust.setOnAction(e -> week.adjustComingDays());
        window.planMenu().getItems().addAll(log, quick, wellness, journal, new SeparatorMenuItem(), season, adjust,
                new SeparatorMenuItem(), settings);
        window.weekView().addFooter(dev.switchback.ui.log.WellnessStrip.create(doc, today,
                day -> LogActions.wellnessCheckIn(doc, day, stage)));
    }

    /**
     * The template commands, made the first time one is used: the template store sets up the store's JSON
     * mapper (Jackson), which the first frame does not need.
     */
    private static TemplateCommands madeWhenUsed(Supplier<TemplateCommands> make) {
        return new TemplateCommands() {
            private TemplateCommands made;

            private TemplateCommands commands() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }

            @Override
            public void saveAsTemplate(dev.switchback.model.SessionId session) {
                commands().saveAsTemplate(session);
            }

            @Override
            public void insertTemplate(LocalDate day) {
                commands().insertTemplate(day);
            }

            @Override
            public void saveWeekAsTemplate(LocalDate monday) {
                commands().saveWeekAsTemplate(monday);
            }

            @Override
            public void applyWeekTemplate(LocalDate monday) {
                commands().applyWeekTemplate(monday);
            }

            @Override
            public void manageTemplates() {
                commands().manageTemplates();
            }
        };
    }

    private static LocalDate focused(dev.switchback.ui.week.WeekViewModel week, Supplier<LocalDate> today) {
        LocalDate f = week.focusedDayProperty().get();
        return f == null ? today.get() : f;
    }

    /**
     * A bug must not cost the user their plan: log it, write the recovery file, and say so in plain
     * words. The window stays open with the plan as it was.
     */
    private static void installCrashHandler(MainViewModel vm, DialogService dialogs) {
        var telling = new java.util.concurrent.atomic.AtomicBoolean();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            Log.LOG.error("Unexpected error on {}", thread.getName(), error);
            Runnable tell = () -> {
                vm.autosave();
                dialogs.showError("Something went wrong", "Switchback hit an unexpected problem ("
                        + error.getClass().getSimpleName() + "). Your plan is still open and unsaved work has been "
                        + "written to the recovery file. Save your plan; if the window misbehaves, restart "
                        + "Switchback and it will offer the recovered work. Details are in the log.");
            };
            // Later, not now: a dialog cannot open during layout or an animation, where bugs often surface.
            if (telling.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    try {
                        tell.run();
                    } finally {
                        telling.set(false);
                    }
                });
            }
        });
    }
}
