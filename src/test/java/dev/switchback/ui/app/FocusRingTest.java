package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.SessionId;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.RiggedAnalysis;
import java.time.LocalDate;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13 section 4, "a visible focus ring in both themes": with the keyboard in the week, the focused day's
 * border and the selected card's glow stand out from the day's background by at least WCAG's 3:1 for
 * non-text contrast, in Primer light and Primer dark; without the keyboard in the week the ring is the quiet
 * one (another colour), so the test sees the focus, not just a border.
 */
class FocusRingTest {
    private static final LocalDate TUESDAY = DemoPlans.MONDAY.plusDays(1);
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(FakeFiles::new, () -> DemoPlans.TODAY, RiggedAnalysis.analyser())
            .opened(w -> vm = w.vm()).readyWhen(m -> m.document().getAnalysis().isPresent());

    /** WCAG 2 relative luminance. */
    private static double luminance(Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static Color border(Region r) {
        assertThat(r.getBorder()).as("border of %s", r.getId()).isNotNull();
        return (Color) r.getBorder().getStrokes().get(0).getTopStroke();
    }

    private static Color background(Region r) {
        return (Color) r.getBackground().getFills().get(0).getFill();
    }

    private void ringIsVisible(FxRobot robot, Theme theme) {
        robot.interact(theme::apply);
        WaitForAsyncUtils.waitForFxEvents();
        Region tuesday = robot.lookup("#day-" + TUESDAY).queryAs(Region.class);
        robot.interact(() -> vm.week().focusDay(TUESDAY));
        robot.interact(() -> robot.lookup("#prev-week").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        Color quiet = border(tuesday);

        robot.interact(() -> robot.lookup("#week-view").query().requestFocus());
        robot.push(KeyCode.RIGHT).push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.week().focusedDayProperty().get()).isEqualTo(TUESDAY);
        assertThat(vm.week().selectedProperty().get()).contains(new SessionId("tue-run"));
        Color ring = border(tuesday);
        Color day = background(tuesday);
        // the theme is the one asked for: a dark day is dark
        assertThat(luminance(day)).as("%s: day %s", theme, day).is(new org.assertj.core.api.Condition<>(
                l -> theme == Theme.DARK ? l < 0.1 : l > 0.5, theme + "'s background"));
        assertThat(ring).as("%s: the ring with the keyboard in the week", theme).isNotEqualTo(quiet);
        assertThat(contrast(ring, day)).as("%s: ring %s on day %s", theme, ring, day).isGreaterThanOrEqualTo(3.0);

        Region card = robot.lookup("#card-tue-run").queryAs(Region.class);
        assertThat(card.getEffect()).as("%s: the selected card's glow", theme).isInstanceOf(DropShadow.class);
        Color glow = ((DropShadow) card.getEffect()).getColor();
        assertThat(contrast(glow, day)).as("%s: glow %s on day %s", theme, glow, day).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void theFocusRingStandsOutInTheLightTheme(FxRobot robot) {
        ringIsVisible(robot, Theme.LIGHT);
    }

    @Test
    void theFocusRingStandsOutInTheDarkTheme(FxRobot robot) {
        ringIsVisible(robot, Theme.DARK);
    }
}
