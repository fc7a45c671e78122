package dev.switchback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The one window set-up puts back the user-agent stylesheet a test found: ShortFormsDoNotJumpTest set Primer
 * JVM-wide and OutingLogViewTest's clicks then missed, until it set Modena itself. The extension's callbacks are
 * run here by hand, as JUnit runs them around a test.
 */
class FxWindowTest {
    private static final String DARK = new PrimerDark().getUserAgentStylesheet();
    private static final String LIGHT = new PrimerLight().getUserAgentStylesheet();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void modena() throws Exception {
        set(null);
    }

    private static void set(String stylesheet) throws Exception {
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(stylesheet));
    }

    private static String now() throws Exception {
        return FxToolkit.setupFixture(Application::getUserAgentStylesheet);
    }

    @Test
    void aThemeATestAsksForIsSetForItAndTakenAwayAfterIt() throws Exception {
        set(null);
        FxWindow fx = FxWindow.scene(FxWindow.Look.PRIMER_LIGHT, () -> new Label("form"), 300, 200);
        fx.beforeEach(null);
        assertThat(now()).isEqualTo(LIGHT);
        assertThat(fx.stage().isShowing()).isTrue();
        fx.afterEach(null);
        assertThat(now()).as("JavaFX's own again").isNull();
        assertThat(fx.stage().isShowing()).isFalse();
    }

    @Test
    void modenaForOneTestLeavesTheThemeBeforeItInPlace() throws Exception {
        set(DARK);
        FxWindow fx = FxWindow.scene(FxWindow.Look.MODENA, () -> new Label("form"), 300, 200);
        fx.beforeEach(null);
        assertThat(now()).isNull();
        fx.afterEach(null);
        assertThat(now()).isEqualTo(DARK);
    }

    @Test
    void thePlannerSetsItsOwnThemeAndForgetsItsPreferences() throws Exception {
        set(null);
        FxWindow fx = FxWindow.planner(FakeFiles::new, () -> DemoPlans.TODAY, RiggedAnalysis.analyser())
                .theme(dev.switchback.ui.app.Theme.DARK);
        fx.beforeEach(null);
        assertThat(fx.vm().document().getFile()).as("the plan is open before the test").isPresent();
        assertThat(now()).as("the window's own theme, set JVM-wide as the app does").isNotNull().isNotEqualTo(LIGHT);
        String prefs = fx.window().prefs().absolutePath();
        fx.afterEach(null);
        assertThat(now()).isNull();
        assertThat(Preferences.userRoot().nodeExists(prefs)).isFalse();
    }
}
