package dev.switchback.ui.log;

import dev.switchback.model.SessionKind;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The quick log: type the RPE digit, Tab, the minutes, Tab, one line, Enter. The RPE slider has
 * focus when the form opens.
 */
public final class QuickLogView extends VBox {

    public QuickLogView(QuickLogViewModel vm, Runnable onClose) {
        super(10);
        getStyleClass().add("log-form");
        LogStyles.apply(this);
        Label title = new Label(vm.heading());
        title.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        int r = 0;
        var rpe = RatingSlider.forDouble("quick-rpe", vm.rpeProperty(), 0, 10, Scales::rpe);
        g.addRow(r++, Controls.label("Effort (RPE)"), rpe);
        if (!vm.isPlanned()) {
            ComboBox<SessionKind> kind = new ComboBox<>();
            kind.setId("quick-kind");
            kind.getItems().setAll(java.util.Arrays.stream(SessionKind.values()).filter(k -> !k.isRest()).toList());
            kind.setConverter(new StringConverter<>() {
                @Override
                public String toString(SessionKind k) {
                    return k == null ? "" : k.label();
                }

                @Override
                public SessionKind fromString(String s) {
                    return SessionKind.TRAIL_RUN;
                }
            });
            kind.valueProperty().bindBidirectional(vm.kindProperty());
            g.addRow(r++, Controls.label("Kind"), kind);
        }
        TextField duration = Controls.numberField("quick-duration", vm.durationProperty(), 6, "0:45");
        g.addRow(r++, Controls.label("Duration (h:mm)"), Controls.withReason(duration, "quick-duration",
                vm.durationErrorProperty(), 2));
        TextField note = Controls.field("quick-note", vm.noteProperty(), 30, "one line: how it went");
        g.addRow(r++, Controls.label("Note"), note);
        Label hint = new Label("Type a digit for the RPE, Tab, the time, Tab, a line, Enter.");
        hint.getStyleClass().add("hint");
        Label error = Controls.errorLine("quick-error", vm.errorProperty());
        HBox buttons = Controls.cancelAndSave("quick", "Save", vm::save, onClose);
        getChildren().addAll(title, g, hint, error, buttons);
        setPadding(new Insets(14));
        Platform.runLater(() -> rpe.getChildren().get(0).requestFocus());
    }
}
