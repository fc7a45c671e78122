package dev.switchback.ui.adjust;

import dev.switchback.ui.adjust.AdjustViewModel.DayRow;
import dev.switchback.ui.adjust.AdjustViewModel.OptionRow;
import dev.switchback.ui.app.PlanDocument;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The "Adjust the coming days" dialog's content: why, the options (those the rules refuse listed after them,
 * marked), and the selected option's days before and after, its check and why it helps. Arrow keys choose,
 * Enter applies.
 */
public final class AdjustView extends VBox {
    final AdjustViewModel model;
    private final GridPane days = new GridPane();

    public static void showDialog(Window owner, PlanDocument doc, Supplier<LocalDate> today) {
        var model = new AdjustViewModel(doc, today);
        Dialog<ButtonType> dialog = new Dialog<>();
        dev.switchback.ui.common.FormDialogs.prepare(dialog, owner, "Adjust the coming days");
        // what the options do, in the header bar as the session editor's heading
        dialog.getDialogPane().headerTextProperty().bind(model.headerProperty());
        dialog.getDialogPane().setContent(new AdjustView(model));
        dialog.getDialogPane().setPrefHeight(620);
        ButtonType apply = new ButtonType("Apply", ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(apply);
        ok.setId("adjust-apply");
        ok.disableProperty().bind(model.canApplyProperty().not());
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!model.apply()) {
                e.consume();
            }
        });
        dialog.showAndWait();
    }

    public AdjustView(AdjustViewModel model) {
        this.model = model;
        setId("adjust-view");
        // the dialogs' one spacing scale (switchback.css): 16 px at the sides, parts 8 apart, the days' grid 10 x 4
        getStyleClass().add("editor-sections");
        // the dialog sizes itself to its content: give the wrapped lines a width to wrap at
        setPrefWidth(852);
        setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label reasons = new Label(String.join("\n", model.reasons()));
        reasons.setId("adjust-reasons");
        reasons.setWrapText(true);
        reasons.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        reasons.getStyleClass().add("text-bold");
        Label notes = new Label(String.join("\n", model.notes()));
        notes.setId("adjust-notes");
        notes.setWrapText(true);
        notes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notes.setVisible(!model.notes().isEmpty());
        notes.setManaged(!model.notes().isEmpty());
        ListView<OptionRow> list = new ListView<>(model.options());
        list.setId("adjust-options");
        list.setPrefHeight(130);
        list.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.setCellFactory(v -> new ListCell<>() {
            {
                // wrap long titles at the list's width rather than scroll sideways
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(OptionRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.toString());
                getStyleClass().remove("text-muted");
                if (!empty && row != null && !row.offered()) {
                    getStyleClass().add("text-muted");
                }
            }
        });
        if (model.selectedProperty().get() >= 0) {
            list.getSelectionModel().select(model.selectedProperty().get());
        }
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> model.selectedProperty()
                .set(b.intValue()));
        Label title = new Label();
        title.setId("adjust-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.getStyleClass().add("text-bold");
        Label check = new Label();
        check.setId("adjust-check");
        check.setWrapText(true);
        check.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label why = new Label();
        why.setId("adjust-why");
        why.setWrapText(true);
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        why.getStyleClass().add("text-muted");
        days.setId("adjust-days");
        days.getStyleClass().add("editor-grid");
        var c0 = new ColumnConstraints(110);
        var c1 = new ColumnConstraints();
        c1.setPercentWidth(42);
        var c2 = new ColumnConstraints();
        c2.setPercentWidth(42);
        days.getColumnConstraints().addAll(c0, c1, c2);
        Runnable show = () -> {
            var row = model.selectedOption();
            title.setText(row.map(OptionRow::title).orElse(""));
            check.setText(row.map(OptionRow::check).orElse(""));
            why.setText(row.map(OptionRow::why).orElse(""));
            drawDays(row.map(OptionRow::days).orElse(java.util.List.of()));
        };
        model.selectedProperty().addListener(x -> show.run());
        show.run();
        VBox.setVgrow(days, Priority.ALWAYS);
        getChildren().addAll(reasons, notes, list, title, days, check, why);
    }

    private void drawDays(java.util.List<DayRow> rows) {
        days.getChildren().clear();
        if (rows.isEmpty()) {
            return;
        }
        days.addRow(0, bold("Day"), bold("Before"), bold("After"));
        int r = 1;
        for (DayRow d : rows) {
            Label before = new Label(d.before());
            before.setWrapText(true);
            before.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label after = new Label(d.after());
            after.setWrapText(true);
            after.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            after.getStyleClass().add("accent");
            days.addRow(r++, new Label(d.day()), before, after);
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }
}
