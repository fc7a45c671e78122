package dev.switchback.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The one place a dialog or a form window is sized for the screen: every one fits a 1366 x 768 laptop with
 * its task bar and title bar, its form scrolls inside while its buttons stay in sight, and the field the
 * keyboard moves to is scrolled into view.
 *
 * <p>A dialog is never taller than {@link #MAX_HEIGHT} (nor than its screen allows: a 1366 x 768 screen at
 * 125 % is 1093 x 614 of layout pixels) and never wider than {@link #MAX_WIDTH}; AtlantaFX's themes cap a
 * dialog at 600 px wide, which cut the session editor's reasons and the settings' fields, so that cap is lifted
 * here. A window taller than its owner's screen is moved up into it, never left with its buttons below the edge.
 */
public final class ScreenFit {
    /** The laptop screen every dialog is made for. */
    public static final double SCREEN_WIDTH = 1366;
    public static final double SCREEN_HEIGHT = 768;
    /** Room the system takes below a dialog (a task bar) and above its content (a title bar), in pixels. */
    public static final double TASK_BAR = 40;
    public static final double TITLE_BAR = 48;
    /** Height of a dialog's scene: header, form and buttons. */
    public static final double MAX_HEIGHT = SCREEN_HEIGHT - TASK_BAR - TITLE_BAR;
    /** Width of a dialog's scene, with a margin either side. */
    public static final double MAX_WIDTH = SCREEN_WIDTH - 40;
    /** Space kept above and below a field scrolled into view, so its neighbours' edges show too. */
    private static final double MARGIN = 8;

    private ScreenFit() {
    }

    /**
     * The form {@code body} in a scroll pane that fits its width (no sideways scrolling), shows it whole while
     * there is room and scrolls when there is not, and keeps the field with the keyboard focus in view.
     */
    public static ScrollPane scrolling(Node body) {
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("form-scroll");
        followFocus(scroll);
        return scroll;
    }

    /** Scrolls {@code scroll} to the field that takes the keyboard focus inside it (Tab, a mnemonic, a click). */
    public static void followFocus(ScrollPane scroll) {
        ChangeListener<Node> focus = (obs, was, now) -> {
            if (now != null && isInside(now, scroll.getContent())) {
                // after the layout the focus change may cause (a combo's popup, a reason's text)
                javafx.application.Platform.runLater(() -> reveal(scroll, now));
            }
        };
        scroll.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(focus);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(focus);
            }
        });
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls so that {@code node} (inside the scroll pane's content) is wholly in the viewport, if it can be. */
    public static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || !isInside(node, content)) {
            return;
        }
        Bounds in = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double range = contentHeight - viewport;
        if (range <= 0 || in == null) {
            return;
        }
        double top = scroll.getVvalue() / (scroll.getVmax() - scroll.getVmin()) * range;
        double wanted = top;
        if (in.getMinY() - MARGIN < top) {
            wanted = in.getMinY() - MARGIN;
        } else if (in.getMaxY() + MARGIN > top + viewport) {
            wanted = Math.min(in.getMaxY() + MARGIN - viewport, in.getMinY() - MARGIN);
        }
        wanted = Math.max(0, Math.min(range, wanted));
        if (wanted != top) {
            scroll.setVvalue(scroll.getVmin() + wanted / range * (scroll.getVmax() - scroll.getVmin()));
        }
    }

    /**
     * Sizes {@code dialog} for the screen: as large as its content asks up to {@link #MAX_WIDTH} x
     * {@link #MAX_HEIGHT} (and its owner's screen), resizable, and kept inside the screen when shown. Put a long
     * form in {@link #scrolling} so that it is the form that gives way, not the buttons.
     */
    public static void fit(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        // AtlantaFX's ".dialog-pane { -fx-max-width: 600px }" cut every form wider than that; an inline style,
        // since the theme's rule wins over setMaxWidth here
        pane.setStyle(pane.getStyle() + "; -fx-max-width: " + (int) MAX_WIDTH + "px;");
        dialog.setResizable(true);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> {
            Rectangle2D area = area(dialog.getOwner());
            pane.applyCss();
            double width = pane.prefWidth(-1);
            if (width > area.getWidth()) {
                width = area.getWidth();
                pane.setPrefWidth(width);
            }
            if (pane.prefHeight(width) > area.getHeight()) {
                pane.setPrefHeight(area.getHeight());
            }
        });
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            Window w = pane.getScene() == null ? null : pane.getScene().getWindow();
            if (w != null) {
                keepOnScreen(w);
            }
        });
    }

    /**
     * A scene for a form window: {@code width} x {@code height} as asked, taller where the form needs it (its
     * preferred height with the stylesheets its root carries), and no larger than the fit allows; {@link #show}
     * places the window over its owner.
     */
    public static Scene scene(Parent root, Window owner, double width, double height) {
        Rectangle2D area = area(owner);
        Scene scene = new Scene(root);
        root.applyCss();
        double w = Math.min(width, area.getWidth());
        double h = Math.min(Math.max(height, root.prefHeight(w)), area.getHeight());
        if (root instanceof javafx.scene.layout.Region r) {
            // the scene takes its root's preferred size when the window is first shown
            r.setPrefSize(w, h);
        }
        return scene;
    }

    /** Shows {@code stage} centred over its owner (not over the screen's middle) and inside the screen. */
    public static void show(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            Window owner = stage.getOwner();
            if (owner != null) {
                stage.setX(owner.getX() + (owner.getWidth() - stage.getWidth()) / 2);
                stage.setY(owner.getY() + (owner.getHeight() - stage.getHeight()) / 2);
            }
            keepOnScreen(stage);
        });
        stage.show();
    }

    /** The largest scene a dialog of {@code owner} may have: the fit, less where its screen is smaller. */
    public static Rectangle2D area(Window owner) {
        Rectangle2D screen = screenOf(owner).getVisualBounds();
        return new Rectangle2D(0, 0, Math.min(MAX_WIDTH, screen.getWidth() - 40),
                Math.min(MAX_HEIGHT, screen.getHeight() - TITLE_BAR));
    }

    private static Screen screenOf(Window w) {
        if (w == null || Double.isNaN(w.getX())) {
            return Screen.getPrimary();
        }
        return Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight())).stream().findFirst().orElse(Screen.getPrimary());
    }

    /** Moves {@code w} so that it lies inside its screen's visible area, its top edge first. */
    private static void keepOnScreen(Window w) {
        Rectangle2D screen = screenOf(w).getVisualBounds();
        double x = Math.max(screen.getMinX(), Math.min(w.getX(), screen.getMaxX() - w.getWidth()));
        double y = Math.max(screen.getMinY(), Math.min(w.getY(), screen.getMaxY() - w.getHeight()));
        if (x != w.getX()) {
            w.setX(x);
        }
        if (y != w.getY()) {
            w.setY(y);
        }
    }
}
