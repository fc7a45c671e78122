package dev.switchback.ui.log;

import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/** Small builders the log views share, so each view stays layout and bindings. */
final class Controls {
    /** The log forms' date text (ui.common.DatePickers: one text for every picker). */
    static final StringConverter<java.time.LocalDate> DATE = dev.switchback.ui.common.DatePickers.NULL_IF_NO_DATE;

    private Controls() {
    }

    /** A form label that never shortens to "Dura...". */
    static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    static TextField field(String id, javafx.beans.property.StringProperty value, int columns, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** A short field for a number: at most {@code max} characters. */
    static TextField numberField(String id, javafx.beans.property.StringProperty value, int columns, String prompt) {
        TextField f = field(id, value, columns, prompt);
        f.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() > 12 ? null : c));
        return f;
    }

    static ComboBox<Integer> intChoice(String id, IntegerProperty value, int min, int max, IntFunction<String> words) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(java.util.stream.IntStream.rangeClosed(min, max).boxed().toList());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : words.apply(v);
            }

            @Override
            public Integer fromString(String s) {
                return box.getItems().stream().filter(v -> words.apply(v).equals(s)).findFirst().orElse(min);
            }
        });
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setPrefWidth(175);
        box.setValue(value.get());
        box.valueProperty().addListener((obs, was, now) -> value.set(now == null ? min : now));
        value.addListener((obs, was, now) -> box.setValue(now.intValue()));
        return box;
    }

    /** One check box per value, kept in step with {@code set} both ways. */
    static <T> List<CheckBox> checkBoxes(String idPrefix, T[] values, ObservableSet<T> set,
            java.util.function.Function<T, String> label) {
        return java.util.Arrays.stream(values).map(v -> {
            CheckBox cb = new CheckBox(label.apply(v));
            cb.setId(idPrefix + v.toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            cb.setSelected(set.contains(v));
            cb.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    set.add(v);
                } else {
                    set.remove(v);
                }
            });
            set.addListener((SetChangeListener<T>) change -> cb.setSelected(set.contains(v)));
            return cb;
        }).toList();
    }

    /**
     * A field with its reason right under it, as the session editor shows it: the line is always
     * there (empty while the value is fine), so the form does not jump as reasons come and go.
     */
    static javafx.scene.layout.VBox withReason(javafx.scene.control.Control field, String id,
            javafx.beans.value.ObservableValue<String> reason) {
        return withReason(field, id, reason, 1);
    }

    /** {@link #withReason} with {@code lines} lines kept for the reason. */
    static javafx.scene.layout.VBox withReason(javafx.scene.control.Control field, String id,
            javafx.beans.value.ObservableValue<String> reason, int lines) {
        Label why = dev.switchback.ui.common.FieldReason.kept(id + "-error", reason, lines);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, field, why);
        return box;
    }

    /** The error line bound to a form's message, under the fields. */
    static Label errorLine(String id, javafx.beans.value.ObservableValue<String> message) {
        Label error = dev.switchback.ui.common.FieldReason.under(id, message);
        error.getStyleClass().add("error-text");
        error.setMaxWidth(Double.MAX_VALUE);
        return error;
    }

    /** Cancel and an accented default save button; the form closes when {@code save} succeeds. */
    static javafx.scene.layout.HBox cancelAndSave(String idPrefix, String saveText,
            java.util.function.BooleanSupplier save, Runnable close) {
        javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
        cancel.setId(idPrefix + "-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        javafx.scene.control.Button ok = new javafx.scene.control.Button(saveText);
        ok.setId(idPrefix + "-save");
        ok.setDefaultButton(true);
        ok.getStyleClass().add("accent");
        ok.setOnAction(e -> {
            if (save.getAsBoolean()) {
                close.run();
            }
        });
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(8, cancel, ok);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        return buttons;
    }
}
