package dev.switchback.ui.log;

import dev.switchback.ui.log.GpxMatcher.Outcome;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Import GPX tracks": progress (file i of n) with Cancel while reading, then one line per file
 * saying what it became. Layout and bindings only; {@link GpxBatchViewModel} does the work.
 */
public final class GpxBatchView extends BorderPane {

    public GpxBatchView(GpxBatchViewModel vm, Runnable onClose) {
        getStyleClass().addAll("log-form", "gpx-batch");
        LogStyles.apply(this);

        Label title = new Label("Import GPX tracks");
        title.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        Label hint = new Label("Each file becomes the log of the planned session of its day, or an unplanned"
                + " outing. Files that cannot be used change nothing.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        ProgressBar progress = new ProgressBar();
        progress.setId("gpx-batch-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.progressProperty());
        Label message = new Label();
        message.setId("gpx-batch-message");
        message.textProperty().bind(vm.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("gpx-batch-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox running = new HBox(10, progress, message, spacer, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(vm.runningProperty());
        running.managedProperty().bind(vm.runningProperty());

        Label summary = new Label();
        summary.setId("gpx-batch-summary");
        summary.setWrapText(true);
        summary.setStyle("-fx-font-weight: bold;");
        summary.textProperty().bind(vm.summaryProperty());

        ListView<Outcome> results = new ListView<>(vm.outcomes());
        results.setId("gpx-batch-results");
        results.setCellFactory(list -> new OutcomeCell());
        results.setPlaceholder(new Label(""));
        VBox.setVgrow(results, Priority.ALWAYS);

        VBox top = new VBox(6, title, hint);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);
        setCenter(new VBox(10, running, summary, results));

        Button close = new Button("Close");
        close.setId("gpx-batch-close");
        close.setDefaultButton(true);
        close.disableProperty().bind(vm.runningProperty());
        close.setOnAction(e -> onClose.run());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        setBottom(bottom);
    }

    /** "ridge.gpx  Imported" over the detail, coloured by what happened to the file. */
    private static final class OutcomeCell extends ListCell<Outcome> {
        private final Label head = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, head, detail);

        OutcomeCell() {
            head.setStyle("-fx-font-weight: bold;");
            detail.setWrapText(true);
            detail.getStyleClass().add("gpx-outcome-detail");
            // Wrap inside the list instead of widening it.
            box.setMinWidth(0);
            box.prefWidthProperty().bind(widthProperty().subtract(30));
            detail.maxWidthProperty().bind(box.prefWidthProperty());
        }

        @Override
        protected void updateItem(Outcome o, boolean empty) {
            super.updateItem(o, empty);
            getStyleClass().removeIf(c -> c.startsWith("gpx-outcome-"));
            if (empty || o == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String word = switch (o.status()) {
                case IMPORTED -> "Imported";
                case SKIPPED -> "Skipped";
                case REFUSED -> "Refused";
            };
            head.setText(o.fileName() + "  -  " + word);
            detail.setText(o.detail());
            getStyleClass().add("gpx-outcome-" + o.status().name().toLowerCase(java.util.Locale.ROOT));
            setText(null);
            setGraphic(box);
        }
    }
}
