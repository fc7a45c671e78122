package dev.switchback.ui.app;

import dev.switchback.ui.week.WeekView;
import dev.switchback.ui.week.WeekViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The planner window: menus with every shortcut, the week view in the middle, a side area of tabs
 * where the findings panel and the charts plug in ({@link #addSideTab}), and a status bar with
 * progress. Menu items and shortcuts call view-model commands, nothing else.
 */
public final class MainWindow extends BorderPane {
    private final MainViewModel vm;
    private final TabPane main = new TabPane();
    private final TabPane side = new TabPane();
    private final Tab placeholderTab;
    private final Menu planMenu = new Menu("Plan");
    private final Menu helpMenu = new Menu("Help");
    private Menu fileMenu;
    private Optional<Runnable> printAction = Optional.empty();
    private final Runnable toggleTheme;

    private final WeekView weekView;
    private final SplitPane split;

    public MainWindow(MainViewModel vm, FxBackgroundRunner runner, Runnable toggleTheme) {
        this.vm = vm;
        this.toggleTheme = toggleTheme;
        setId("main-window");
        getStylesheets().add(FxDialogService.CSS);
        WeekViewModel week = vm.week();
        setTop(menus(week));

        // Side area: the findings panel is added here with addSideTab; wide panels (charts) go next to the
        // week with addMainTab or, built when first opened, addLazyMainTab.
        Label waiting = new Label("Checking the plan… The findings of the week appear here: each with its reason, "
                + "its source and a fix.");
        waiting.setId("findings-placeholder");
        waiting.getStyleClass().add("side-placeholder");
        waiting.setWrapText(true);
        placeholderTab = new Tab("Findings", waiting);
        placeholderTab.setClosable(false);
        side.getTabs().add(placeholderTab);
        side.setId("side-panels");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(300);
        side.setPrefWidth(400);
        weekView = new WeekView(week);
        Tab weekTab = new Tab("Week", weekView);
        weekTab.setId("week-tab");
        main.getTabs().add(weekTab);
        main.setId("main-tabs");
        main.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        split = new SplitPane(main, side);
        split.setId("main-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(side, false);
        setCenter(split);

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(runner.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.setPrefWidth(120);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label undoHint = new Label();
        undoHint.textProperty().bind(Bindings.when(vm.document().canUndoProperty())
                .then(Bindings.concat("Last edit: ", vm.document().undoDescriptionProperty())).otherwise(""));
        HBox bar = new HBox(status, spacer, undoHint, progress);
        bar.getStyleClass().add("status-bar");
        setBottom(bar);
    }

    /** Adds a tab to the side area (findings panel, charts); the first one replaces the placeholder. */
    public void addSideTab(String title, Node content) {
        side.getTabs().remove(placeholderTab);
        Tab t = new Tab(title, content);
        t.setClosable(false);
        side.getTabs().add(t);
    }

    /** Adds a tab next to the week view, for wide content such as the charts. */
    public void addMainTab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        main.getTabs().add(t);
    }

    /**
     * Adds a tab next to the week view whose content is built the first time the tab is selected, so
     * that a tab nobody opens costs nothing at start-up (its classes, its CSS, its skins). The builder
     * gets the tab's selected state, to stop updating while the tab is not on screen.
     */
    public Tab addLazyMainTab(String title, String id, Function<ObservableValue<Boolean>, Node> build) {
        Tab t = new Tab(title);
        t.setId(id);
        t.setClosable(false);
        ChangeListener<Boolean> firstShown = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    t.selectedProperty().removeListener(this);
                    t.setContent(build.apply(t.selectedProperty()));
                }
            }
        };
        t.selectedProperty().addListener(firstShown);
        main.getTabs().add(t);
        return t;
    }

    /** Brings the week tab to the front (the month view's "open this week"). */
    public void showWeekTab() {
        main.getTabs().stream().filter(t -> "week-tab".equals(t.getId())).findFirst()
                .ifPresent(t -> main.getSelectionModel().select(t));
    }

    /** The splitter between the week (and its tabs) and the side panels. */
    public SplitPane split() {
        return split;
    }

    public WeekView weekView() {
        return weekView;
    }

    /** The Plan menu, where the log, wellness, journal and settings dialogs add their entries. */
    public Menu planMenu() {
        return planMenu;
    }

    /** Adds an entry to the File menu after "Print week…" (export). */
    /** The Help menu, for the first-run guide and what else helps a user find their way. */
    public Menu helpMenu() {
        return helpMenu;
    }

    public void addFileMenuItem(MenuItem item) {
        fileMenu.getItems().add(fileMenu.getItems().size() - 2, item);
    }

    /** What Ctrl+P does, once printing is available. */
    public void setPrintAction(Runnable action) {
        printAction = Optional.of(action);
    }

    /**
     * Shortcuts that have no menu entry: Alt+Left/Right for weeks. Page Up / Page Down / Home work
     * wherever the focus is (a scroll pane, the findings panel, a tab header would otherwise take
     * them for themselves), except in a text field, where Home moves the caret.
     */
    public void installShortcuts(Scene scene) {
        WeekViewModel week = vm.week();
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShiftDown() || e.isShortcutDown()
                    || scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
                return;
            }
            Runnable command = switch (e.getCode()) {
                case PAGE_UP -> week::previousWeek;
                case PAGE_DOWN -> week::nextWeek;
                case HOME -> week::goToToday;
                default -> null;
            };
            if (command != null) {
                command.run();
                e.consume();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), week::previousWeek);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), week::nextWeek);
    }

    private MenuBar menus(WeekViewModel week) {
        MenuItem open = item("Open…", "Shortcut+O", vm::openWithChooser);
        open.setGraphic(new FontIcon(MaterialDesignF.FOLDER_OPEN));
        Menu recent = new Menu("Open recent");
        recent.setId("recent-menu");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : vm.recent().files()) {
                recent.getItems().add(item(p.getFileName() + "  (" + p.getParent() + ")", null,
                        () -> vm.openRecent(p)));
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        vm.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem save = item("Save", "Shortcut+S", vm::save);
        save.setGraphic(new FontIcon(MaterialDesignC.CONTENT_SAVE));
        MenuItem saveAs = item("Save as…", "Shortcut+Shift+S", vm::saveAs);
        MenuItem print = item("Print week…", "Shortcut+P", this::print);
        print.setGraphic(new FontIcon(MaterialDesignP.PRINTER));
        MenuItem quit = item("Quit", "Shortcut+Q", () -> getScene().getWindow().fireEvent(
                new javafx.stage.WindowEvent(getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("File", null, open, recent, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), print, new SeparatorMenuItem(), quit);
        fileMenu = file;

        MenuItem undo = item("Undo", "Shortcut+Z", vm.document()::undo);
        undo.setGraphic(new FontIcon(MaterialDesignU.UNDO));
        undo.textProperty().bind(Bindings.when(vm.document().canUndoProperty())
                .then(Bindings.concat("Undo ", vm.document().undoDescriptionProperty())).otherwise("Undo"));
        undo.disableProperty().bind(vm.document().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", vm.document()::redo);
        redo.setGraphic(new FontIcon(MaterialDesignR.REDO));
        redo.textProperty().bind(Bindings.when(vm.document().canRedoProperty())
                .then(Bindings.concat("Redo ", vm.document().redoDescriptionProperty())).otherwise("Redo"));
        redo.disableProperty().bind(vm.document().canRedoProperty().not());
        MenuItem add = item("New session…", "Shortcut+N", week::addSession);
        MenuItem addTrip = item("New trip…", "Shortcut+Shift+N", week::addTrip);
        MenuItem edit = item("Edit session…", "Enter", week::editSelected);
        MenuItem duplicate = item("Duplicate", "Shortcut+D", week::duplicateSelected);
        MenuItem delete = item("Delete", "Delete", week::deleteSelected);
        delete.setGraphic(new FontIcon(MaterialDesignD.DELETE));
        MenuItem copy = item("Copy", "Shortcut+C", week::copySelected);
        MenuItem paste = item("Paste on selected day", "Shortcut+V", week::paste);
        MenuItem earlier = item("Move a day earlier", "Shortcut+Left", () -> week.moveSelectedBy(-1));
        MenuItem later = item("Move a day later", "Shortcut+Right", () -> week.moveSelectedBy(1));
        MenuItem copyWeek = item("Copy last week into this week", null, week::copyLastWeek);
        MenuItem insertTemplate = item("Insert template…", "Shortcut+I", week::insertTemplate);
        MenuItem saveTemplate = item("Save session as template…", null, week::saveSelectedAsTemplate);
        MenuItem saveWeek = item("Save week as template…", null, week::saveWeekAsTemplate);
        MenuItem applyWeek = item("Apply week template…", null, week::applyWeekTemplate);
        MenuItem library = item("Template library…", null, week::manageTemplates);
        var noSelection = Bindings.createBooleanBinding(() -> week.selectedProperty().get().isEmpty(),
                week.selectedProperty());
        for (MenuItem m : new MenuItem[] {edit, duplicate, delete, copy, earlier, later, saveTemplate}) {
            m.disableProperty().bind(noSelection);
        }
        Menu editMenu = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), add, addTrip, edit, duplicate,
                delete, new SeparatorMenuItem(), copy, paste, copyWeek, new SeparatorMenuItem(), earlier, later,
                new SeparatorMenuItem(), insertTemplate, saveTemplate, saveWeek, applyWeek, library);

        MenuItem prev = item("Previous week", "Page Up", week::previousWeek);
        MenuItem next = item("Next week", "Page Down", week::nextWeek);
        MenuItem today = item("This week", "Home", week::goToToday);
        MenuItem theme = item("Light / dark theme", "Shortcut+Shift+T", toggleTheme);
        Menu view = new Menu("View", null, prev, next, today, new SeparatorMenuItem(), theme);

        helpMenu.setId("menu-help");
        MenuBar bar = new MenuBar(file, editMenu, view, planMenu, helpMenu);
        bar.setId("menu-bar");
        planMenu.setVisible(false);
        planMenu.getItems().addListener((ListChangeListener<MenuItem>) c ->
                planMenu.setVisible(!planMenu.getItems().isEmpty()));
        return bar;
    }

    private void print() {
        printAction.ifPresentOrElse(Runnable::run, () -> new FxDialogService(() -> getScene().getWindow())
                .showInfo("Print week", "Printing is not part of this build yet."));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
