package dev.switchback.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * The line under a form field that says why its value is refused: the one builder of every form (session
 * editor, log and wellness forms, quick log, settings). In the short forms (log, wellness, quick log) the
 * line is kept free while there is nothing to say, so fields do not jump as reasons come and go; the long
 * forms (session editor, settings) put it {@link #beside} the field in a box of fixed size.
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
     * Height of a line in a box of fixed size, in font sizes: the text's own line height (about 1.17 for
     * DejaVu and Inter) and no more, so two lines beside a field are no taller than the field itself and
     * the long forms keep their height.
     */
    private static final double FIXED_LINE = 1.2;

    /** Width of a reason beside its field (the session editor's fourth column, the settings' field lines). */
    public static final double SIDE_WIDTH = 340;

    /**
     * A reason beside its field, in a box of fixed size (two lines, {@link #SIDE_WIDTH} wide) whether it is
     * empty or not, so a reason coming or going moves nothing: for the long forms (the session editor's 13
     * fields, the settings) where a line kept free under every field would push the dialog past a 768-pixel
     * screen. A reason longer than two lines ends in "…" and is whole in the box's tooltip.
     */
    public static Label beside(String id, ObservableValue<String> reason) {
        return fixed(id, reason, 2, SIDE_WIDTH);
    }

    /**
     * A reason beside {@code field}, in a box {@link #SIDE_WIDTH} wide and exactly as high as the field: it
     * never makes the field's row taller, and it holds as many lines as the field's height allows (two beside
     * a text field, more beside a text area). Longer reasons end in "…" and are whole in the tooltip.
     */
    public static Label beside(String id, ObservableValue<String> reason, javafx.scene.layout.Region field) {
        Label why = fixed(id, reason, 2, SIDE_WIDTH);
        for (var p : java.util.List.of(why.minHeightProperty(), why.prefHeightProperty(), why.maxHeightProperty())) {
            p.unbind();
            p.bind(field.heightProperty());
        }
        return why;
    }

    /**
     * A reason in a box of {@code lines} lines and {@code width} pixels that never changes size (the
     * settings' rule title line keeps one line beside the rule's switch).
     */
    public static Label fixed(String id, ObservableValue<String> reason, int lines, double width) {
        Label why = under(id, reason, lines);
        why.minHeightProperty().unbind();
        javafx.beans.binding.DoubleBinding height = Bindings.createDoubleBinding(
                () -> why.getFont().getSize() * FIXED_LINE * lines, why.fontProperty());
        why.minHeightProperty().bind(height);
        why.prefHeightProperty().bind(height);
        why.maxHeightProperty().bind(height);
        why.setMinWidth(width);
        why.setPrefWidth(width);
        why.setMaxWidth(width);
        why.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        wholeInTooltip(why, reason);
        return why;
    }

    /**
     * A reason under its field in exactly {@code lines} lines, empty or not: the short forms' (log, quick log,
     * wellness) line kept free. A reason longer than its lines ends in "…" and is whole in the tooltip, so a
     * long one (a duration's forms in a narrow column) never pushes the fields below it down.
     */
    public static Label kept(String id, ObservableValue<String> reason, int lines) {
        Label why = under(id, reason, lines);
        why.minHeightProperty().unbind();
        javafx.beans.binding.DoubleBinding height = Bindings.createDoubleBinding(
                () -> why.getFont().getSize() * 1.4 * lines, why.fontProperty());
        why.minHeightProperty().bind(height);
        why.prefHeightProperty().bind(height);
        why.maxHeightProperty().bind(height);
        return why; // under(..) already aligned it and put the whole reason in its tooltip
    }

    private static void wholeInTooltip(Label why, ObservableValue<String> reason) {
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(reason);
        whole.setWrapText(true);
        whole.setMaxWidth(MAX_WIDTH);
        // a tooltip with nothing to say would show an empty box
        why.tooltipProperty().bind(Bindings.when(why.textProperty().isEmpty())
                .then((javafx.scene.control.Tooltip) null).otherwise(whole));
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
