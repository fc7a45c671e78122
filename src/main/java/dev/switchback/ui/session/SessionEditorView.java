package dev.switchback.ui.session;

import dev.switchback.model.Intention;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.Weather;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import dev.switchback.ui.common.BackgroundRunner;
import dev.switchback.ui.common.FieldReason;
import dev.switchback.ui.common.RoutePicker;
import dev.switchback.ui.session.SessionEditorViewModel.Field;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The session editor's form: each field with its unit, and the reason it is refused beside it in a fourth
 * column whose boxes keep their size, so a reason coming or going moves no field.
 */
public final class SessionEditorView extends GridPane {
    private int row;
    private final RoutePicker picker;
    private final BackgroundRunner runner;

    public SessionEditorView(SessionEditorViewModel vm) {
        this(vm, RoutePicker.fileChooser(), BackgroundRunner.inline());
    }

    /** A route's file read at once: for tests. */
    public SessionEditorView(SessionEditorViewModel vm, RoutePicker picker) {
        this(vm, picker, BackgroundRunner.inline());
    }

    /**
     * @param picker asks for a route's GPX file (tests answer without a dialog)
     * @param runner reads it (the window's runs off the FX thread)
     */
    public SessionEditorView(SessionEditorViewModel vm, RoutePicker picker, BackgroundRunner runner) {
        this.picker = picker;
        this.runner = runner;
        getStyleClass().add("editor-grid");
        setId("session-editor");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints inputs = new ColumnConstraints(220, 280, Double.MAX_VALUE);
        inputs.setHgrow(Priority.ALWAYS);
        ColumnConstraints units = new ColumnConstraints();
        units.setMinWidth(50);
        ColumnConstraints reasons = new ColumnConstraints(FieldReason.SIDE_WIDTH);
        getColumnConstraints().addAll(labels, inputs, units, reasons);
        var u = vm.units();

        ComboBox<SessionKind> kind = combo(SessionKind.values(), SessionKind::label, vm.kindProperty(), "kind");
        add("Kind", kind, "", null, vm);
        TextField title = text(vm.titleProperty(), "title", "e.g. Long run on the ridge");
        add("Title", title, "", Field.TITLE, vm);
        // The title is what one types first, new or edited, so the keyboard starts there (Enter saves).
        title.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(() -> {
                    title.requestFocus();
                    title.selectAll();
                });
            }
        });
        DatePicker date = dev.switchback.ui.common.DatePickers.keeping();
        date.setId("date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        date.setMaxWidth(Double.MAX_VALUE);
        add("Date", date, "", Field.DATE, vm);
        add("Start time", text(vm.startTimeProperty(), "start-time", "blank = any time that day"), "hh:mm",
                Field.START_TIME, vm);
        add("Duration", text(vm.durationProperty(), "duration", "1:30, 90 or 1.5h"), "h:mm", Field.DURATION, vm);
        add("Distance", text(vm.distanceProperty(), "distance", "0"), u.distanceUnit(), Field.DISTANCE, vm);
        add("Climb", text(vm.climbProperty(), "climb", "0"), u.climbUnit(), Field.CLIMB, vm);
        add("Descent", text(vm.descentProperty(), "descent", "0"), u.climbUnit(), Field.DESCENT, vm);
        add("Pack mass", text(vm.packProperty(), "pack", "0 = no pack"), u.massUnit(), Field.PACK, vm);
        Label share = new Label();
        share.setId("pack-share");
        share.getStyleClass().add("field-hint");
        share.textProperty().bind(vm.packShareProperty());
        add(share, 1, row++, 3, 1);
        add("Terrain", combo(Terrain.values(), Terrain::label, vm.terrainProperty(), "terrain"), "", null, vm);
        add("Intention", combo(Intention.values(), Intention::label, vm.intentionProperty(), "intention"), "", null,
                vm);
        add("Target effort (RPE)", text(vm.targetRpeProperty(), "rpe", "blank = estimate"), "0–10", Field.RPE, vm);
        add("Heart-rate zone", text(vm.hrZoneProperty(), "hr-zone", "blank = none"), "1-5", Field.HR_ZONE, vm);
        add("Notes", area(vm.notesProperty(), "notes"), "", Field.NOTES, vm);
        add("Plan for tomorrow", area(vm.nextDayPlanProperty(), "next-day"), "", Field.NEXT_DAY, vm);
        trailSection(vm);
        // rules across fields: under the last field, so it moves none; it takes room only when it has
        // something to say (a line kept free there would push the dialog past a 768-pixel screen)
        Label form = FieldReason.under("form-error", vm.errorProperty(Field.FORM), 0);
        form.managedProperty().bind(form.visibleProperty());
        form.setMaxWidth(Double.MAX_VALUE);
        add(form, 0, row++, 4, 1);
    }

    /** Turnaround, bailouts, expected conditions and route: shown for long days (issue 17). */
    private void trailSection(SessionEditorViewModel vm) {
        int first = row;
        Label heading = new Label("Out on the trail");
        heading.getStyleClass().add("section-heading");
        heading.setStyle("-fx-font-weight: bold; -fx-padding: 8 0 0 0;");
        add(heading, 0, row++, 4, 1);
        add("Turn around", text(vm.turnaroundProperty(), "turnaround", "13:30, after 3:30 or 14 km"), "",
                Field.TURNAROUND, vm);
        TextArea bail = area(vm.bailoutsProperty(), "bailouts");
        bail.setPrefRowCount(3);
        bail.setPromptText("one a line: Hütte at km 12, bus from the valley at 16:40");
        add("Bail out", bail, "", Field.BAILOUTS, vm);
        var weather = new HBox(10);
        weather.setId("conditions");
        for (Weather w : Weather.values()) {
            CheckBox box = new CheckBox(w.label());
            box.setId("condition-" + w.name().toLowerCase(java.util.Locale.ROOT));
            box.selectedProperty().bindBidirectional(vm.conditionProperty(w));
            weather.getChildren().add(box);
        }
        add("Expected", weather, "", null, vm);
        Label route = new Label();
        route.setId("route-summary");
        route.setWrapText(true);
        route.setMaxWidth(360);
        route.textProperty().bind(vm.routeSummaryProperty());
        Button attach = new Button("Attach GPX route…");
        attach.setId("attach-route");
        attach.setOnAction(e -> chooseRoute(vm));
        Button remove = new Button("Remove");
        remove.setId("remove-route");
        remove.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.routeProperty().get().isEmpty(), vm.routeProperty()));
        remove.setOnAction(e -> vm.removeRoute());
        var routeBox = new javafx.scene.layout.VBox(4, route, new HBox(6, attach, remove));
        add("Route", routeBox, "", Field.ROUTE, vm);
        for (Node n : getChildren()) {
            Integer r = GridPane.getRowIndex(n);
            // reasons show themselves when there is one; the rest follows "is this a long day"; on a short
            // day the rows take no room, reasons' boxes included
            if (r != null && r >= first) {
                if (!n.visibleProperty().isBound()) {
                    n.visibleProperty().bind(vm.longDayProperty());
                }
                n.managedProperty().bind(vm.longDayProperty());
            }
        }
    }

    private void chooseRoute(SessionEditorViewModel vm) {
        picker.choose(getScene() == null ? null : getScene().getWindow()).ifPresent(f -> vm.attachRoute(f, runner));
    }

    private void add(String label, Node input, String unit, Field field, SessionEditorViewModel vm) {
        Label l = new Label(label);
        l.setLabelFor(input);
        Label u = new Label(unit);
        u.getStyleClass().add("unit");
        add(l, 0, row);
        add(input, 1, row);
        add(u, 2, row);
        if (field != null) {
            Label err = input instanceof javafx.scene.layout.Region r
                    ? FieldReason.beside(input.getId() + "-error", vm.errorProperty(field), r)
                    : FieldReason.beside(input.getId() + "-error", vm.errorProperty(field));
            add(err, 3, row);
            GridPane.setValignment(err, javafx.geometry.VPos.TOP);
        }
        row++;
    }

    private static TextField text(StringProperty p, String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static TextArea area(StringProperty p, String id) {
        TextArea t = dev.switchback.ui.common.TextAreas.forForm();
        t.setId(id);
        t.setPrefRowCount(3);
        t.setWrapText(true);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static <T> ComboBox<T> combo(T[] values, Function<T, String> label, Property<T> p, String id) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().setAll(values);
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        StringConverter<T> conv = new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        c.setConverter(conv);
        c.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : label.apply(item));
            }
        });
        c.valueProperty().bindBidirectional(p);
        return c;
    }
}
