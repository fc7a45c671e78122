package dev.switchback.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * The line under a form field that says why its value is refused: the one builder of every form (session
 * editor, log and wellness forms, quick log, settings). In the short forms (log, wellness, quick log) the
 * line is kept free while there is nothing to say, so fields do not jump as reasons come and go; the long
 * forms use {@link #collapsing}.
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
     * A reason that takes no room while empty: for long forms (the session editor's 13 fields, the settings'
     * thresholds) where a line kept under every field would push the dialog past a 768-pixel screen.
     */
    public static Label collapsing(String id, ObservableValue<String> reason) {
        Label why = under(id, reason, 0);
        why.managedProperty().bind(why.visibleProperty());
        return why;
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
