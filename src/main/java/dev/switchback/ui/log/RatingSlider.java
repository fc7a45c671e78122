package dev.switchback.ui.log;

import java.util.function.IntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A whole-number slider that also takes typed digits (7 sets 7; 1 then 0 quickly sets 10), with
 * the scale's word for the value beside it. Typing keeps the quick log under ten seconds.
 */
final class RatingSlider {
    private static final long TEN_WINDOW_MS = 800;

    private RatingSlider() {
    }

    static HBox forDouble(String id, DoubleProperty value, int min, int max, IntFunction<String> words) {
        Slider slider = slider(id, min, max);
        slider.valueProperty().bindBidirectional(value);
        return row(slider, words);
    }

    static HBox forInt(String id, IntegerProperty value, int min, int max, IntFunction<String> words) {
        Slider slider = slider(id, min, max);
        slider.setValue(value.get());
        slider.valueProperty().addListener((obs, was, now) -> value.set((int) Math.round(now.doubleValue())));
        value.addListener((obs, was, now) -> slider.setValue(now.intValue()));
        return row(slider, words);
    }

    private static Slider slider(String id, int min, int max) {
        Slider slider = new Slider(min, max, min);
        slider.setId(id);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(1);
        slider.setPrefWidth(260);
        long[] lastOne = {0};
        slider.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (c.length() != 1 || !Character.isDigit(c.charAt(0))) {
                return;
            }
            int digit = c.charAt(0) - '0';
            long now = System.currentTimeMillis();
            int v = digit == 0 && now - lastOne[0] < TEN_WINDOW_MS && max >= 10 ? 10 : digit;
            lastOne[0] = digit == 1 ? now : 0;
            if (v >= min && v <= max) {
                slider.setValue(v);
            }
            e.consume();
        });
        return slider;
    }

    private static HBox row(Slider slider, IntFunction<String> words) {
        Label label = new Label();
        label.setId(slider.getId() + "-words");
        label.getStyleClass().add("rpe-value");
        label.textProperty().bind(Bindings.createStringBinding(
                () -> words.apply((int) Math.round(slider.getValue())), slider.valueProperty()));
        HBox box = new HBox(10, slider, label);
        HBox.setHgrow(slider, Priority.ALWAYS);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }
}
