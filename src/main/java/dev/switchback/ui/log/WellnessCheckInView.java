package dev.switchback.ui.log;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Insets;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The daily check-in form: Hooper items with their words, sleep hours, motivation, resting HR. */
public final class WellnessCheckInView extends VBox {

    public WellnessCheckInView(WellnessViewModel vm, Runnable onClose) {
        super(10);
        getStyleClass().add("log-form");
        LogStyles.apply(this);
        Label title = new Label(vm.heading());
        title.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        DatePicker date = new DatePicker();
        date.setId("wellness-date");
        date.setConverter(Controls.DATE);
        date.valueProperty().bindBidirectional(vm.dateProperty());

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        int r = 0;
        g.addRow(r++, Controls.label("Day"), date);
        HBox sleep = item(g, r++, "Sleep quality", "wellness-sleep", vm.sleepQualityProperty(), true);
        item(g, r++, "Stress", "wellness-stress", vm.stressProperty(), false);
        item(g, r++, "Fatigue", "wellness-fatigue", vm.fatigueProperty(), false);
        item(g, r++, "Muscle soreness", "wellness-soreness", vm.sorenessProperty(), false);
        g.addRow(r++, Controls.label("Motivation"),
                RatingSlider.forInt("wellness-motivation", vm.motivationProperty(), 1, 7, Scales::motivation));
        g.addRow(r++, Controls.label("Sleep (hours)"), Controls.withReason(
                Controls.numberField("wellness-sleep-hours", vm.sleepHoursProperty(), 5, "7.5"),
                "wellness-sleep-hours", vm.sleepHoursErrorProperty(), 2));
        g.addRow(r++, Controls.label("Resting heart rate (bpm)"), Controls.withReason(
                Controls.numberField("wellness-rhr", vm.restingHeartRateProperty(), 5, "52"), "wellness-rhr",
                vm.restingHeartRateErrorProperty()));

        Label sum = new Label();
        sum.setId("wellness-sum");
        sum.getStyleClass().add("hooper-sum");
        sum.textProperty().bind(Bindings.createStringBinding(vm::sumText, vm.hooperSum(), vm.band()));
        Runnable colour = () -> {
            sum.getStyleClass().removeIf(s -> s.startsWith("hooper-") && !s.equals("hooper-sum"));
            sum.getStyleClass().add(vm.bandStyleClass());
        };
        vm.band().addListener((obs, was, now) -> colour.run());
        colour.run();
        Label hint = new Label("1 is the best, 7 the worst on every line. Type a digit on a slider to set it.");
        hint.getStyleClass().add("hint");

        Label error = Controls.errorLine("wellness-error", vm.errorProperty());
        HBox buttons = Controls.cancelAndSave("wellness", "Save check-in", vm::save, onClose);
        getChildren().addAll(title, g, sum, hint, error, buttons);
        setPadding(new Insets(14));
        Platform.runLater(() -> sleep.getChildren().get(0).requestFocus());
    }

    private static HBox item(GridPane g, int row, String label, String id, IntegerProperty value, boolean sleep) {
        HBox slider = RatingSlider.forInt(id, value, 1, 7, sleep ? Scales::hooperSleep : Scales::hooperLevel);
        g.addRow(row, Controls.label(label), slider);
        return slider;
    }
}
