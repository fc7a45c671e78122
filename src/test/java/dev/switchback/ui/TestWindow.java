package dev.switchback.ui;

import dev.switchback.engine.PlanAnalysis;
import dev.switchback.model.Plan;
import dev.switchback.ui.app.FxDialogService;
import dev.switchback.ui.app.MainViewModel;
import dev.switchback.ui.app.PlanFiles;
import dev.switchback.ui.app.SwitchbackApp;
import dev.switchback.ui.app.Theme;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real planner window for a TestFX test: its own preferences node (removed by {@link #forget}), the real
 * dialogs, a laptop-sized stage, started; {@link #awaitPlan} waits for the plan to be open.
 */
public final class TestWindow {
    private final Stage stage;
    private final Preferences prefs;
    private final MainViewModel vm;

    private TestWindow(Stage stage, Preferences prefs, MainViewModel vm) {
        this.stage = stage;
        this.prefs = prefs;
        this.vm = vm;
    }

    public static TestWindow open(Stage stage, PlanFiles files, Supplier<LocalDate> today,
            Function<Plan, PlanAnalysis> analyser) {
        return open(stage, files, today, analyser, Theme.LIGHT);
    }

    /** The window in {@code theme} (which it sets JVM-wide, as the app does: {@link FxWindow} puts it back). */
    public static TestWindow open(Stage stage, PlanFiles files, Supplier<LocalDate> today,
            Function<Plan, PlanAnalysis> analyser, Theme theme) {
        Preferences prefs = Preferences.userRoot().node("switchback-fx-test-" + UUID.randomUUID());
        theme.save(prefs);
        MainViewModel vm = SwitchbackApp.open(stage, files, prefs, today, FxDialogService::new, analyser);
        // At the top left: grown from its first-start size where it was centred, the window would reach past
        // Monocle's 1280 x 800 screen, whose renderer then throws BufferOverflowException.
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1240);
        stage.setHeight(780);
        vm.start();
        return new TestWindow(stage, prefs, vm);
    }

    public Stage stage() {
        return stage;
    }

    public MainViewModel vm() {
        return vm;
    }

    public Preferences prefs() {
        return prefs;
    }

    /** Waits until a plan file is open and {@code ready} holds, then until the FX queue is empty. */
    public void awaitPlan(BooleanSupplier ready) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> vm.document().getFile().isPresent() && ready.getAsBoolean());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void forget() throws BackingStoreException {
        prefs.removeNode();
    }
}
