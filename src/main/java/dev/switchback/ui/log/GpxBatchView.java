package dev.switchback.ui.log;

import dev.switchback.ui.log.GpxBatchViewModel.OutcomeRow;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Import activities": progress (file i of n) with Cancel while reading, then one line per file
 * saying what it became. Layout and bindings only; {@link GpxBatchViewModel} does the work.
 */
public final class GpxBatchView extends BorderPane {

    public GpxBatchView(GpxBatchViewModel vm, Runnable onClose) {
        getStyleClass().addAll("log-form", "gpx-batch");
        LogStyles.apply(this);

        Label title = new Label("Import activities");
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

        // A plain column of rows, not a ListView: rows of different heights wrap reliably, and an
        // import is tens of files, not thousands.
        VBox results = new VBox(4);
        results.setId("gpx-batch-results");
        results.setPadding(new Insets(4));
        Runnable fill = () -> results.getChildren().setAll(vm.rows().stream().map(GpxBatchView::row).toList());
        vm.rows().addListener((ListChangeListener<OutcomeRow>) c -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(results);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox top = new VBox(6, title, hint);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);
        setCenter(new VBox(10, running, summary, scroll));

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

    /** "ridge.gpx - Imported" over the detail, marked by what happened to the file. */
    private static VBox row(OutcomeRow o) {
        Label head = new Label(o.heading());
        head.setStyle("-fx-font-weight: bold;");
        Label detail = new Label(o.detail());
        detail.setWrapText(true);
        detail.getStyleClass().add("gpx-outcome-detail");
        VBox row = new VBox(2, head, detail);
        row.getStyleClass().addAll("gpx-outcome", "gpx-outcome-" + o.style());
        row.setUserData(o);
        return row;
    }
}
