package dev.switchback.ui.trip;

import dev.switchback.model.Terrain;
import dev.switchback.model.Weather;
import dev.switchback.ui.common.BackgroundRunner;
import dev.switchback.ui.common.RoutePicker;
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

/**
 * The trip editor: title, start, terrain, goal flag, an editable table of daily stages and, under it,
 * the selected day's expected conditions and planned route.
 */
public final class TripEditorView extends VBox {

    private final RoutePicker picker;
    private final BackgroundRunner runner;

    public TripEditorView(TripEditorViewModel vm) {
        this(vm, RoutePicker.fileChooser(), BackgroundRunner.inline());
    }

    /** A route's file read at once: for tests. */
    public TripEditorView(TripEditorViewModel vm, RoutePicker picker) {
        this(vm, picker, BackgroundRunner.inline());
    }

    /**
     * @param picker asks for a stage route's GPX file (tests answer without a dialog)
     * @param runner reads it (the window's runs off the FX thread)
     */
    public TripEditorView(TripEditorViewModel vm, RoutePicker picker, BackgroundRunner runner) {
        this.picker = picker;
        this.runner = runner;
        setSpacing(8);
        setId("trip-editor");
        var u = vm.units();
        GridPane top = new GridPane();
        top.getStyleClass().add("editor-grid");
        TextField title = new TextField();
        title.setId("trip-title");
        title.setPrefColumnCount(36);
        title.textProperty().bindBidirectional(vm.titleProperty());
        DatePicker start = dev.switchback.ui.common.DatePickers.keeping();
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
        // wide enough for every column's header ("Turn around", "Sleep at m") in a dialog of a 1366-wide screen
        table.setPrefWidth(50 + 8 * 120);
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
        // the ways off are words, not a number: they are typed under the table, where they are not cut
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
                new HBox(8, addDay, removeDay), stageDetail(vm, table), error);
    }

    /**
     * The selected day's expected conditions and planned route, under the table rather than as more
     * columns (the table already fills a 1366-wide screen). Shows "Select a day" while none is.
     */
    private VBox stageDetail(TripEditorViewModel vm, TableView<StageRow> table) {
        Label heading = new Label();
        heading.setId("stage-detail-heading");
        heading.setStyle("-fx-font-weight: bold;");
        var weather = new HBox(10);
        weather.setId("stage-conditions");
        java.util.Map<Weather, CheckBox> boxes = new java.util.EnumMap<>(Weather.class);
        for (Weather w : Weather.values()) {
            CheckBox box = new CheckBox(w.label());
            box.setId("stage-condition-" + w.name().toLowerCase(java.util.Locale.ROOT));
            boxes.put(w, box);
            weather.getChildren().add(box);
        }
        Label summary = new Label();
        summary.setId("stage-route-summary");
        summary.setWrapText(true);
        Label routeError = new Label();
        routeError.setId("stage-route-error");
        routeError.getStyleClass().add("field-error");
        routeError.setWrapText(true);
        TextField bailouts = new TextField();
        bailouts.setId("stage-bailouts");
        bailouts.setPromptText("Hut at km 12; bus from the valley at 16:40");
        bailouts.setTooltip(new javafx.scene.control.Tooltip("Ways off the route, separated by ;"));
        javafx.beans.property.StringProperty bailoutReason = new javafx.beans.property.SimpleStringProperty("");
        Label bailoutError = dev.switchback.ui.common.FieldReason.under("stage-bailouts-error", bailoutReason);
        Button attach = new Button("Attach GPX route…");
        attach.setId("stage-attach-route");
        Button remove = new Button("Remove route");
        remove.setId("stage-remove-route");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("editor-grid");
        // the labels keep their words and the route's line wraps rather than being cut with "..."
        var labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        routeError.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(0, new Label("Expected"), weather);
        grid.addRow(1, new Label("Bail out"), new VBox(2, bailouts, bailoutError));
        grid.addRow(2, new Label("Route"), new VBox(4, summary, new HBox(6, attach, remove), routeError));
        VBox box = new VBox(4, heading, grid);
        box.setId("stage-detail");

        Runnable[] refresh = new Runnable[1];
        javafx.beans.InvalidationListener again = x -> refresh[0].run();
        StageRow[] shown = new StageRow[1];
        refresh[0] = () -> {
            StageRow r = table.getSelectionModel().getSelectedItem();
            if (r != shown[0]) {
                if (shown[0] != null) {
                    for (Weather w : Weather.values()) {
                        boxes.get(w).selectedProperty().unbindBidirectional(shown[0].conditionProperty(w));
                    }
                    routeError.textProperty().unbind();
                    bailouts.textProperty().unbindBidirectional(shown[0].bailoutsProperty());
                    shown[0].bailoutsProperty().removeListener(again);
                }
                shown[0] = r;
                if (r != null) {
                    for (Weather w : Weather.values()) {
                        boxes.get(w).selectedProperty().bindBidirectional(r.conditionProperty(w));
                    }
                    routeError.textProperty().bind(r.routeErrorProperty());
                    bailouts.textProperty().bindBidirectional(r.bailoutsProperty());
                    r.bailoutsProperty().addListener(again);
                } else {
                    routeError.setText("");
                    bailouts.setText("");
                }
            }
            heading.setText(r == null ? "Select a day to set its expected conditions, ways off and route"
                    : "Day " + (vm.stages().indexOf(r) + 1) + ": expected conditions, ways off and route");
            bailoutReason.set(r == null ? "" : r.problem("bailouts", vm.units()).orElse(""));
            grid.setDisable(r == null);
            summary.setText(r == null ? "" : vm.routeSummary(r));
            remove.setDisable(r == null || r.routeProperty().get().isEmpty());
        };
        table.getSelectionModel().selectedItemProperty().addListener(again);
        // the summary follows the day's route, pack and the trip's terrain as they are typed
        vm.stages().addListener(again);
        vm.terrainProperty().addListener(again);
        attach.setOnAction(e -> {
            StageRow r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                picker.choose(getScene() == null ? null : getScene().getWindow())
                        .ifPresent(f -> r.attachRoute(f, vm.units(), runner));
            }
        });
        remove.setOnAction(e -> {
            StageRow r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                r.removeRoute();
            }
        });
        refresh[0].run();
        return box;
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
        c.setPrefWidth(120);
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
