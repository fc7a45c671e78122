package dev.switchback.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * The line under a form field that says why its value is refused: the one builder of every form (session
 * editor, log and wellness forms, quick log, settings). The line is kept free while there is nothing to
 * say, so fields do not jump as reasons come and go; it is hidden rather than removed.
 */
public final class FieldReason {
    /** Widest a reason runs before it wraps, in pixels. */
    public static final double MAX_WIDTH = 360;

    private FieldReason() {
    }

    /** A reason line bound to {@code reason}; {@code id} lets tests and screen readers find it. */
    public static Label under(String id, ObservableValue<String> reason) {
        return under(id, reason, 1);
    }

    /**
     * A reason bound to {@code reason} with {@code lines} lines kept free: two where the reasons of the field
     * are long (a duration's lists its forms) and the form is short enough to afford the space.
     */
    public static Label under(String id, ObservableValue<String> reason, int lines) {
        Label why = new Label();
        if (id != null) {
            why.setId(id);
        }
        why.getStyleClass().addAll("field-error", "field-reason");
        why.setWrapText(true);
        why.setMaxWidth(MAX_WIDTH);
        why.textProperty().bind(reason);
        why.visibleProperty().bind(why.textProperty().isNotEmpty());
        // the lines kept free even when empty
        why.minHeightProperty().bind(Bindings.createDoubleBinding(() -> why.getFont().getSize() * 1.4 * lines,
                why.fontProperty()));
        return why;
    }
}
