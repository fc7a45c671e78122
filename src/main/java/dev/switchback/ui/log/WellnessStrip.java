package dev.switchback.ui.log;

import dev.switchback.ui.app.PlanDocument;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Seven small cells for the week on screen, coloured by the Hooper sum band (fine, watch, high
 * fatigue, none), with the day's items in a tooltip. Clicking a cell opens that day's check-in.
 */
public final class WellnessStrip extends HBox {
    private final PlanDocument document;
    private final Supplier<LocalDate> today;
    private final Consumer<LocalDate> onOpen;

    private WellnessStrip(PlanDocument document, Supplier<LocalDate> today, Consumer<LocalDate> onOpen) {
        this.document = document;
        this.today = today;
        this.onOpen = onOpen;
        setId("wellness-strip");
        getStyleClass().add("wellness-strip");
        LogStyles.apply(this);
        document.planProperty().addListener((obs, was, now) -> refresh());
        document.weekStartProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    /** The strip for the week view; a click opens the check-in dialog of that day. */
    public static WellnessStrip create(PlanDocument document) {
        WellnessStrip[] self = new WellnessStrip[1];
        self[0] = new WellnessStrip(document, LocalDate::now,
                day -> LogActions.wellnessCheckIn(document, day, self[0].getScene() == null ? null
                        : self[0].getScene().getWindow()));
        return self[0];
    }

    /** For tests and embedding: a fixed today and a chosen click action. */
    public static WellnessStrip create(PlanDocument document, Supplier<LocalDate> today, Consumer<LocalDate> onOpen) {
        return new WellnessStrip(document, today, onOpen);
    }

    private void refresh() {
        getChildren().clear();
        Label title = new Label("Wellness");
        title.getStyleClass().add("strip-title");
        getChildren().add(title);
        LocalDate now = today.get();
        for (WellnessDay day : WellnessDay.week(document.getPlan(), document.weekStartProperty().get())) {
            Label cell = new Label(dev.switchback.format.Dates.weekdayShort(day.date().getDayOfWeek()) + "\n" + day.text());
            cell.setId("wellness-cell-" + day.date());
            cell.getStyleClass().addAll("wellness-cell", day.styleClass());
            if (day.date().equals(now)) {
                cell.getStyleClass().add("today");
            }
            cell.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            cell.setTooltip(new Tooltip(day.tooltip()));
            cell.setOnMouseClicked(e -> onOpen.accept(day.date()));
            getChildren().add(cell);
        }
    }
}
