package dev.switchback.ui.week;

import dev.switchback.model.SessionId;
import dev.switchback.ui.week.WeekModels.Card;
import dev.switchback.ui.week.WeekModels.Day;
import dev.switchback.ui.week.WeekModels.Season;
import dev.switchback.ui.week.WeekModels.SeasonSegment;
import dev.switchback.ui.week.WeekModels.Summary;
import dev.switchback.ui.week.WeekModels.SummaryItem;
import dev.switchback.ui.week.WeekModels.TripBand;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The main screen: week header with navigation, the season band, seven day columns with cards and
 * trip bands, and the week's totals. It draws what {@link WeekViewModel} computes and forwards
 * clicks and drags to it.
 */
public final class WeekView extends BorderPane {
    private final WeekViewModel vm;
    private final GridPane grid = new GridPane();
    private final VBox seasonBox = new VBox();
    private final GridPane summaryBox = new GridPane();
    private final List<Region> summaryItems = new java.util.ArrayList<>();
    private int summaryRows;
    private final VBox footer = new VBox(6);
    private final Map<LocalDate, VBox> dayBodies = new HashMap<>();
    private final Map<SessionId, SessionCardView> cards = new HashMap<>();
    private final DatePicker picker = dev.switchback.ui.common.DatePickers.keeping();

    private SessionCardView dragged;
    private Point2D dragStart;
    private boolean dragging;
    private VBox dropTarget;

