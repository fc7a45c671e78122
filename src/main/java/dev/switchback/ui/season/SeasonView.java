package dev.switchback.ui.season;

import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.season.SeasonViewModel.WeekRow;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import java.util.List;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Build season dialog's content: goal, replace, Preview, then the weeks and the tracks against the goal. */
public final class SeasonView extends VBox {
    final SeasonViewModel model;

    /** The table's width for its columns (their preferred widths and a scroll bar). */
    private static final double TABLE_WIDTH = 740;
    private static final double CHART_WIDTH = 460;
    /** Header and five dense rows: what the table keeps on a screen smaller than the laptop's. */
    private static final double MIN_TABLE_HEIGHT = 200;

    public static void showDialog(Window owner, PlanDocument doc, Supplier<LocalDate> today) {
        var model = new SeasonViewModel(doc, today);
        var view = new SeasonView(model);
        Dialog<ButtonType> dialog = new Dialog<>();
        dev.switchback.ui.common.FormDialogs.prepare(dialog, owner, "Build season");
        // what the dialog does, in the header bar as the session editor's heading: the form below keeps its height
        dialog.setHeaderText(model.header());
        dialog.getDialogPane().setContent(view);
        // as tall as the screen allows (ScreenFit caps it): the height goes to the weeks table
        dialog.getDialogPane().setPrefHeight(720);
        ButtonType accept = new ButtonType("Add to the plan", ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(accept, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(accept);
        ok.setId("season-accept");
        ok.disableProperty().bind(model.previewedProperty().not());
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!model.accept()) {
                e.consume();
            }
        });
        dialog.showAndWait();
    }

    public SeasonView(SeasonViewModel model) {
        this.model = model;
        setId("season-view");
        // the dialogs' one spacing scale (switchback.css): 16 px at the sides, parts 8 apart, the form's grid 10 x 4
        getStyleClass().add("editor-sections");
        // the dialog sizes itself to its content: the weeks table and the tracks side by side, each readable
        setPrefWidth(TABLE_WIDTH + CHART_WIDTH + 10 + 32);
        ComboBox<String> goal = new ComboBox<>(model.goals());
        goal.setId("season-goal");
        if (!model.goals().isEmpty()) {
            goal.getSelectionModel().select(0);
        }
        goal.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> model.selectedGoalProperty()
                .set(b.intValue()));
        CheckBox replace = new CheckBox("Replace the future sessions in these weeks");
        replace.setId("season-replace");
        replace.selectedProperty().bindBidirectional(model.replaceProperty());
        Button preview = new Button("Preview");
        preview.setId("season-preview");
        preview.setDefaultButton(false);
        preview.setOnAction(e -> model.preview());
        Label summary = new Label();
        summary.setId("season-summary");
        summary.textProperty().bind(model.summaryProperty());
        TableView<WeekRow> table = new TableView<>(model.weeks());
        table.setId("season-weeks");
        // dense rows (AtlantaFX): a 16-week season reads ten weeks at a time in a dialog of a 768-pixel screen
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPrefWidth(TABLE_WIDTH);
        table.setMinHeight(MIN_TABLE_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Week", WeekRow::week, 70));
        table.getColumns().add(column("Phase", WeekRow::phase, 120));
        table.getColumns().add(column("Long day", WeekRow::longDay, 90));
        table.getColumns().add(column("Pack", WeekRow::pack, 70));
        table.getColumns().add(column("Climb", WeekRow::climb, 80));
        table.getColumns().add(column("Load AU", WeekRow::load, 90));
        table.getColumns().add(column("", WeekRow::note, 200));
        table.setPlaceholder(new Label("Press Preview to see the season's weeks"));
        NumberAxis x = new NumberAxis();
        x.setLabel("week of the season");
        // whole weeks only: "1, 2, 3", never "1.25"
        x.setAutoRanging(false);
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        x.setLowerBound(1);
        x.setUpperBound(1);
        NumberAxis y = new NumberAxis();
        y.setLabel("% of goal");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("season-tracks");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefSize(CHART_WIDTH, MIN_TABLE_HEIGHT);
        chart.setMinSize(CHART_WIDTH * 0.75, MIN_TABLE_HEIGHT);
        model.tracks().addListener((javafx.collections.ListChangeListener<SeasonViewModel.TrackLine>) c -> {
            chart.getData().clear();
            x.setUpperBound(Math.max(2, model.tracks().stream().mapToInt(t -> t.percentOfGoal().size()).max()
                    .orElse(2)));
            for (SeasonViewModel.TrackLine t : model.tracks()) {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(t.name());
                for (int i = 0; i < t.percentOfGoal().size(); i++) {
                    s.getData().add(new XYChart.Data<>(i + 1, t.percentOfGoal().get(i)));
                }
                chart.getData().add(s);
            }
        });
        Label note = new Label();
        note.setId("season-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(model.noteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        // the weeks and the tracks against the goal take the height the form leaves
        HBox results = new HBox(10, table, chart);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(form(model, goal, replace, preview), summary, results, note);
    }

    private static TableColumn<WeekRow, String> column(String name, Function<WeekRow, String> value, double width) {
        TableColumn<WeekRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * The form in the session editor's columns (label, then its fields): the goal, replace and Preview; the days
     * the athlete can train; the long day, the weekday budget and the first day of the season.
     */
    private static GridPane form(SeasonViewModel model, ComboBox<String> goal, CheckBox replace, Button preview) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("editor-grid");
        grid.setId("season-form");
        var days = new HBox(10);
        days.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            CheckBox day = new CheckBox(dev.switchback.format.Dates.weekdayShort(d));
            day.setId("season-day-" + d.name().toLowerCase(java.util.Locale.ROOT).substring(0, 3));
            day.selectedProperty().bindBidirectional(model.trainingDayProperty(d));
            days.getChildren().add(day);
        }
        ComboBox<java.time.DayOfWeek> longDay = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                java.time.DayOfWeek.values()));
        longDay.setId("season-long-day");
        longDay.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.DayOfWeek d) {
                return d == null ? "" : dev.switchback.format.Dates.weekday(d);
            }

            @Override
            public java.time.DayOfWeek fromString(String s) {
                return null;
            }
        });
        longDay.valueProperty().bindBidirectional(model.longDayProperty());
        javafx.scene.control.TextField budget = new javafx.scene.control.TextField();
        budget.setId("season-budget");
        budget.setPrefColumnCount(5);
        budget.setPromptText("50 min");
        budget.setTooltip(new javafx.scene.control.Tooltip("The time an easy weekday session may take"));
        budget.textProperty().bindBidirectional(model.budgetProperty());
        javafx.scene.control.DatePicker from = dev.switchback.ui.common.DatePickers.keeping();
        from.setId("season-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        HBox goalRow = new HBox(10, goal, replace, preview);
        HBox dayRow = new HBox(10, longDay, new Label("Weekdays up to"), budget, new Label("First day"), from);
        grid.addRow(0, new Label("Goal"), goalRow);
        grid.addRow(1, new Label("Train on"), days);
        grid.addRow(2, new Label("Long day"), dayRow);
        for (HBox row : List.of(goalRow, days, dayRow)) {
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            for (Node n : row.getChildren()) {
                if (n instanceof Region r) {
                    r.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        }
        for (Node n : grid.getChildren()) {
            if (n instanceof Label l) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return grid;
    }
}
