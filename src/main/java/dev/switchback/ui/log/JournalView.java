package dev.switchback.ui.log;

import dev.switchback.format.Dates;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.OutingLog;
import dev.switchback.model.SessionKind;
import dev.switchback.ui.app.PlanDocument;
import java.util.ArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The journal: filters on top, past outings on the left, planned vs actual of the chosen one on the right. */
public final class JournalView extends BorderPane {

    private final JournalViewModel vm;

    public JournalView(JournalViewModel vm, Consumer<OutingLog> onEdit) {
        this.vm = vm;
        setId("journal");
        getStyleClass().add("journal");
        LogStyles.apply(this);
        setTop(filterBar());
        ListView<JournalEntry> list = new ListView<>(vm.entries());
        list.setId("journal-list");
        list.setCellFactory(lv -> new EntryCell(vm::units));
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null || vm.entries().isEmpty()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, was, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        list.setPlaceholder(new Label("No outings match. Clear the filters to see every outing."));
        SplitPane split = new SplitPane(list, detail(onEdit));
        split.setDividerPositions(0.42);
        setCenter(split);
    }

    /** The journal for the window, editing an outing in the full log dialog. */
    public static JournalView create(PlanDocument document) {
        JournalView[] self = new JournalView[1];
        self[0] = new JournalView(new JournalViewModel(document), log -> LogActions.editLog(document, log.id(),
                self[0].getScene() == null ? null : self[0].getScene().getWindow()));
        return self[0];
    }

    public JournalViewModel viewModel() {
        return vm;
    }

