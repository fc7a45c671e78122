package dev.switchback.ui.app;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Stage;

/**
 * The view of {@link FirstRunGuideViewModel}: a callout in a popup beside the part of the window the
 * step is about, which is outlined while the callout is open. Esc or Skip closes it.
 */
public final class FirstRunGuide {
    private final FirstRunGuideViewModel vm;
    private final Stage stage;
    private final Popup popup = new Popup();
    private Optional<Node> highlighted = Optional.empty();

    public FirstRunGuide(FirstRunGuideViewModel vm, Stage stage) {
        this.vm = vm;
        this.stage = stage;
        Label progress = new Label();
        progress.textProperty().bind(vm.progressBinding());
        progress.getStyleClass().add("guide-progress");
        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.stepBinding().get().title(), vm.indexProperty()));
        title.getStyleClass().add("guide-title");
        title.setId("guide-title");
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> vm.stepBinding().get().text(), vm.indexProperty()));
        text.setWrapText(true);
        text.getStyleClass().add("guide-text");
        Button skip = new Button("Skip guide");
        skip.setId("guide-skip");
        skip.getStyleClass().add("flat");
        skip.setOnAction(e -> vm.close());
        skip.visibleProperty().bind(vm.lastBinding().not());
        Button back = new Button("Back");
        back.setId("guide-back");
        back.disableProperty().bind(vm.firstBinding());
        back.setOnAction(e -> vm.back());
        Button next = new Button();
        next.setId("guide-next");
        next.getStyleClass().add("accent");
        next.textProperty().bind(Bindings.when(vm.lastBinding()).then("Done").otherwise("Next"));
        next.setDefaultButton(true);
        next.setOnAction(e -> vm.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, skip, spacer, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, progress, title, text, buttons);
        box.getStyleClass().add("guide-callout");
        box.setId("first-run-guide");
        box.setPrefWidth(360);
        box.getStylesheets().add(FxDialogService.CSS);
        popup.getContent().add(box);
        popup.setAutoHide(false);
        popup.setHideOnEscape(false);
        box.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                vm.close();
                e.consume();
            }
        });
        vm.indexProperty().addListener((obs, was, now) -> place());
        vm.showingProperty().addListener((obs, was, now) -> {
            if (now) {
                place();
            } else {
                unhighlight();
                popup.hide();
            }
        });
        place();
    }

    /** Shows the callout of the current step beside its target, or in the middle of the window. */
    private void place() {
        if (!vm.showingProperty().get() || stage.getScene() == null) {
            return;
        }
        unhighlight();
        Parent root = stage.getScene().getRoot();
        Optional<Node> target = Optional.ofNullable(root.lookup(vm.stepBinding().get().target()))
                .filter(Node::isVisible);
        target.ifPresent(t -> t.getStyleClass().add("guide-target"));
        highlighted = target;
        Region box = (Region) popup.getContent().get(0);
        box.applyCss();
        double w = box.getPrefWidth(); // not prefWidth(-1): that is the width of the text unwrapped
        double h = box.prefHeight(w);
        Bounds window = new javafx.geometry.BoundingBox(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        Bounds b = target.map(t -> t.localToScreen(t.getLayoutBounds())).orElse(null);
        double x;
        double y;
        if (b == null) {
            x = window.getMinX() + (window.getWidth() - w) / 2;
            y = window.getMinY() + (window.getHeight() - h) / 2;
        } else if (b.getHeight() < 120) {
            x = b.getMinX(); // below a small target (a button, the menu bar)
            y = b.getMaxY() + 8;
        } else if (b.getCenterX() > window.getMinX() + window.getWidth() / 2) {
            x = b.getMinX() - w - 12; // left of a tall panel on the right
            y = b.getMinY() + 48;
        } else {
            x = b.getMinX() + 24; // inside a large area, low down, where the week's columns are mostly empty
            y = b.getMaxY() - h - 190;
        }
        x = Math.max(window.getMinX() + 8, Math.min(x, window.getMaxX() - w - 16));
        y = Math.max(window.getMinY() + 8, Math.min(y, window.getMaxY() - h - 16));
        // Shown again rather than moved: a popup that is already showing does not always follow setX/setY.
        popup.hide();
        popup.show(stage, x, y);
        box.requestFocus();
    }

    private void unhighlight() {
        highlighted.ifPresent(n -> n.getStyleClass().remove("guide-target"));
        highlighted = Optional.empty();
    }
}