    public WeekView(WeekViewModel vm) {
        this.vm = vm;
        getStyleClass().add("week-view");
        setId("week-view");

        Button prev = iconButton(MaterialDesignC.CHEVRON_LEFT, "Previous week (Alt+Left, Page Up)", "prev-week");
        prev.setOnAction(e -> vm.previousWeek());
        Button next = iconButton(MaterialDesignC.CHEVRON_RIGHT, "Next week (Alt+Right, Page Down)", "next-week");
        next.setOnAction(e -> vm.nextWeek());
        Button today = new Button("Today", new FontIcon(MaterialDesignC.CALENDAR_TODAY));
        today.setId("today");
        today.setOnAction(e -> vm.goToToday());
        Label title = new Label();
        title.setId("week-title");
        title.getStyleClass().add("week-title");
        title.textProperty().bind(vm.weekTitleProperty());
        picker.setId("week-picker");
        picker.setPromptText("Go to date");
        picker.setPrefWidth(150);
        picker.setOnAction(e -> vm.goTo(picker.getValue()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copyWeek = iconButton(MaterialDesignC.CONTENT_COPY, "Copy last week's sessions into this week",
                "copy-last-week");
        copyWeek.setOnAction(e -> vm.copyLastWeek());
        Button addTrip = new Button("Trip", new FontIcon(MaterialDesignT.TENT));
        addTrip.setId("add-trip");
        addTrip.setTooltip(new Tooltip("Add a multi-day trip starting on the selected day"));
        addTrip.setOnAction(e -> vm.addTrip());
        Button add = new Button("Session", new FontIcon(MaterialDesignP.PLUS));
        add.setId("add-session");
        add.getStyleClass().add("accent");
        add.setTooltip(new Tooltip("Add a session on the selected day (Ctrl+N)"));
        add.setOnAction(e -> vm.addSession());
        HBox header = new HBox(prev, today, next, title, spacer, picker, copyWeek, addTrip, add);
        header.getStyleClass().add("week-header");
        // Only the gap gives way when the window narrows: a clipped "Tod..." helps no one.
        for (var n : header.getChildren()) {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        seasonBox.getStyleClass().add("season-band");
        setTop(new VBox(header, seasonBox, adjustBanner()));

        grid.getStyleClass().add("week-grid");
        for (int i = 0; i < 7; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 7);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        // the week itself takes the focus, so that arrow keys move between days and cards
        scroll.setFocusTraversable(false);
        setCenter(scroll);
        setFocusTraversable(true);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, this::arrowKeys);

        summaryBox.getStyleClass().add("week-summary");
        summaryBox.setId("week-summary");
        summaryBox.setHgap(8);
        summaryBox.setVgap(8);
        summaryBox.widthProperty().addListener((obs, was, now) -> layoutSummary(false));
        footer.getChildren().add(summaryBox);
        setBottom(footer);

        setOnContextMenuRequested(this::keyboardMenu);
        acceptActivityFiles();
        vm.daysProperty().addListener(x -> rebuild());
        vm.tripsProperty().addListener(x -> rebuild());
        vm.summaryProperty().addListener(x -> drawSummary());
        vm.seasonProperty().addListener(x -> drawSeason());
        vm.selectedProperty().addListener(x -> markSelection());
        vm.focusedDayProperty().addListener(x -> markFocus());
        vm.document().highlightedDates().addListener((javafx.collections.SetChangeListener<LocalDate>) c ->
                markHighlights());
        vm.document().weekStartProperty().addListener(x -> picker.setValue(null));
        rebuild();
        drawSummary();
        drawSeason();
    }

    /**
     * Arrow keys without modifiers: Left / Right the day before or after (into the next week at the
     * ends), Up / Down the card above or below; Enter on a day without a selected card adds one
     * there, on a card edits it. Ctrl+Left / Right (move the card) stay with the menu.
     */
    private void arrowKeys(javafx.scene.input.KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShiftDown() || e.isShortcutDown()) {
            return;
        }
        switch (e.getCode()) {
            case LEFT -> vm.moveFocusBy(-1);
            case RIGHT -> vm.moveFocusBy(1);
            case UP -> vm.moveSelectionBy(-1);
            case DOWN -> vm.moveSelectionBy(1);
            case ENTER -> {
                if (vm.selectedProperty().get().isPresent()) {
                    vm.editSelected();
                } else {
                    vm.addSession(vm.focusedDayProperty().get());
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * "Adjust the coming days" with the reason in words, shown while there is one (a missed session, outings
     * logged harder than planned, signs of tiredness); the button is in the tab order, so the keyboard reaches it.
     */
    private HBox adjustBanner() {
        Label reason = new Label();
        reason.setId("adjust-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(vm.adjustReasonProperty());
        reason.setTooltip(new Tooltip());
        reason.getTooltip().textProperty().bind(vm.adjustReasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.setMaxHeight(40);
        Button adjust = new Button("Adjust the coming days…", new FontIcon(MaterialDesignC.CALENDAR_EDIT));
        adjust.setId("adjust-coming-days");
        adjust.setMinWidth(Region.USE_PREF_SIZE);
        adjust.setTooltip(new Tooltip("Options for the coming days, each checked by the rules"));
        adjust.setOnAction(e -> vm.adjustComingDays());
        HBox banner = new HBox(10, new FontIcon(MaterialDesignI.INFORMATION_OUTLINE), reason, adjust);
        banner.setId("adjust-banner");
        banner.getStyleClass().add("adjust-banner");
        banner.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        banner.setPadding(new javafx.geometry.Insets(6, 12, 6, 12));
        var shown = vm.adjustReasonProperty().isNotEmpty();
        banner.visibleProperty().bind(shown);
        banner.managedProperty().bind(shown);
        return banner;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(tip));
        b.setId(id);
        return b;
    }

    // ---- drawing ----

    private void rebuild() {
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        dayBodies.clear();
        cards.clear();
        List<Day> days = vm.days();
        List<TripBand> trips = vm.tripsProperty().get();
        for (int i = 0; i < days.size(); i++) {
            grid.add(header(days.get(i)), i, 0);
        }
        int row = 1;
        for (TripBand t : trips) {
            grid.add(tripBand(t), t.firstColumn(), row, t.span(), 1);
            row++;
        }
        for (int i = 0; i < row; i++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.NEVER);
            grid.getRowConstraints().add(rc);
        }
        RowConstraints bodyRow = new RowConstraints();
        bodyRow.setVgrow(Priority.ALWAYS);
        bodyRow.setFillHeight(true);
        grid.getRowConstraints().add(bodyRow);
        for (int i = 0; i < days.size(); i++) {
            grid.add(body(days.get(i)), i, row);
        }
        markSelection();
        markFocus();
        markHighlights();
    }

    private Node header(Day day) {
        Label weekday = new Label(day.weekday());
        weekday.getStyleClass().add("weekday");
        Label date = new Label(day.today() ? day.dateLabel() + " · today" : day.dateLabel());
        date.getStyleClass().add("date");
        VBox h = new VBox(weekday, date);
        h.getStyleClass().add("day-header");
        if (day.today()) {
            h.getStyleClass().add("today");
        }
        h.setMaxWidth(Double.MAX_VALUE);
        return h;
    }

    private Node tripBand(TripBand t) {
        Label title = new Label(t.title());
        title.getStyleClass().add("trip-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label detail = new Label(t.detail());
        detail.getStyleClass().add("trip-detail");
        detail.setMinWidth(0);
        HBox band = new HBox(new FontIcon(t.goal() ? MaterialDesignF.FLAG_CHECKERED : MaterialDesignT.TENT), title,
                detail);
        band.getStyleClass().add("trip-band");
        if (t.continuesBefore()) {
            band.getStyleClass().add("continues-before");
        }
        if (t.continuesAfter()) {
            band.getStyleClass().add("continues-after");
        }
        band.setId("trip-" + t.id());
        band.setMaxWidth(Double.MAX_VALUE);
        Tooltip.install(band, new Tooltip((t.goal() ? "Goal trip · " : "") + t.title() + " · " + t.detail()
                + "\nDouble-click to edit the stages"));
        band.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.editTrip(t.id());
            }
        });
        return band;
    }

    private Node body(Day day) {
        VBox body = new VBox();
        body.getStyleClass().add("day-body");
        body.setId("day-" + day.date());
        body.setMaxHeight(Double.MAX_VALUE);
        body.setMinHeight(260);
        day.tripStage().ifPresent(s -> {
            Label stage = new Label(s);
            stage.getStyleClass().add("trip-stage");
            stage.setWrapText(true);
            body.getChildren().add(stage);
        });
        for (Card c : day.cards()) {
            SessionCardView cv = new SessionCardView(c, () -> vm.logOuting(c.id()));
            wireCard(cv);
            cards.put(c.id(), cv);
            body.getChildren().add(cv);
        }
        if (day.restDay() && day.cards().isEmpty()) {
            Label rest = new Label("Rest day", new FontIcon(MaterialDesignS.SLEEP));
            rest.getStyleClass().add("rest-day");
            body.getChildren().add(rest);
        }
        day.room().ifPresent(text -> {
            Label room = new Label(text);
            room.getStyleClass().add("day-room");
            room.setId("room-" + day.date());
            room.setWrapText(true);
            day.roomWhy().ifPresent(why -> {
                Tooltip tip = new Tooltip(why);
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                room.setTooltip(tip);
            });
            body.getChildren().add(room);
        });
        Button add = new Button(null, new FontIcon(MaterialDesignP.PLUS));
        add.getStyleClass().addAll("button-icon", "flat", "add-session");
        add.setTooltip(new Tooltip("Add a session on " + day.weekday()));
        add.setId("add-" + day.date());
        add.setOnAction(e -> vm.addSession(day.date()));
        StackPane addBox = new StackPane(add);
        body.getChildren().add(addBox);
        body.setOnContextMenuRequested(e -> {
            vm.focusDay(day.date());
            dayMenu(day.date()).show(body, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        body.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.addSession(day.date());
            } else {
                vm.focusDay(day.date());
            }
            requestFocus();
        });
        dayBodies.put(day.date(), body);
        return body;
    }

    // ---- cards: select, edit, drag ----

    private void wireCard(SessionCardView cv) {
        SessionId id = cv.card().id();
        cv.setOnMousePressed(e -> {
            vm.select(id);
            dragged = cv;
            dragStart = new Point2D(e.getSceneX(), e.getSceneY());
            dragging = false;
            requestFocus();
            e.consume();
        });
        cv.setOnMouseDragged(e -> dragTo(cv, e));
        cv.setOnMouseReleased(e -> drop(cv, e));
        cv.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.editSession(id);
            }
            e.consume();
        });
        cv.setOnContextMenuRequested(e -> {
            vm.select(id);
            cardMenu(cv.card()).show(cv, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    // ---- context menus: the same view-model commands as the menu bar ----

    private ContextMenu cardMenu(Card card) {
        SessionId id = card.id();
        MenuItem edit = menuItem("Edit session…", "menu-edit", () -> vm.editSession(id));
        MenuItem duplicate = menuItem("Duplicate", "menu-duplicate", vm::duplicateSelected);
        MenuItem log = menuItem(card.done() ? "Edit log…" : "Log outing…", "menu-log", () -> vm.logOuting(id));
        MenuItem quick = menuItem("Quick log…", "menu-quick-log", () -> vm.quickLog(id));
        if (!card.loggable()) {
            // a rest day has nothing to log; a day still ahead has not happened yet
            log.setDisable(true);
            quick.setDisable(true);
        }
        MenuItem copy = menuItem("Copy", "menu-copy", vm::copySelected);
        MenuItem delete = menuItem("Delete", "menu-delete", vm::deleteSelected);
        MenuItem template = menuItem("Save as template…", "menu-save-template", () -> vm.saveAsTemplate(id));
        ContextMenu menu = new ContextMenu(edit, duplicate, new SeparatorMenuItem(), log, quick,
                new SeparatorMenuItem(), copy, delete, new SeparatorMenuItem(), template);
        menu.setId("card-menu");
        return menu;
    }

    private ContextMenu dayMenu(LocalDate date) {
        MenuItem log = menuItem("Log unplanned outing…", "menu-log-unplanned", () -> vm.logUnplanned(date));
        MenuItem quick = menuItem("Quick log unplanned…", "menu-quick-log-unplanned",
                () -> vm.quickLogUnplanned(date));
        log.setDisable(!vm.canLogOn(date));
        quick.setDisable(!vm.canLogOn(date));
        MenuItem add = menuItem("New session…", "menu-add", () -> vm.addSession(date));
        MenuItem paste = menuItem("Paste", "menu-paste", vm::paste);
        MenuItem insert = menuItem("Insert template…", "menu-insert-template", () -> vm.insertTemplate(date));
        paste.setDisable(!vm.canPaste());
        ContextMenu menu = new ContextMenu(log, quick, new SeparatorMenuItem(), add, paste, insert);
        menu.setId("day-menu");
        return menu;
    }

    /** The keyboard's context-menu key opens the menu of the selected card, else of the focused day. */
    private void keyboardMenu(ContextMenuEvent e) {
        if (!e.isKeyboardTrigger()) {
            return;
        }
        Optional<SessionCardView> card = vm.selectedProperty().get().map(cards::get);
        if (card.isPresent()) {
            var b = card.get().localToScreen(card.get().getBoundsInLocal());
            cardMenu(card.get().card()).show(card.get(), b.getMinX() + 12, b.getMinY() + 24);
        } else if (vm.focusedDayProperty().get() != null && dayBodies.containsKey(vm.focusedDayProperty().get())) {
            LocalDate d = vm.focusedDayProperty().get();
            var b = dayBodies.get(d).localToScreen(dayBodies.get(d).getBoundsInLocal());
            dayMenu(d).show(dayBodies.get(d), b.getMinX() + 12, b.getMinY() + 24);
        }
        e.consume();
    }

    private static MenuItem menuItem(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    private void dragTo(SessionCardView cv, MouseEvent e) {
        if (dragged != cv) {
            return;
        }
        double dx = e.getSceneX() - dragStart.getX();
        double dy = e.getSceneY() - dragStart.getY();
        if (!dragging && Math.hypot(dx, dy) < 6) {
            return;
        }
        dragging = true;
        cv.getStyleClass().add("dragging");
        cv.setTranslateX(dx);
        cv.setTranslateY(dy);
        cv.toFront();
        cv.getParent().toFront();
        setDropTarget(dayAt(e.getSceneX(), e.getSceneY()));
        e.consume();
    }

    private void drop(SessionCardView cv, MouseEvent e) {
        if (dragged != cv) {
            return;
        }
        dragged = null;
        setDropTarget(Optional.empty());
        if (!dragging) {
            return;
        }
        dragging = false;
        cv.setTranslateX(0);
        cv.setTranslateY(0);
        cv.getStyleClass().remove("dragging");
        Optional<LocalDate> target = dayAt(e.getSceneX(), e.getSceneY());
        target.ifPresent(d -> {
            if (e.isControlDown()) {
                vm.copySession(cv.card().id(), d);
            } else {
                vm.moveSession(cv.card().id(), d);
            }
        });
        e.consume();
    }

    /** Activity files dragged from the desktop onto a day: framed while over it, logged for it on drop. */
    private void acceptActivityFiles() {
        grid.setOnDragOver(e -> {
            Optional<LocalDate> day = dayAt(e.getSceneX(), e.getSceneY());
            if (e.getDragboard().hasFiles() && day.isPresent() && vm.canLogOn(day.get())) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                setDropTarget(day);
            } else {
                setDropTarget(Optional.empty());
            }
            e.consume();
        });
        grid.setOnDragExited(e -> setDropTarget(Optional.empty()));
        grid.setOnDragDropped(e -> {
            Optional<LocalDate> day = dayAt(e.getSceneX(), e.getSceneY());
            boolean done = e.getDragboard().hasFiles() && day.isPresent() && vm.dropFiles(day.get(),
                    e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            setDropTarget(Optional.empty());
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** The day column under a scene point: by x only, so dropping above or below a column still counts. */
    private Optional<LocalDate> dayAt(double sceneX, double sceneY) {
        for (var entry : dayBodies.entrySet()) {
            var b = entry.getValue().localToScene(entry.getValue().getBoundsInLocal());
            if (sceneX >= b.getMinX() && sceneX <= b.getMaxX()) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    private void setDropTarget(Optional<LocalDate> day) {
        if (dropTarget != null) {
            dropTarget.getStyleClass().remove("drop-target");
            dropTarget = null;
        }
        day.map(dayBodies::get).ifPresent(b -> {
            b.getStyleClass().add("drop-target");
            dropTarget = b;
        });
    }

    private void markSelection() {
        Optional<SessionId> sel = vm.selectedProperty().get();
        cards.forEach((id, cv) -> cv.pseudoClassStateChanged(SessionCardView.SELECTED, sel.equals(Optional.of(id))));
    }

    private void markFocus() {
        LocalDate f = vm.focusedDayProperty().get();
        dayBodies.forEach((d, b) -> {
            b.getStyleClass().remove("focused-day");
            if (d.equals(f)) {
                b.getStyleClass().add("focused-day");
            }
        });
    }

    private void markHighlights() {
        dayBodies.forEach((d, b) -> {
            b.getStyleClass().remove("highlighted");
            if (vm.document().highlightedDates().contains(d)) {
                b.getStyleClass().add("highlighted");
            }
        });
    }

    /** Adds a strip under the week's totals, such as the wellness history. */
    public void addFooter(javafx.scene.layout.Region strip) {
        // line up with the totals above it
        strip.setPadding(new javafx.geometry.Insets(0, 12, 6, 12));
        footer.getChildren().add(strip);
    }

    // ---- season band and summary ----

    private void drawSeason() {
        Season s = vm.seasonProperty().get();
        seasonBox.getChildren().clear();
        Label headline = new Label(s.headline());
        headline.getStyleClass().add("season-headline");
        headline.setId("season-headline");
        if (s.isEmpty()) {
            seasonBox.getChildren().add(headline);
            return;
        }
        Pane track = new Pane();
        track.getStyleClass().add("season-track");
        for (SeasonSegment seg : s.segments()) {
            Label l = new Label(seg.label());
            l.setMinWidth(0);
            StackPane p = new StackPane(l);
            p.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            p.getStyleClass().addAll("season-segment", "phase-" + seg.kind().name().toLowerCase(java.util.Locale.ROOT));
            p.layoutXProperty().bind(track.widthProperty().multiply(seg.from()));
            p.prefWidthProperty().bind(track.widthProperty().multiply(seg.width()));
            p.prefHeightProperty().bind(track.heightProperty());
            Tooltip.install(p, new Tooltip(seg.label() + " phase"));
            track.getChildren().add(p);
        }
        Region marker = new Region();
        marker.getStyleClass().add("season-week-marker");
        marker.setMouseTransparent(true);
        marker.layoutXProperty().bind(track.widthProperty().multiply(s.weekFrom()));
        marker.prefWidthProperty().bind(track.widthProperty().multiply(s.weekWidth()).add(2));
        marker.prefHeightProperty().bind(track.heightProperty());
        track.getChildren().add(marker);
        s.goalAt().ifPresent(at -> {
            FontIcon flag = new FontIcon(MaterialDesignF.FLAG_CHECKERED);
            flag.getStyleClass().add("season-goal");
            flag.layoutXProperty().bind(track.widthProperty().multiply(at).subtract(8));
            flag.setLayoutY(3);
            track.getChildren().add(flag);
        });
        seasonBox.getChildren().addAll(headline, track);
    }

    private void drawSummary() {
        Summary s = vm.summaryProperty().get();
        summaryBox.getChildren().clear();
        summaryBox.getColumnConstraints().clear();
        summaryItems.clear();
        summaryRows = 0;
        if (s.placeholder().isPresent()) {
            Label l = new Label(s.placeholder().get()
                    + " — the week's load, running distance and pack totals appear here once the plan is analysed.",
                    new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
            l.getStyleClass().add("summary-placeholder");
            l.setId("summary-placeholder");
            summaryBox.getChildren().add(l);
            return;
        }
        for (SummaryItem item : s.items()) {
            Label label = new Label(item.label());
            label.getStyleClass().add("summary-label");
            Label value = new Label(item.value());
            value.getStyleClass().add("summary-value");
            value.setId("summary-" + item.key());
            value.setMinWidth(Region.USE_PREF_SIZE);
            VBox box = new VBox(label, value);
            box.getStyleClass().add("summary-item");
            box.setMaxWidth(Double.MAX_VALUE);
            Tooltip.install(box, new Tooltip(item.explanation()));
            summaryItems.add(box);
        }
        // measured with their style (padding, font sizes): unstyled, an item was 18 px narrower than drawn and
        // its label ended in "..." ("Distance d..." at 1366 px, SamplePlanFitsTest)
        summaryBox.getChildren().setAll(summaryItems);
        summaryBox.applyCss();
        layoutSummary(true);
    }

    /**
     * The totals in as few rows as the width allows, and then in even rows (5 and 4, not 8 and an
     * orphan) of equal columns, so no number is cut and the row never wraps raggedly.
     */
    private void layoutSummary(boolean force) {
        if (summaryItems.isEmpty()) {
            return;
        }
        double available = summaryBox.getWidth() - summaryBox.snappedLeftInset() - summaryBox.snappedRightInset();
        int n = summaryItems.size();
        double widest = 0;
        for (Region r : summaryItems) {
            widest = Math.max(widest, r.prefWidth(-1));
        }
        int rows = 1;
        if (available > 0) {
            while (rows < n) {
                int columns = (n + rows - 1) / rows;
                if (columns * widest + (columns - 1) * summaryBox.getHgap() <= available) {
                    break;
                }
                rows++;
            }
        }
        if (!force && rows == summaryRows) {
            return;
        }
        summaryRows = rows;
        int columns = (n + rows - 1) / rows;
        summaryBox.getChildren().clear();
        summaryBox.getColumnConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setFillWidth(true);
            summaryBox.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < n; i++) {
            summaryBox.add(summaryItems.get(i), i % columns, i / columns);
        }
    }
}