    private VBox filterBar() {
        TextField search = new TextField();
        search.setId("journal-search");
        search.setPromptText("Search title, notes, feel...");
        search.setPrefColumnCount(16);
        search.textProperty().bindBidirectional(vm.searchProperty());

        ComboBox<SessionKind> kind = new ComboBox<>();
        kind.setId("journal-kind");
        var kinds = new ArrayList<SessionKind>();
        kinds.add(null);
        kinds.addAll(java.util.Arrays.stream(SessionKind.values()).filter(k -> !k.isRest()).toList());
        kind.getItems().setAll(kinds);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(SessionKind k) {
                return k == null ? "Any kind" : k.label();
            }

            @Override
            public SessionKind fromString(String s) {
                return null;
            }
        });
        kind.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(SessionKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(k == null ? "Any kind" : k.label());
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        DatePicker from = new DatePicker();
        from.setId("journal-from");
        from.setPromptText("from");
        from.setPrefWidth(130);
        from.setConverter(Controls.DATE);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("journal-to");
        to.setPromptText("to");
        to.setPrefWidth(130);
        to.setConverter(Controls.DATE);
        to.valueProperty().bindBidirectional(vm.toProperty());

        CheckBox bad = new CheckBox("Felt bad");
        bad.setId("journal-felt-bad");
        bad.selectedProperty().bindBidirectional(vm.feltBadProperty());
        TextField pack = Controls.numberField("journal-pack", vm.packAboveProperty(), 4, vm.units().massUnit());
        Button clear = new Button("Clear");
        clear.setId("journal-clear");
        clear.setOnAction(e -> vm.clearFilters());
        Label count = new Label();
        count.setId("journal-count");
        count.textProperty().bind(vm.summaryProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.filterErrorProperty());

        FlowPane bar = new FlowPane(8, 6, search, kind, from, new Label("to"), to, bad,
                new HBox(4, new Label("Pack over"), pack, new Label(vm.units().massUnit())), clear, count);
        bar.getStyleClass().add("filter-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().stream().filter(n -> n instanceof HBox).forEach(n -> ((HBox) n).setAlignment(Pos.CENTER_LEFT));
        VBox top = new VBox(bar, error);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        return top;
    }

    private VBox detail(Consumer<OutingLog> onEdit) {
        Label title = new Label("Pick an outing to see it planned vs actual");
        title.setId("journal-detail-title");
        title.getStyleClass().add("detail-title");
        TableView<ComparisonRow> table = new TableView<>(vm.comparison());
        table.setId("journal-comparison");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // no fixed row height: a long note wraps and its row grows, so every cell reads whole in place
        table.getColumns().add(column("", ComparisonRow::label, 0.26));
        table.getColumns().add(column("Planned", ComparisonRow::planned, 0.32));
        table.getColumns().add(column("Actual", ComparisonRow::actual, 0.42));
        table.setPlaceholder(new Label(""));
        Button edit = new Button("Edit log...");
        edit.setId("journal-edit");
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        edit.setOnAction(e -> {
            JournalEntry entry = vm.selectedProperty().get();
            if (entry != null) {
                onEdit.accept(entry.log());
            }
        });
        vm.selectedProperty().addListener((obs, was, now) -> title.setText(now == null
                ? "Pick an outing to see it planned vs actual"
                : now.log().displayTitle() + ", " + Dates.weekdayDayYear(now.log().date())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, edit);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(0, 8, 0, 0));
        VBox box = new VBox(4, head, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<ComparisonRow, String> column(String name,
            java.util.function.Function<ComparisonRow, String> value, double share) {
        TableColumn<ComparisonRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setSortable(false);
        c.setPrefWidth(700 * share);
        c.setCellFactory(col -> new WrappingCell());
        return c;
    }

    /**
     * A cell whose text wraps at its column's width and whose row grows to hold it, never "...": a row asks its
     * cells for their height at no width, at which a wrapping label is one line, so the cell draws its text as a
     * {@link javafx.scene.text.Text} that wraps at the column's width (in the cell's own font and colour, which
     * the theme and the selection set) and keeps the text as its own for reading aloud.
     */
    static final class WrappingCell extends javafx.scene.control.TableCell<ComparisonRow, String> {
        private final javafx.scene.text.Text shown = new javafx.scene.text.Text();

        WrappingCell() {
            getStyleClass().add("comparison-cell");
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            shown.getStyleClass().add("comparison-text");
            shown.fontProperty().bind(fontProperty());
            shown.fillProperty().bind(textFillProperty());
            tableColumnProperty().addListener((obs, was, now) -> {
                shown.wrappingWidthProperty().unbind();
                if (now != null) {
                    shown.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                            () -> Math.max(0, now.getWidth() - snappedLeftInset() - snappedRightInset() - 1),
                            now.widthProperty(), insetsProperty()));
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null;
            setText(blank ? null : item);
            shown.setText(blank ? "" : item);
            setGraphic(blank ? null : shown);
        }
    }

    /** Date and title, a line of numbers and the compliance badge. */
    private static final class EntryCell extends ListCell<JournalEntry> {
        private final java.util.function.Supplier<dev.switchback.format.UnitFormat> unitsNow;

        EntryCell(java.util.function.Supplier<dev.switchback.format.UnitFormat> unitsNow) {
            this.unitsNow = unitsNow;
            // as wide as the list, never wider: a long title or line of numbers wraps instead of scrolling the
            // list sideways at 1366 px (the list takes the cells' widest preferred width otherwise)
            setPrefWidth(0);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        /**
         * The height of the entry at the cell's width: a Labeled asks its graphic for its height at no width, which
         * is one line of each text and cut the wrapped title short with "...".
         */
        @Override
        protected double computePrefHeight(double width) {
            javafx.scene.Node graphic = getGraphic();
            if (graphic == null || width < 0) {
                return super.computePrefHeight(width);
            }
            Insets in = getInsets();
            return in.getTop() + in.getBottom() + graphic.prefHeight(width - in.getLeft() - in.getRight());
        }

        @Override
        protected void updateItem(JournalEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            var units = unitsNow.get();
            OutingLog l = e.log();
            Label title = new Label(Dates.weekdayDayYear(l.date()) + "  " + l.displayTitle());
            title.getStyleClass().add("entry-title");
            title.setWrapText(true);
            title.setMinWidth(0);
            var numbers = new ArrayList<String>();
            numbers.add(l.kind().label());
            numbers.add(UnitFormat.durationInput(l.duration()));
            if (l.distanceM() > 0) {
                numbers.add(units.distance(l.distanceM()));
            }
            if (l.climbM() > 0) {
                numbers.add(units.climb(l.climbM()) + " up");
            }
            if (l.packKg() > 0) {
                numbers.add(units.mass(l.packKg()) + " pack");
            }
            numbers.add("RPE " + UnitFormat.plain(l.rpe()));
            if (e.feltBad()) {
                numbers.add("felt bad");
            }
            Label line = new Label(String.join(" · ", numbers));
            line.getStyleClass().add("entry-numbers");
            line.setWrapText(true);
            line.setMinWidth(0);
            Label badge = LogStyles.complianceBadge(e.compliance());
            badge.setMinWidth(Region.USE_PREF_SIZE);
            // the title takes the room the badge leaves, wrapping at a word; the badge stays at the right edge
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            HBox top = new HBox(6, title, badge);
            top.setAlignment(Pos.TOP_LEFT);
            setText(null);
            setGraphic(new VBox(2, top, line));
        }
    }
}
