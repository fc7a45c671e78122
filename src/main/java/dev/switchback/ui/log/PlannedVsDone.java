package dev.switchback.ui.log;

import dev.switchback.ui.app.PlanDocument;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.control.Label;

/** One line for the week summary: planned vs done km, sessions and load of the week on screen. */
public final class PlannedVsDone {
    private PlannedVsDone() {
    }

    public static Label create(PlanDocument document) {
        return create(document, LocalDate::now);
    }

    public static Label create(PlanDocument document, Supplier<LocalDate> today) {
        Label label = new Label();
        label.setId("planned-vs-done");
        label.getStyleClass().add("planned-vs-done");
        Runnable refresh = () -> label.setText(WeekLogSummary.of(document.getPlan(),
                document.weekStartProperty().get(), today.get(), document.getAnalysis()).text());
        document.planProperty().addListener((obs, was, now) -> refresh.run());
        document.analysisProperty().addListener((obs, was, now) -> refresh.run());
        document.weekStartProperty().addListener((obs, was, now) -> refresh.run());
        refresh.run();
        return label;
    }
}
