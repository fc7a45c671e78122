package dev.switchback.ui.log;

import dev.switchback.model.BodyArea;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Weather;
import dev.switchback.ui.common.BackgroundRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The "Log outing" form. Layout and bindings only; {@link OutingLogViewModel} does the work. */
public final class OutingLogView extends BorderPane {
    private final OutingLogViewModel vm;
    private final GpxFilePicker picker;
    private final BackgroundRunner runner;
    private final Runnable onClose;
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final Button importButton = new Button("Import track...");

    /** @param runner reads an imported track (the window's off the FX thread, with progress) */
    public OutingLogView(OutingLogViewModel vm, GpxFilePicker picker, BackgroundRunner runner, Runnable onClose) {
        this.vm = vm;
        this.picker = picker;
        this.runner = runner;
        this.onClose = onClose;
        getStyleClass().add("log-form");
        LogStyles.apply(this);
        setTop(header());
        ScrollPane scroll = dev.switchback.ui.common.ScreenFit.scrolling(form());
        setCenter(scroll);
        setBottom(footer());
    }

    private VBox header() {
        Label title = new Label(vm.windowTitle());
        title.getStyleClass().add("title-3");
        title.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        Label planned = new Label(vm.plannedSummary());
        planned.getStyleClass().add("planned-summary");
        planned.setWrapText(true);
        Label badge = new Label();
        badge.setId("log-compliance");
        Runnable showCompliance = () -> {
            Optional<OutingLogViewModel.Badge> c = vm.badgeProperty().get();
            badge.setVisible(c.isPresent());
            c.ifPresent(x -> LogStyles.showBadge(badge, x.text(), x.styleClass()));
        };
        vm.badgeProperty().addListener((obs, was, now) -> showCompliance.run());
        showCompliance.run();

        importButton.setId("log-import-gpx");
        importButton.setOnAction(e -> importGpx());
        progress.setId("log-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(vm.importProgressProperty());
        progress.visibleProperty().bind(vm.importingProperty());
        progressText.getStyleClass().add("hint");
        progressText.textProperty().bind(vm.importMessageProperty());
        importButton.disableProperty().bind(vm.importingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, badge, spacer, progressText, progress, importButton);
        row.setAlignment(Pos.CENTER_LEFT);

        Label gpx = new Label();
        gpx.setId("log-gpx-status");
        gpx.getStyleClass().add("gpx-status");
        gpx.setWrapText(true);
        gpx.textProperty().bind(vm.gpxStatusProperty());
        gpx.managedProperty().bind(gpx.textProperty().isNotEmpty());
        VBox top = new VBox(6, title, planned, row, gpx, new TrackPanel(vm));
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        ColumnConstraints fields = grow();
        fields.setMinWidth(190);
        g.getColumnConstraints().addAll(new ColumnConstraints(), fields, new ColumnConstraints(), grow());
        int r = 0;
        g.add(Controls.section("What you did"), 0, r++, 4, 1);

        DatePicker date = new DatePicker();
        date.setId("log-date");
        date.setConverter(Controls.DATE);
        date.setPrefWidth(190);
        date.valueProperty().bindBidirectional(vm.dateProperty());
        ComboBox<SessionKind> kind = new ComboBox<>();
        kind.setId("log-kind");
        kind.getItems().setAll(java.util.Arrays.stream(SessionKind.values()).filter(k -> !k.isRest()).toList());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(SessionKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public SessionKind fromString(String s) {
                return SessionKind.TRAIL_RUN;
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        addPair(g, r, "Date", date, "Kind", kind);
        r++;
        TextField title = Controls.field("log-title", vm.titleProperty(), 20, "e.g. Ridge loop");
        g.add(Controls.label("Title"), 0, r);
        g.add(title, 1, r++, 3, 1);
        // every measurement with its reason under it, checked as it is typed (Controls.withReason)
        addPair(g, r++, "Duration (h:mm)", Controls.withReason(Controls.numberField("log-duration",
                        vm.durationProperty(), 6, "1:30"), "log-duration", vm.fieldErrorProperty("duration"), 2),
                vm.distanceLabel(), Controls.withReason(Controls.numberField("log-distance", vm.distanceProperty(), 6,
                        vm.distanceExample()), "log-distance", vm.fieldErrorProperty("distance")));
        addPair(g, r++, vm.climbLabel(), Controls.withReason(Controls.numberField("log-climb", vm.climbProperty(), 6,
                        vm.climbExample()), "log-climb", vm.fieldErrorProperty("climb")),
                vm.descentLabel(), Controls.withReason(Controls.numberField("log-descent", vm.descentProperty(), 6,
                        vm.climbExample()), "log-descent", vm.fieldErrorProperty("descent")));
        addPair(g, r++, vm.packLabel(), Controls.withReason(Controls.numberField("log-pack", vm.packProperty(), 6,
                        "0"), "log-pack", vm.fieldErrorProperty("pack")),
                "Heart rate avg / max", new HBox(6,
                        Controls.withReason(Controls.numberField("log-avg-hr", vm.avgHeartRateProperty(), 4, "avg"),
                                "log-avg-hr", vm.fieldErrorProperty("avg-hr")),
                        Controls.withReason(Controls.numberField("log-max-hr", vm.maxHeartRateProperty(), 4, "max"),
                                "log-max-hr", vm.fieldErrorProperty("max-hr"))));

        g.add(Controls.section("Effort (CR-10)"), 0, r++, 4, 1);
        g.add(RatingSlider.forDouble("log-rpe", vm.rpeProperty(), 0, 10, Scales::rpe), 0, r++, 4, 1);
        Label anchors = new Label(String.join("  ·  ", Scales.rpeAnchors()));
        anchors.getStyleClass().add("hint");
        anchors.setWrapText(true);
        g.add(anchors, 0, r++, 4, 1);

        g.add(Controls.section("How it felt (1 awful .. 5 great)"), 0, r++, 4, 1);
        r = feelRow(g, r, "Before", "before", vm.feelBeforeProperty(), vm.feelBeforeWordsProperty());
        r = feelRow(g, r, "During", "during", vm.feelDuringProperty(), vm.feelDuringWordsProperty());
        r = feelRow(g, r, "After", "after", vm.feelAfterProperty(), vm.feelAfterWordsProperty());

        g.add(Controls.section("Body"), 0, r++, 4, 1);
        g.add(Controls.label("Soreness"), 0, r);
        g.add(Controls.intChoice("log-soreness", vm.sorenessLevelProperty(), 0, 7,
                v -> v == 0 ? "None" : Scales.hooperLevel(v)),
                1, r);
        FlowPane areas = new FlowPane(10, 6);
        areas.getChildren().addAll(Controls.checkBoxes("log-area-", BodyArea.values(), vm.sorenessAreas(),
                BodyArea::label));
        g.add(Controls.label("Where"), 2, r);
        g.add(areas, 3, r++);

        g.add(Controls.section("Conditions and fuel"), 0, r++, 4, 1);
        HBox weather = new HBox(12);
        weather.getChildren().addAll(Controls.checkBoxes("log-weather-", Weather.values(), vm.weather(),
                Weather::label));
        g.add(Controls.label("Weather"), 0, r);
        g.add(weather, 1, r++, 3, 1);
        g.add(Controls.label("Meals and hydration"), 0, r);
        g.add(Controls.field("log-meals", vm.mealsAndHydrationProperty(), 30, "e.g. 1.5 l water, 2 gels, sandwich"),
                1, r++, 3, 1);

        g.add(Controls.section("Notes and tomorrow"), 0, r++, 4, 1);
        TextArea notes = dev.switchback.ui.common.TextAreas.forForm();
        notes.setId("log-notes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        g.add(Controls.label("Notes"), 0, r);
        g.add(notes, 1, r++, 3, 1);
        g.add(Controls.label("Plan for tomorrow"), 0, r);
        g.add(Controls.field("log-next-day", vm.nextDayPlanProperty(), 30, "e.g. easy 30 min if the knee is fine"),
                1, r++, 3, 1);
        return g;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static void addPair(GridPane g, int row, String l1, javafx.scene.Node n1, String l2, javafx.scene.Node n2) {
        javafx.scene.control.Label a = Controls.label(l1);
        javafx.scene.control.Label b = Controls.label(l2);
        g.add(a, 0, row);
        g.add(n1, 1, row);
        g.add(b, 2, row);
        g.add(n2, 3, row);
        // next to a field with its reason line below, the label lines up with the field, not the pair
        for (javafx.scene.control.Label l : new javafx.scene.control.Label[] {a, b}) {
            GridPane.setValignment(l, javafx.geometry.VPos.TOP);
            l.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
        }
    }

    private static int feelRow(GridPane g, int r, String label, String id, javafx.beans.property.IntegerProperty score,
            javafx.beans.property.StringProperty words) {
        g.add(Controls.label(label), 0, r);
        g.add(Controls.intChoice("log-feel-" + id, score, 0, 5, Scales::feel), 1, r);
        g.add(Controls.field("log-feel-" + id + "-words", words, 20, "in your words"), 2, r, 2, 1);
        return r + 1;
    }

    private VBox footer() {
        Label error = Controls.errorLine("log-error", vm.errorProperty());
        HBox buttons = Controls.cancelAndSave("log", "Save log", vm::save, onClose);
        VBox box = new VBox(8, error, buttons);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private void importGpx() {
        vm.importGpx(picker.choose(getScene() == null ? null : getScene().getWindow()), runner);
    }
}
