package dev.switchback.ui.month;

import dev.switchback.ui.month.MonthViewModel.DayCell;
import dev.switchback.ui.month.MonthViewModel.Entry;
import dev.switchback.ui.month.MonthViewModel.WeekRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Four to six weeks at a glance: a row per ISO week with its load, findings and phase on the left
 * and each day's sessions; clicking a week (or Enter on it) opens it in the week view. Draws what
 * {@link MonthViewModel} computes.
 */
public final class MonthView extends BorderPane {
    private static final String STYLESHEET = MonthView.class.getResource("month.css").toExternalForm();
    private final MonthViewModel vm;
    private final GridPane grid = new GridPane();
    private final Consumer<LocalDate> onOpen;

    /**
     * @param onOpen after the week is put on screen: the window switches to the week tab
     * @param onPrint prints the month as one page
     */
    public MonthView(MonthViewModel vm, Consumer<LocalDate> onOpen, Runnable onPrint) {
        this.vm = vm;
        this.onOpen = onOpen;
        setId("month-view");
        getStyleClass().add("month-view");
        getStylesheets().add(STYLESHEET);

        Button prev = icon(MaterialDesignC.CHEVRON_LEFT, "Previous month", "prev-month");
        prev.setOnAction(e -> vm.previousMonth());
        Button next = icon(MaterialDesignC.CHEVRON_RIGHT, "Next month", "next-month");
        next.setOnAction(e -> vm.nextMonth());
        Button now = new Button("This month", new FontIcon(MaterialDesignC.CALENDAR_TODAY));
        now.setId("this-month");
        now.setOnAction(e -> vm.thisMonth());
        Label title = new Label();
        title.setId("month-title");
        title.getStyleClass().add("month-title");
        title.textProperty().bind(vm.titleProperty());
        Label goal = new Label("", new FontIcon(MaterialDesignF.FLAG_CHECKERED));
        goal.setId("month-goal");
        goal.getStyleClass().add("month-goal");
        goal.textProperty().bind(vm.goalProperty());
        goal.setMinWidth(0);
        // at 1366 px "Goal: ... · 2 Jan 2027 · in 4 weeks" is wider than its room: two lines, not "in..."
        goal.setWrapText(true);
        goal.setMinHeight(Region.USE_PREF_SIZE);
        goal.setTooltip(new Tooltip());
        goal.getTooltip().textProperty().bind(vm.goalProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button print = new Button("Print month", new FontIcon(MaterialDesignP.PRINTER));
        print.setId("print-month");
        print.setTooltip(new Tooltip("Print these weeks on one page: load, phases, trips and goals per week"));
        print.setOnAction(e -> onPrint.run());
        HBox header = new HBox(8, prev, now, next, title, goal, spacer, print);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("month-header");
        for (var n : List.of(prev, now, next, title, print)) {
            n.setMinWidth(Region.USE_PREF_SIZE);
        }
        setTop(header);

        grid.getStyleClass().add("month-grid");
        ColumnConstraints weekColumn = new ColumnConstraints(120, 150, 190);
        grid.getColumnConstraints().add(weekColumn);
        for (int i = 0; i < 7; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            c.setPercentWidth(-1);
            c.setMinWidth(60);
            c.setPrefWidth(100);
            grid.getColumnConstraints().add(c);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        vm.weeksProperty().addListener(x -> draw());
        draw();
    }

    private static Button icon(org.kordamp.ikonli.Ikon icon, String tip, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(tip));
        b.setId(id);
        return b;
    }

    private void draw() {
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        grid.add(new Label(""), 0, 0);
        List<String> names = MonthViewModel.weekdays();
        for (int i = 0; i < 7; i++) {
            Label l = new Label(names.get(i));
            l.getStyleClass().add("month-weekday");
            grid.add(l, i + 1, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        int r = 1;
        for (WeekRow w : vm.weeksProperty().get()) {
            grid.add(weekCell(w), 0, r);
            for (int i = 0; i < w.days().size(); i++) {
                grid.add(dayCell(w, w.days().get(i)), i + 1, r);
            }
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setFillHeight(true);
            grid.getRowConstraints().add(rc);
            r++;
        }
    }

    private VBox weekCell(WeekRow w) {
        Label iso = new Label(w.isoWeek() + " · " + w.dates());
        iso.getStyleClass().add("month-week-label");
        Label phase = new Label(w.phase());
        phase.getStyleClass().addAll("month-phase", "phase-" + w.phase().toLowerCase(Locale.ROOT));
        phase.setVisible(!w.phase().isEmpty());
        phase.setManaged(!w.phase().isEmpty());
        Label load = new Label("Load " + w.load());
        load.getStyleClass().add("month-load");
        load.setId("month-load-" + w.monday());
        // "Load 455 of 2185 AU" is wider than the week's column at 1440 px: it wraps rather than ends in "..."
        load.setWrapText(true);
        load.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label findings = new Label(w.findings());
        findings.setId("month-findings-" + w.monday());
        findings.getStyleClass().add("month-findings");
        if (w.hasFindings()) {
            findings.getStyleClass().add(w.severityClass());
        }
        findings.setWrapText(true);
        VBox cell = new VBox(2, iso, phase, load, findings);
        cell.getStyleClass().add("month-week");
        cell.setId("month-week-" + w.monday());
        if (w.onScreen()) {
            cell.getStyleClass().add("on-screen");
        }
        wireOpen(cell, w.monday());
        cell.setFocusTraversable(true);
        cell.setMaxHeight(Double.MAX_VALUE);
        Tooltip.install(cell, new Tooltip("Open the week of " + w.dates()));
        return cell;
    }

    private VBox dayCell(WeekRow w, DayCell d) {
        Label date = new Label(d.dayOfMonth());
        date.getStyleClass().add("month-date");
        VBox cell = new VBox(2, date);
        cell.getStyleClass().add("month-day");
        cell.setId("month-day-" + d.date());
        if (!d.inMonth()) {
            cell.getStyleClass().add("outside");
        }
        if (d.today()) {
            cell.getStyleClass().add("today");
        }
        if (w.onScreen()) {
            cell.getStyleClass().add("on-screen");
        }
        d.tripStage().ifPresent(s -> {
            Label trip = new Label(s);
            trip.getStyleClass().add("month-trip");
            trip.setMinWidth(0);
            trip.setWrapText(true);
            trip.setMaxHeight(40); // two lines at most; the whole stage is in the tooltip
            Tooltip.install(trip, new Tooltip(s));
            cell.getChildren().add(trip);
        });
        for (Entry e : d.entries()) {
            // "1 h 05" stays on one line: a wrap may fall between the kind and the time, never inside it
            Label l = new Label(e.duration().isEmpty() ? e.kind()
                    : e.kind() + " " + e.duration().replace(' ', '\u00a0'));
            l.getStyleClass().addAll("month-entry", e.styleClass());
            if (e.done()) {
                l.getStyleClass().add("done");
            }
            l.setMinWidth(0);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            Tooltip.install(l, new Tooltip(e.title()));
            cell.getChildren().add(l);
        }
        wireOpen(cell, w.monday());
        cell.setMaxHeight(Double.MAX_VALUE);
        cell.setMaxWidth(Double.MAX_VALUE);
        return cell;
    }

    private void wireOpen(Region node, LocalDate monday) {
        node.setOnMouseClicked(e -> open(monday));
        node.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open(monday);
                e.consume();
            }
        });
    }

    private void open(LocalDate monday) {
        vm.openWeek(monday);
        onOpen.accept(monday);
    }
}
