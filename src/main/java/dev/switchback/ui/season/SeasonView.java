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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import java.util.List;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Build season dialog's content: goal, replace, Preview, then the weeks and the tracks against the goal. */
public final class SeasonView extends VBox {
    final SeasonViewModel model;

    public static void showDialog(Window owner, PlanDocument doc, Supplier<LocalDate> today) {
        var model = new SeasonViewModel(doc, today);
        var view = new SeasonView(model);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Build season");
        dialog.getDialogPane().setContent(view);
        dialog.getDialogPane().setPrefSize(900, 720);
        dev.switchback.ui.common.ScreenFit.fit(dialog);
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
        setSpacing(10);
        // the dialog sizes itself to its content: give the table, the chart and the wrapped lines a width
        setPrefWidth(860);
        Label header = new Label(model.header());
        header.setWrapText(true);
        header.setMinHeight(Region.USE_PREF_SIZE);
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
        Label goalLabel = new Label("Goal");
        HBox controls = new HBox(10, goalLabel, goal, replace, preview);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (var c : List.of(goalLabel, goal, replace, preview)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label summary = new Label();
        summary.setId("season-summary");
        summary.textProperty().bind(model.summaryProperty());
        TableView<WeekRow> table = new TableView<>(model.weeks());
        table.setId("season-weeks");
        table.setPrefHeight(230);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Week", WeekRow::week, 70));
        table.getColumns().add(column("Phase", WeekRow::phase, 120));
        table.getColumns().add(column("Long day", WeekRow::longDay, 90));
        table.getColumns().add(column("Pack", WeekRow::pack, 70));
        table.getColumns().add(column("Climb", WeekRow::climb, 70));
        table.getColumns().add(column("Load AU", WeekRow::load, 90));
        table.getColumns().add(column("", WeekRow::note, 220));
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
        chart.setPrefHeight(240);
        chart.setMinHeight(Region.USE_PREF_SIZE);
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
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, controls, athleteControls(model), summary, table, chart, note);
    }

    private static TableColumn<WeekRow, String> column(String name, Function<WeekRow, String> value, double width) {
        TableColumn<WeekRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The days the athlete can train, the long day, the weekday budget and the first day of the season. */
    private static VBox athleteControls(SeasonViewModel model) {
        var row = new HBox(8);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getChildren().add(new Label("Train on"));
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            CheckBox day = new CheckBox(dev.switchback.format.Dates.weekdayShort(d));
            day.setId("season-day-" + d.name().toLowerCase(java.util.Locale.ROOT).substring(0, 3));
            day.selectedProperty().bindBidirectional(model.trainingDayProperty(d));
            row.getChildren().add(day);
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
        var second = new HBox(8, new Label("Long day"), longDay, new Label("Weekdays up to"), budget,
                new Label("First day"), from);
        second.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (HBox r0 : List.of(row, second)) {
            for (Node n : r0.getChildren()) {
                if (n instanceof Region r) {
                    r.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        }
        return new VBox(6, row, second);
    }
}
