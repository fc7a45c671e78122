package dev.switchback.ui.log;

import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.common.UnitFormat;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.control.Label;

/**
 * One line for the week on screen: planned vs done distance (in the athlete's units), sessions and
 * load. The main window shows the same numbers as items of the week summary row
 * ({@code WeekViewModel}); this line is for places with room for one label only.
 */
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
                document.weekStartProperty().get(), today.get(), document.getAnalysis())
                .text(new UnitFormat(document.getPlan().athlete().units())));
        document.planProperty().addListener((obs, was, now) -> refresh.run());
        document.analysisProperty().addListener((obs, was, now) -> refresh.run());
        document.weekStartProperty().addListener((obs, was, now) -> refresh.run());
        refresh.run();
        return label;
    }
}
