package dev.switchback.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.model.Plan;
import dev.switchback.ui.app.MainViewModel;
import dev.switchback.ui.app.PlanFiles;
import dev.switchback.ui.app.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one TestFX window set-up, a JUnit 5 extension in place of TestFX's {@code ApplicationExtension}: before each
 * test it sets the look the test asks for and opens the stage it needs (a scene of its own, the planner window of
 * {@link TestWindow}, or whatever a start method does with the stage), and waits for the planner's plan; after
 * each test it hides the dialogs the test left open, forgets the planner's preferences, hides the stages, releases
 * the keys and buttons and puts back the user-agent stylesheet that was set before the test, so that a theme one
 * test sets (Primer, JVM-wide) never lays out the next test's controls. Test methods take an {@link FxRobot}.
 *
 * <pre>{@code
 * @RegisterExtension
 * final FxWindow fx = FxWindow.scene(FxWindow.Look.PRIMER_LIGHT, this::view, 640, 760);
 * @RegisterExtension
 * final FxWindow fx = FxWindow.planner(this::files, () -> TODAY, RiggedAnalysis.analyser())
 *         .size(1366, 768).readyWhen(vm -> vm.document().getAnalysis().isPresent());
 * }</pre>
 */
public final class FxWindow implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** The user-agent stylesheet a test lays its controls out with. */
    public enum Look {
        /** JavaFX's own (Modena), whatever a test before set. */
        MODENA,
        PRIMER_LIGHT,
        PRIMER_DARK,
        /** Left as it is: the planner window sets its own theme (from its preferences, light unless asked). */
        AS_IS;

        void apply() {
            switch (this) {
                case MODENA -> Application.setUserAgentStylesheet(null);
                case PRIMER_LIGHT -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                case PRIMER_DARK -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
                case AS_IS -> { }
            }
        }
    }

    /** What a test does with the stage before it runs, on the FX thread. */
    @FunctionalInterface
    public interface StageStart {
        void start(Stage stage) throws Exception;
    }

    private final Look look;
    private final StageStart start;
    private final Optional<Planner> planner;
    private Predicate<MainViewModel> ready = vm -> true;
    private double width = Double.NaN;
    private double height = Double.NaN;
    private Stage stage;
    private TestWindow window;
    private String lookBefore;
    private final FxRobot robot = new FxRobot();

    private record Planner(Supplier<? extends PlanFiles> files, Supplier<LocalDate> today,
            Function<Plan, PlanAnalysis> analyser) {
    }

    private Theme theme = Theme.LIGHT;
    private Consumer<TestWindow> opened = w -> { };

    private FxWindow(Look look, StageStart start, Optional<Planner> planner) {
        this.look = look;
        this.start = start;
        this.planner = planner;
    }

    /** The test's own start on the primary stage, with {@code look}. */
    public static FxWindow stage(Look look, StageStart start) {
        return new FxWindow(look, start, Optional.empty());
    }

    /** The primary stage shows {@code root} (built on the FX thread) in a scene of {@code width} x {@code height}. */
    public static FxWindow scene(Look look, Supplier<? extends Parent> root, double width, double height) {
        return new FxWindow(look, stage -> {
            stage.setScene(new Scene(root.get(), width, height));
            stage.show();
        }, Optional.empty());
    }

    /**
     * The planner window ({@link TestWindow#open}, its own preferences, in Primer light unless {@link #theme}) on
     * the plan files {@code files} makes, on the FX thread.
     */
    public static FxWindow planner(Supplier<? extends PlanFiles> files, Supplier<LocalDate> today,
            Function<Plan, PlanAnalysis> analyser) {
        return new FxWindow(Look.AS_IS, stage -> { }, Optional.of(new Planner(files, today, analyser)));
    }

    /** The planner's theme. */
    public FxWindow theme(Theme t) {
        this.theme = t;
        return this;
    }

    /** {@code then} is told the planner window on the FX thread as soon as it is open (before its plan is). */
    public FxWindow opened(Consumer<TestWindow> then) {
        this.opened = then;
        return this;
    }

    /** The stage's size once it is open (the planner's own is 1240 x 780). */
    public FxWindow size(double w, double h) {
        this.width = w;
        this.height = h;
        return this;
    }

    /** Each test starts once the planner's plan is open and {@code condition} holds. */
    public FxWindow readyWhen(Predicate<MainViewModel> condition) {
        this.ready = condition;
        return this;
    }

    public Stage stage() {
        return stage;
    }

    /** The planner window of this test. */
    public TestWindow window() {
        if (window == null) {
            throw new IllegalStateException("not a planner window, or not open yet");
        }
        return window;
    }

    public MainViewModel vm() {
        return window().vm();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        lookBefore = FxToolkit.setupFixture(Application::getUserAgentStylesheet);
        FxToolkit.setupStage(s -> {
            stage = s;
            look.apply();
            try {
                if (planner.isPresent()) {
                    Planner p = planner.get();
                    window = TestWindow.open(s, p.files.get(), p.today, p.analyser, theme);
                    opened.accept(window);
                } else {
                    start.start(s);
                }
                if (!Double.isNaN(width)) {
                    s.setWidth(width);
                    s.setHeight(height);
                }
            } catch (Exception e) {
                throw new IllegalStateException("the test's window did not open", e);
            }
        });
        if (window != null) {
            window.awaitPlan(() -> ready.test(window.vm()));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            // a dialog a failed test left open would block the next test's window
            robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                    .filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(Window::hide));
            if (window != null) {
                window.forget();
            }
        } finally {
            window = null;
            FxToolkit.cleanupStages();
            FxToolkit.cleanupInput(robot);
            String before = lookBefore;
            FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(before));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }
}
