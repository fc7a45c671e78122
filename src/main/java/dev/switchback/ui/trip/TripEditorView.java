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
import javafx.scene.control.cell.TextFieldTableCell;
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
        table.getColumns().add(column("Hours (h:mm)", StageRow::hoursProperty));
        table.getColumns().add(column("Distance (" + u.distanceUnit() + ")", StageRow::distanceProperty));
        table.getColumns().add(column("Climb (" + u.climbUnit() + ")", StageRow::climbProperty));
        table.getColumns().add(column("Pack (" + u.massUnit() + ")", StageRow::packProperty));

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

    private static TableColumn<StageRow, String> column(String title, Function<StageRow, StringProperty> prop) {
        TableColumn<StageRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> prop.apply(cd.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setSortable(false);
        c.setPrefWidth(110);
        return c;
    }
}
