package dev.switchback.ui.trip;

import dev.switchback.model.Terrain;
import dev.switchback.ui.trip.TripEditorViewModel.StageRow;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The trip editor: title, start, terrain, goal flag and an editable table of daily stages. */
public final class TripEditorView extends VBox {

    public TripEditorView(TripEditorViewModel vm) {
        setSpacing(8);
        setId("trip-editor");
        var u = vm.units();
        GridPane top = new GridPane();
        top.getStyleClass().add("editor-grid");
        TextField title = new TextField();
        title.setId("trip-title");
        title.textProperty().bindBidirectional(vm.titleProperty());
        DatePicker start = new DatePicker();
        start.setId("trip-start");
        start.valueProperty().bindBidirectional(vm.startProperty());
        ComboBox<Terrain> terrain = new ComboBox<>();
        terrain.getItems().setAll(Terrain.values());
        terrain.setConverter(new StringConverter<>() {
            @Override
            public String toString(Terrain t) {
                return t == null ? "" : t.label();
            }

            @Override
            public Terrain fromString(String s) {
                return null;
            }
        });
        terrain.valueProperty().bindBidirectional(vm.terrainProperty());
        CheckBox goal = new CheckBox("Goal trip (the season builds towards it)");
        goal.selectedProperty().bindBidirectional(vm.goalProperty());
        top.addRow(0, new Label("Title"), title);
        top.addRow(1, new Label("Start"), start);
        top.addRow(2, new Label("Terrain"), terrain);
        top.add(goal, 1, 3);

        TableView<StageRow> table = new TableView<>(vm.stages());
        table.setId("stages");
        table.setEditable(true);
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<StageRow, String> day = new TableColumn<>("Day");
        day.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                Integer.toString(table.getItems().indexOf(c.getValue()) + 1)));
        day.setSortable(false);
        day.setPrefWidth(50);
        table.getColumns().add(day);
        // short headers: "Hours (h:mm)" was cut to "Hours (h:..."; the form of a time is in the tooltip
        table.getColumns().add(column(vm, "Hours", "hours", "Time on the move, as 6:30, 390 or 6.5h",
                StageRow::hoursProperty));
        table.getColumns().add(column(vm, u.distanceUnit(), "distance", "Distance in " + u.distanceUnit(),
                StageRow::distanceProperty));
        table.getColumns().add(column(vm, "Climb " + u.climbUnit(), "climb", "Climb in " + u.climbUnit(),
                StageRow::climbProperty));
        table.getColumns().add(column(vm, "Pack " + u.massUnit(), "pack", "Pack mass in " + u.massUnit(),
                StageRow::packProperty));
        table.getColumns().add(column(vm, "Turn around", "turnaround", "13:30 (by then), after 3:30, or 14 "
                + u.distanceUnit() + "; blank for none", StageRow::turnaroundProperty));
        table.getColumns().add(column(vm, "Bail out", "bailouts", "Ways off the route, separated by ;",
                StageRow::bailoutsProperty));
        table.getColumns().add(column(vm, "Sleep at " + u.climbUnit(), "sleeping", "Altitude of the night after the"
                + " stage, in " + u.climbUnit() + "; blank if unknown", StageRow::sleepingProperty));
        table.getColumns().add(column(vm, "High " + u.climbUnit(), "highPoint", "The stage's highest point, in "
                + u.climbUnit(), StageRow::highPointProperty));

        Button addDay = new Button("Add day");
        addDay.setId("add-day");
        addDay.setOnAction(e -> vm.addDay());
        Button removeDay = new Button("Remove day");
        removeDay.setOnAction(e -> vm.removeDay(table.getSelectionModel().getSelectedIndex()));
        removeDay.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label error = new Label();
        error.setId("trip-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        getChildren().addAll(top, new Label("Daily stages (double-click a cell to edit)"), table,
                new HBox(8, addDay, removeDay), error);
    }

    private static TableColumn<StageRow, String> column(TripEditorViewModel vm, String title, String field,
            String help, Function<StageRow, StringProperty> prop) {
        TableColumn<StageRow, String> c = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new javafx.scene.control.Tooltip(help));
        c.setGraphic(header);
        c.setCellValueFactory(cd -> prop.apply(cd.getValue()));
        c.setCellFactory(col -> new StageCell(vm, field, prop));
        c.setSortable(false);
        c.setPrefWidth(100);
        return c;
    }

    /**
     * A stage cell that takes what was typed on Enter and when the focus leaves it (Tab, a click
     * elsewhere), not only on Enter as {@code TextFieldTableCell}; Escape goes back. A value the
     * trip cannot hold is marked red with its reason as the tooltip (the form's message names the
     * day), and Save stays disabled until it is put right.
     */
    private static final class StageCell extends javafx.scene.control.TableCell<StageRow, String> {
        private final TripEditorViewModel vm;
        private final String field;
        private final Function<StageRow, StringProperty> prop;
        private TextField editor;

        StageCell(TripEditorViewModel vm, String field, Function<StageRow, StringProperty> prop) {
            this.vm = vm;
            this.field = field;
            this.prop = prop;
            vm.errorProperty().addListener(x -> mark());
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            editor = new TextField(getItem());
            editor.setOnAction(e -> {
                take(editor.getText());
                e.consume();
            });
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            // a number is one word: the double-click that opened the cell selects all of it, not a part
            editor.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getClickCount() >= 2) {
                    editor.selectAll();
                }
            });
            editor.focusedProperty().addListener((obs, was, now) -> {
                if (!now && editor != null) {
                    take(editor.getText());
                }
            });
            setText(null);
            setGraphic(editor);
            editor.selectAll();
            editor.requestFocus();
        }

        /** Writes the text into the row (even after the table ended the edit, as on focus loss). */
        private void take(String text) {
            StageRow row = getTableRow() == null ? null : getTableRow().getItem();
            editor = null;
            if (row != null) {
                prop.apply(row).set(text);
            }
            if (isEditing()) {
                super.cancelEdit(); // the value is already in the row; this only leaves edit mode
            }
            updateItem(row == null ? null : prop.apply(row).get(), row == null);
        }

        @Override
        public void cancelEdit() {
            editor = null;
            super.cancelEdit();
            setText(getItem());
            setGraphic(null);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (editor != null && isEditing()) {
                return;
            }
            setGraphic(null);
            setText(empty ? null : item);
            mark();
        }

        private void mark() {
            StageRow row = getTableRow() == null ? null : getTableRow().getItem();
            java.util.Optional<String> problem = row == null || isEmpty() ? java.util.Optional.empty()
                    : row.problem(field, vm.units());
            getStyleClass().remove("cell-error");
            if (problem.isPresent()) {
                getStyleClass().add("cell-error");
                setTooltip(new javafx.scene.control.Tooltip(problem.get()));
            } else {
                setTooltip(null);
            }
        }
    }
}
