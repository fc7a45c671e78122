package dev.switchback.ui.settings;

import atlantafx.base.theme.Styles;
import dev.switchback.model.Experience;
import dev.switchback.model.Sex;
import dev.switchback.model.Units;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.app.Theme;
import dev.switchback.ui.common.BackgroundRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The athlete and settings form: each field's reason beside it (a rule's thresholds' beside the rule's switch)
 * in a box of fixed size, so nothing moves as reasons come and go; Apply as one undoable edit.
 */
public final class SettingsView extends BorderPane {
    private static final String STYLESHEET = SettingsView.class.getResource("settings.css").toExternalForm();

    private final SettingsViewModel model;
    private final Label folderProblem = new Label();
    /** The window's runner: opening the folder can block while the file manager starts. */
    private final BackgroundRunner runner;

    /**
     * The form for the window's settings dialog or side panel.
     *
     * @param theme the application's theme property; the app applies its value
     * @param dataFolder the data folder to show, e.g. {@code Optional.of(DataFolder.resolve())}
     */
    public static SettingsView create(PlanDocument document, ObjectProperty<Theme> theme, Optional<Path> dataFolder,
            BackgroundRunner runner) {
        return new SettingsView(SettingsViewModel.standard(document, theme, dataFolder), runner);
    }

    /**
     * Shows the form in a modal dialog: OK applies (and stays open while a field is invalid),
     * Cancel drops the edits.
     */
    public static void showDialog(Window owner, PlanDocument document, ObjectProperty<Theme> theme,
            Optional<Path> dataFolder, BackgroundRunner runner) {
        SettingsView view = create(document, theme, dataFolder, runner);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Athlete and settings");
        dialog.getDialogPane().setContent(view);
        dialog.getDialogPane().setPrefSize(880, 720);
        dev.switchback.ui.common.ScreenFit.fit(dialog);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        view.setButtonsVisible(false);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!view.model.apply()) {
                e.consume();
            }
        });
        dialog.showAndWait();
    }

    private final HBox buttons;

    public SettingsView(SettingsViewModel model, BackgroundRunner runner) {
        this.model = model;
        this.runner = java.util.Objects.requireNonNull(runner, "runner");
        getStyleClass().add("settings-view");
        getStylesheets().add(STYLESHEET);

        Label title = new Label("Athlete and settings");
        title.getStyleClass().add(Styles.TITLE_3);

        GridPane athlete = grid();
        int row = 0;
        row = addField(athlete, row, "Name", text(model.athlete().nameProperty(), "name", 20), "", model.athlete().nameErrorProperty());
        TextField mass = text(model.athlete().bodyMassProperty(), "body-mass", 6);
        Label massUnit = new Label();
        massUnit.textProperty().bind(model.athlete().bodyMassUnitProperty());
        row = addField(athlete, row, "Body mass", withUnit(mass, massUnit), "", model.athlete().bodyMassErrorProperty());
        row = addField(athlete, row, "Maximum heart rate", withUnit(text(model.athlete().maxHeartRateProperty(), "max-hr", 6),
                new Label("bpm")), "optional", model.athlete().maxHeartRateErrorProperty());
        row = addField(athlete, row, "Resting heart rate", withUnit(text(model.athlete().restingHeartRateProperty(), "resting-hr", 6),
                new Label("bpm")), "optional", model.athlete().restingHeartRateErrorProperty());
        addField(athlete, row, "Sex", combo(model.athlete().sexProperty(), Sex.values(), SettingsView::sexLabel, "sex"),
                "chooses the heart-rate load constants", null);

        GridPane display = grid();
        row = addField(display, 0, "Units", combo(model.athlete().unitsProperty(), Units.values(), SettingsView::unitsLabel,
                "units"), "", null);
        addField(display, row, "Theme", combo(model.themeProperty(), Theme.values(), SettingsView::themeLabel, "theme"),
                "applies at once", null);

        GridPane presetGrid = grid();
        addField(presetGrid, 0, "Rule preset", combo(model.thresholds().presetProperty(), Experience.values(),
                SettingsView::presetLabel, "preset"), "novices get earlier warnings", null);
        VBox rules = new VBox(10, presetGrid, rulesList());

        VBox content = new VBox(14, title,
                section("Athlete"), athlete,
                section("Display"), display,
                section("Rules"), rules,
                section("Data folder"), folderRow());

        Button revert = new Button("Revert");
        revert.setId("settings-revert");
        revert.disableProperty().bind(model.changedProperty().not());
        revert.setOnAction(e -> model.reset());
        Button apply = new Button("Apply");
        apply.setId("settings-apply");
        apply.setDefaultButton(true);
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(model.changedProperty().not());
        apply.setOnAction(e -> model.apply());
        ButtonBar.setButtonData(apply, ButtonBar.ButtonData.APPLY);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        buttons = new HBox(8, spacer, revert, apply);
        buttons.getStyleClass().add("settings-buttons");
        content.getStyleClass().add("settings-content");
        // The form scrolls; Apply and Revert stay in sight below it.
        ScrollPane scroll = dev.switchback.ui.common.ScreenFit.scrolling(content);
        scroll.getStyleClass().add("settings-scroll");
        setCenter(scroll);
        setBottom(buttons);
    }

    public SettingsViewModel viewModel() {
        return model;
    }

    void setButtonsVisible(boolean visible) {
        buttons.setVisible(visible);
        buttons.setManaged(visible);
    }

    private Node rulesList() {
        VBox list = new VBox(8);
        list.getStyleClass().add("rule-list");
        if (model.thresholds().rules().isEmpty()) {
            Label none = new Label("No rules to adjust: the rule book of this version is empty.");
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            list.getChildren().add(none);
        }
        for (RuleEntry r : model.thresholds().rules()) {
            CheckBox on = new CheckBox(r.title());
            on.setId("rule-" + r.id());
            on.selectedProperty().bindBidirectional(r.enabledProperty());
            on.getStyleClass().add("rule-title");
            // a rule's name is read whole: the reason beside it gives way
            on.setMinWidth(Region.USE_PREF_SIZE);
            HBox title = new HBox(12, on);
            title.setAlignment(Pos.TOP_LEFT);
            FlowPane fields = new FlowPane(16, 6);
            fields.setPadding(new Insets(0, 0, 0, 26));
            for (ThresholdField f : r.thresholds()) {
                TextField tf = new TextField();
                tf.setId("threshold-" + f.key());
                tf.setPrefColumnCount(5);
                tf.textProperty().bindBidirectional(f.textProperty());
                tf.promptTextProperty().bind(f.presetValueProperty().asString("%s"));
                tf.disableProperty().bind(r.enabledProperty().not());
                Label name = new Label(words(f.name()));
                name.getStyleClass().add(Styles.TEXT_SMALL);
                HBox field = new HBox(6, name, tf);
                field.setAlignment(Pos.CENTER_LEFT);
                fields.getChildren().add(field);
            }
            if (!r.thresholds().isEmpty()) {
                // the title line has room to its right: one line there says what is wrong with any threshold
                javafx.beans.Observable[] errors = r.thresholds().stream().map(ThresholdField::errorProperty)
                        .toArray(javafx.beans.Observable[]::new);
                var reasons = javafx.beans.binding.Bindings.createStringBinding(() -> String.join(" ",
                        r.thresholds().stream().map(t -> t.errorProperty().get()).filter(e -> !e.isEmpty())
                                .toList()), errors);
                Label why = dev.switchback.ui.common.FieldReason.fixed("rule-" + r.id() + "-error", reasons, 1,
                        dev.switchback.ui.common.FieldReason.MAX_WIDTH);
                why.getStyleClass().add(Styles.TEXT_SMALL);
                title.getChildren().add(why);
            }
            list.getChildren().add(new VBox(4, title, fields));
        }
        if (model.thresholds().keptUnknownSettings() > 0) {
            Label kept = new Label(model.thresholds().keptUnknownSettings()
                    + " setting(s) for rules this version does not know are kept unchanged.");
            kept.getStyleClass().add("hint");
            list.getChildren().add(kept);
        }
        return list;
    }

    private Node folderRow() {
        TextField path = new TextField(model.dataFolder().map(Path::toString).orElse("No data folder"));
        path.setId("data-folder");
        path.setEditable(false);
        HBox.setHgrow(path, Priority.ALWAYS);
        HBox row = new HBox(8, path);
        row.setAlignment(Pos.CENTER_LEFT);
        if (model.dataFolder().isPresent() && dev.switchback.ui.common.DesktopFolders.canOpen()) {
            Button open = new Button("Open folder", new FontIcon(MaterialDesignF.FOLDER_OPEN));
            open.setOnAction(e -> openFolder(model.dataFolder().get()));
            row.getChildren().add(open);
        }
        folderProblem.getStyleClass().addAll("field-error", Styles.TEXT_SMALL);
        folderProblem.setWrapText(true);
        folderProblem.visibleProperty().bind(folderProblem.textProperty().isNotEmpty());
        folderProblem.managedProperty().bind(folderProblem.visibleProperty());
        return new VBox(4, row, folderProblem);
    }

    private void openFolder(Path folder) {
        folderProblem.setText("");
        dev.switchback.ui.common.DesktopFolders.open(runner, folder, folderProblem::setText);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        var labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setHalignment(HPos.RIGHT);
        var fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    /** Adds a labelled field with a hint and its reason beside it; returns the next row. */
    private static int addField(GridPane g, int row, String label, Node field, String hint,
            ReadOnlyStringProperty error) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(10, field);
        line.setAlignment(Pos.CENTER_LEFT);
        if (!hint.isEmpty()) {
            Label h = new Label(hint);
            h.getStyleClass().addAll("hint", Styles.TEXT_SMALL);
            h.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(h);
        }
        if (error != null) {
            // as high as the field beside it: no line of the form grows when a reason comes
            Label why = field instanceof Region r ? dev.switchback.ui.common.FieldReason.beside(null, error, r)
                    : errorLabel(error);
            why.getStyleClass().add(Styles.TEXT_SMALL);
            line.getChildren().add(why);
        }
        g.add(l, 0, row);
        g.add(line, 1, row);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new Insets(5, 0, 0, 0));
        return row + 1;
    }

    private static Label errorLabel(ReadOnlyStringProperty error) {
        Label e = dev.switchback.ui.common.FieldReason.beside(null, error);
        e.getStyleClass().add(Styles.TEXT_SMALL);
        return e;
    }

    private static TextField text(javafx.beans.property.StringProperty p, String id, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(columns);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static Node withUnit(TextField field, Label unit) {
        unit.getStyleClass().add("unit");
        // a unit is read whole or not at all: the field gives way, not "bpm"
        unit.setMinWidth(Region.USE_PREF_SIZE);
        field.setMinWidth(Region.USE_PREF_SIZE);
        HBox h = new HBox(6, field, unit);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static <T> ComboBox<T> combo(ObjectProperty<T> p, T[] values, Function<T, String> label, String id) {
        ComboBox<T> c = new ComboBox<>(FXCollections.observableArrayList(values));
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : label.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        c.valueProperty().bindBidirectional(p);
        return c;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("section-title", Styles.TITLE_4);
        return l;
    }

    /** "warnRatio" as "warn ratio": the parameter names are code names. */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ENGLISH);
    }

    static String themeLabel(Theme t) {
        return switch (t) {
            case LIGHT -> "Light";
            case DARK -> "Dark";
        };
    }

    static String sexLabel(Sex s) {
        return switch (s) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            case UNSPECIFIED -> "Not specified";
        };
    }

    static String unitsLabel(Units u) {
        return switch (u) {
            case METRIC -> "Metric (km, kg, m)";
            case IMPERIAL -> "Imperial (mi, lb, ft)";
        };
    }

    static String presetLabel(Experience e) {
        return switch (e) {
            case NOVICE -> "Novice";
            case EXPERIENCED -> "Experienced";
        };
    }
}
