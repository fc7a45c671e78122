package dev.switchback.ui.app;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window's size, position, maximised state and the week/side splitter, remembered in
 * {@code java.util.prefs} like {@link Theme} and {@link RecentFiles}. The size and position kept
 * are those of the normal (not maximised) window, so un-maximising after a restart goes back to
 * them. A position that no longer falls on any screen (a monitor unplugged) is not used.
 *
 * @param bounds the normal window's x, y, width and height, if ever saved
 * @param divider the splitter's position between the week and the side panels (0..1), if saved
 */
public record WindowPlacement(Optional<Rectangle2D> bounds, boolean maximised, Optional<Double> divider) {
    /** How much of the window's top must lie on a screen for the saved position to be used. */
    static final double VISIBLE_W = 120;
    static final double VISIBLE_H = 40;

    public static WindowPlacement load(Preferences prefs) {
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        double w = prefs.getDouble("window.width", Double.NaN);
        double h = prefs.getDouble("window.height", Double.NaN);
        double d = prefs.getDouble("window.divider", Double.NaN);
        Optional<Rectangle2D> bounds = Double.isFinite(x) && Double.isFinite(y) && w > 0 && h > 0
                ? Optional.of(new Rectangle2D(x, y, w, h)) : Optional.empty();
        return new WindowPlacement(bounds, prefs.getBoolean("window.maximised", false),
                d > 0 && d < 1 ? Optional.of(d) : Optional.empty());
    }

    /** Writes the placement; a preferences node removed meanwhile (tests, a reset) is left alone. */
    public void save(Preferences prefs) {
        try {
            write(prefs);
        } catch (IllegalStateException removed) {
            // nothing to remember into
        }
    }

    private void write(Preferences prefs) {
        bounds.ifPresent(b -> {
            prefs.putDouble("window.x", b.getMinX());
            prefs.putDouble("window.y", b.getMinY());
            prefs.putDouble("window.width", b.getWidth());
            prefs.putDouble("window.height", b.getHeight());
        });
        prefs.putBoolean("window.maximised", maximised);
        divider.ifPresent(d -> prefs.putDouble("window.divider", d));
    }

    /** The saved bounds if their top strip is on one of {@code screens}, shrunk to fit that screen. */
    public Optional<Rectangle2D> boundsOn(List<Rectangle2D> screens) {
        if (bounds.isEmpty()) {
            return Optional.empty();
        }
        Rectangle2D b = bounds.get();
        for (Rectangle2D s : screens) {
            double visibleW = Math.min(b.getMaxX(), s.getMaxX()) - Math.max(b.getMinX(), s.getMinX());
            boolean topOn = b.getMinY() >= s.getMinY() - 1 && b.getMinY() + VISIBLE_H <= s.getMaxY();
            if (visibleW >= Math.min(VISIBLE_W, b.getWidth()) && topOn) {
                double w = Math.min(b.getWidth(), s.getWidth());
                double h = Math.min(b.getHeight(), s.getHeight());
                return Optional.of(new Rectangle2D(b.getMinX(), b.getMinY(), w, h));
            }
        }
        return Optional.empty();
    }

    /**
     * Puts the stage and splitter where they were last time and remembers them again when the window
     * closes. Call before {@code stage.show()}.
     */
    public static void keep(Stage stage, SplitPane split, Preferences prefs) {
        WindowPlacement saved = load(prefs);
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        saved.boundsOn(screens).ifPresent(b -> {
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
        });
        stage.setMaximized(saved.maximised());
        saved.divider().ifPresent(d -> split.setDividerPositions(d));
        Rectangle2D[] normal = {saved.boundsOn(screens).orElse(null)};
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0
                    && Double.isFinite(stage.getX())) {
                normal[0] = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(x -> track.run());
        stage.yProperty().addListener(x -> track.run());
        stage.widthProperty().addListener(x -> track.run());
        stage.heightProperty().addListener(x -> track.run());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> new WindowPlacement(Optional.ofNullable(normal[0]),
                stage.isMaximized(), split.getDividers().isEmpty() ? Optional.empty()
                        : Optional.of(split.getDividers().get(0).getPosition())).save(prefs));
    }
}
