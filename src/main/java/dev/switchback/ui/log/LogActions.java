package dev.switchback.ui.log;

import dev.switchback.model.LogId;
import dev.switchback.model.SessionId;
import dev.switchback.ui.app.FxBackgroundRunner;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.common.BackgroundRunner;
import dev.switchback.ui.common.ScreenFit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What the window wires to menus, card buttons and keys. Each action opens its own small window
 * (modal to {@code owner}, which may be null) and returns it; every save is one undoable
 * {@link PlanDocument#apply} edit.
 */
public final class LogActions {
    /** The one keystroke for today's wellness check-in. */
    public static final KeyCombination WELLNESS_SHORTCUT =
            new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** Quick log of the selected session (the window decides which one is selected). */
    public static final KeyCombination QUICK_LOG_SHORTCUT =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /** Reads tracks and imports activities off the FX thread (made when the first is needed). */
    private static BackgroundRunner runner;

    private static BackgroundRunner runner() {
        if (runner == null) {
            runner = new FxBackgroundRunner();
        }
        return runner;
    }

    private LogActions() {
    }

    /** "Log outing" for a planned session: the full form, pre-filled from the plan (or its log). */
    public static Stage logOuting(PlanDocument document, SessionId session, Window owner) {
        return logOuting(document, session, owner, GpxFilePicker.fileChooser());
    }

    public static Stage logOuting(PlanDocument document, SessionId session, Window owner, GpxFilePicker picker) {
        OutingLogViewModel vm = OutingLogViewModel.forPlanned(document, session);
        return full(vm, owner, picker);
    }

    /** The full form for an outing that was not planned, on any day. */
    public static Stage logUnplanned(PlanDocument document, LocalDate date, Window owner) {
        return full(OutingLogViewModel.forUnplanned(document, date), owner, GpxFilePicker.fileChooser());
    }

    /** The full form for a logged outing (from the journal). */
    public static Stage editLog(PlanDocument document, LogId log, Window owner) {
        return full(OutingLogViewModel.forLog(document, log), owner, GpxFilePicker.fileChooser());
    }

    /** Quick log of a planned session: RPE, duration, one line, Enter. */
    public static Stage quickLog(PlanDocument document, SessionId session, Window owner) {
        QuickLogViewModel vm = QuickLogViewModel.forPlanned(document, session);
        return open(owner, vm.heading(), close -> new QuickLogView(vm, close), 520, 300);
    }

    /** Quick log of an unplanned outing on {@code date}. */
    public static Stage quickLogUnplanned(PlanDocument document, LocalDate date, Window owner) {
        QuickLogViewModel vm = QuickLogViewModel.forUnplanned(document, date);
        return open(owner, vm.heading(), close -> new QuickLogView(vm, close), 520, 340);
    }

    /** The daily wellness check-in for {@code date}. */
    public static Stage wellnessCheckIn(PlanDocument document, LocalDate date, Window owner) {
        WellnessViewModel vm = new WellnessViewModel(document, date);
        return open(owner, "Wellness check-in", close -> new WellnessCheckInView(vm, close), 560, 600);
    }

    /**
     * "Import activities…": asks for files, folders or export archives with {@code picker}, then
     * reads them with progress and shows what each became. Empty when the user chose nothing.
     */
    public static Optional<Stage> importGpxTracks(PlanDocument document, Window owner, GpxFilePicker picker) {
        return importGpxTracks(document, owner, picker, runner());
    }

    static Optional<Stage> importGpxTracks(PlanDocument document, Window owner, GpxFilePicker picker,
            BackgroundRunner background) {
        List<Path> files = picker.choose(owner);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(importActivities(document, files, Optional.empty(), owner, background));
    }

    /**
     * Files dropped on {@code day} of the week view: each becomes a log of that day (matched to its
     * planned sessions), with the same progress, outcomes and single undoable edit as the menu.
     */
    public static Stage importOnDay(PlanDocument document, LocalDate day, List<Path> files, Window owner) {
        return importActivities(document, files, Optional.of(day), owner, runner());
    }

    static Stage importActivities(PlanDocument document, List<Path> files, Optional<LocalDate> day, Window owner,
            BackgroundRunner background) {
        GpxBatchViewModel vm = GpxBatchViewModel.forWindow(document, background);
        day.ifPresent(vm::forDay);
        Stage stage = open(owner, day.map(d -> "Import activities for " + d).orElse("Import activities"),
                close -> new GpxBatchView(vm, close), 760, 560);
        // Closing the window while files are read means: stop, import nothing.
        stage.setOnCloseRequest(e -> vm.cancel());
        vm.start(files);
        return stage;
    }

    /** The journal in its own window. */
    public static Stage openJournal(PlanDocument document, Window owner) {
        Stage stage = new Stage();
        stage.setTitle("Journal");
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = ScreenFit.scene(JournalView.create(document), owner, 1100, 700);
        LogStyles.apply(scene);
        stage.setScene(scene);
        ScreenFit.show(stage);
        return stage;
    }

    /** Binds {@link #WELLNESS_SHORTCUT} on {@code scene} to today's check-in. */
    public static void installWellnessShortcut(Scene scene, PlanDocument document, Supplier<LocalDate> today) {
        scene.getAccelerators().put(WELLNESS_SHORTCUT, () -> wellnessCheckIn(document, today.get(),
                scene.getWindow()));
    }

    private static Stage full(OutingLogViewModel vm, Window owner, GpxFilePicker picker) {
        return open(owner, vm.windowTitle(), close -> new OutingLogView(vm, picker, runner(), close), 780, 860);
    }

    private static Stage open(Window owner, String title, java.util.function.Function<Runnable, Parent> view,
            double width, double height) {
        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        // Never taller or wider than a 1366 x 768 laptop allows: the forms scroll inside, the buttons stay.
        Scene scene = ScreenFit.scene(view.apply(stage::close), owner, width, height);
        LogStyles.apply(scene);
        stage.setScene(scene);
        ScreenFit.show(stage);
        return stage;
    }
}
