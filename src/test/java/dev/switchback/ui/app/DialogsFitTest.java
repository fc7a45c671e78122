package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.SessionTemplate;
import dev.switchback.store.SamplePlan;
import dev.switchback.store.TemplateStore;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.TestWindow;
import dev.switchback.ui.adjust.AdjustPlans;
import dev.switchback.ui.common.ScreenFit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every dialog and form window opened over the planner at 1366 x 768 (issue 13): it is no taller than a 768-pixel
 * screen leaves under a title bar and over a task bar, its buttons are on the screen, and no field of its form is
 * cut: each lies across the width of the form, shows its whole label, and is scrolled into view when the keyboard
 * moves to it.
 */
class DialogsFitTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** The laptop's screen less its task bar: where a window may lie (the window sits at its top left). */
    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, ScreenFit.SCREEN_WIDTH,
            ScreenFit.SCREEN_HEIGHT - ScreenFit.TASK_BAR);

    private Stage stage;
    private TestWindow window;
    private FakeFiles files;

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.AS_IS, this::start);

    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        if (window != null) {
            window.forget();
            window = null;
        }
    }

    /** What to open, over which plan, and what to do once it is open (press Preview, choose an option). */
    record Case(String name, Plan plan, LocalDate today, Consumer<DialogsFitTest> open, Consumer<Window> then) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case sample(String name, Consumer<DialogsFitTest> open) {
        return new Case(name, SamplePlan.create(TODAY), TODAY, open, w -> { });
    }

    static Stream<Case> dialogs() {
        return Stream.of(
                sample("session editor, backpacking day", t -> t.week().editSession(t.session(SessionKind.BACKPACKING_DAY))),
                sample("session editor, long run with a pack", t -> t.week().editSession(t.session(
                        SessionKind.RUN_WITH_PACK))),
                sample("session editor, short day", t -> t.week().editSession(t.session(SessionKind.TRAIL_RUN))),
                sample("session editor, new", t -> t.week().addSession(TODAY)),
                sample("trip editor", t -> t.week().editTrip(t.doc().getPlan().trips().get(0).id())),
                sample("trip editor, new", t -> t.week().addTrip()),
                sample("log form", t -> dev.switchback.ui.log.LogActions.logOuting(t.doc(), t.logged().id(),
                        t.stage)),
                sample("log form, unplanned", t -> dev.switchback.ui.log.LogActions.logUnplanned(t.doc(), TODAY,
                        t.stage)),
                sample("quick log", t -> dev.switchback.ui.log.LogActions.quickLog(t.doc(), t.logged().id(), t.stage)),
                sample("wellness check-in", t -> dev.switchback.ui.log.LogActions.wellnessCheckIn(t.doc(), TODAY,
                        t.stage)),
                sample("settings", t -> dev.switchback.ui.settings.SettingsView.showDialog(t.stage, t.doc(),
                        new SimpleObjectProperty<>(Theme.LIGHT), Optional.empty(),
                        dev.switchback.ui.common.BackgroundRunner.inline())),
                new Case("season, previewed", SamplePlan.create(TODAY), TODAY,
                        t -> dev.switchback.ui.season.SeasonView.showDialog(t.stage, t.doc(), () -> TODAY), w -> {
                            ((javafx.scene.control.CheckBox) w.getScene().lookup("#season-replace")).setSelected(true);
                            ((Button) w.getScene().lookup("#season-preview")).fire();
                        }),
                new Case("adjust the coming days", AdjustPlans.harder(), AdjustPlans.TODAY,
                        t -> dev.switchback.ui.adjust.AdjustView.showDialog(t.stage, t.doc(), () -> AdjustPlans.TODAY),
                        w -> { }),
                sample("template library", t -> {
                    t.template();
                    t.week().manageTemplates();
                }),
                sample("insert template", t -> {
                    t.template();
                    t.week().insertTemplate(TODAY);
                }),
                sample("save as template", t -> t.week().saveAsTemplate(t.session(SessionKind.TRAIL_RUN))),
                sample("override reason", t -> new FxDialogService(() -> t.stage).askOverrideReason(
                        List.of("BLOCK Pack mass 30 kg on Sat 28 Nov is 44 % of your body mass (68 kg), above the 33 %"
                                + " limit for a day hike: carry at most 22.4 kg, or split the load.",
                                "BLOCK Weekly load 2185 AU is 1.62 times last week's 1350 AU, above the 1.5 limit: cut"
                                        + " Saturday's hike to 3 h 30 or move it to next week."),
                        List.of("WARN Three hard days in a row (Thu 26 to Sat 28 Nov): make Friday easy."))),
                sample("print preview", t -> dev.switchback.ui.print.PrintService.print(t.stage, t.doc().getPlan(),
                        t.doc().getAnalysis(), TODAY)),
                new Case("journal", SamplePlan.create(TODAY), TODAY,
                        t -> dev.switchback.ui.log.LogActions.openJournal(t.doc(), t.stage), w -> {
                            // the long day, planned vs actual beside the list
                            var list = (javafx.scene.control.ListView<?>) w.getScene().lookup("#journal-list");
                            list.getSelectionModel().select(2);
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialogs")
    void fitsA1366x768ScreenWithItsButtonsOnItAndNoFieldCut(Case c, FxRobot robot) throws Exception {
        Window dialog = open(robot, c);
        assertFits(robot, dialog);
        String shots = System.getProperty("fit.shots", "");
        if (!shots.isEmpty()) {
            // -Dfit.shots=/tmp/fit: each dialog as drawn, to look at
            robot.interact(() -> snapshot(dialog, java.nio.file.Path.of(shots, c.name().replaceAll("[^a-z]+", "-")
                    + ".png")));
        }
    }

    private static void snapshot(Window w, java.nio.file.Path file) {
        var image = w.getScene().snapshot(null);
        var out = new java.awt.image.BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The keyboard alone through a long day's editor: every field it reaches is scrolled into view. */
    @Test
    void tabbingThroughALongDaysEditorScrollsEachFieldIntoView(FxRobot robot) throws Exception {
        Window dialog = open(robot, dialogs().filter(c -> c.name().startsWith("session editor, backpacking"))
                .findFirst().orElseThrow());
        ScrollPane scroll = (ScrollPane) dialog.getScene().lookup(".form-scroll");
        assertThat(scroll.getContent().getLayoutBounds().getHeight())
                .as("the form is taller than its dialog").isGreaterThan(scroll.getViewportBounds().getHeight());
        robot.interact(dialog::requestFocus);
        robot.targetWindow(dialog);
        List<String> reached = new ArrayList<>();
        reached.add(field(dialog.getScene().getFocusOwner()).getId());
        for (int i = 0; i < 40 && !reached.contains("attach-route"); i++) {
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = dialog.getScene().getFocusOwner();
            Node field = field(focused);
            if (field.getId() == null || !isInside(field, scroll.getContent())) {
                continue;
            }
            reached.add(field.getId());
            Bounds b = field.localToScene(field.getLayoutBounds());
            Bounds viewport = viewportInScene(scroll);
            assertThat(b.getMinY()).as("top of %s", field.getId()).isGreaterThanOrEqualTo(viewport.getMinY() - 0.5);
            assertThat(b.getMaxY()).as("bottom of %s", field.getId()).isLessThanOrEqualTo(viewport.getMaxY() + 0.5);
        }
        assertThat(reached).contains("title", "duration", "pack", "notes", "next-day", "turnaround", "bailouts",
                "attach-route");
        assertThat(scroll.getVvalue()).as("scrolled down to the route").isGreaterThan(0.5);
        // and back up with Shift+Tab to the top of the form
        for (int i = 0; i < 40 && !"kind".equals(field(dialog.getScene().getFocusOwner()).getId()); i++) {
            robot.press(KeyCode.SHIFT).push(KeyCode.TAB).release(KeyCode.SHIFT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        Node kind = field(dialog.getScene().getFocusOwner());
        assertThat(kind.getId()).isEqualTo("kind");
        assertThat(kind.localToScene(kind.getLayoutBounds()).getMinY())
                .isGreaterThanOrEqualTo(viewportInScene(scroll).getMinY() - 0.5);
    }

    /** A goal trip {@code weeks} whole weeks after today's week: a season long enough to fill the table. */
    private static Plan withGoalIn(int weeks) {
        Plan sample = SamplePlan.create(TODAY);
        dev.switchback.model.Trip goal = sample.trips().stream().filter(dev.switchback.model.Trip::goal).findFirst()
                .orElseThrow();
        return sample.withTrip(new dev.switchback.model.Trip(new dev.switchback.model.TripId("far-goal"),
                "Alpine crossing", dev.switchback.model.Weeks.monday(TODAY).plusWeeks(weeks).plusDays(5),
                goal.stages(), goal.terrain(), true, ""));
    }

    /** Issue 13: the season builder at 1366 x 768 shows at least eight of a long season's weeks, whole. */
    @Test
    void theSeasonBuilderShowsAtLeastEightWeeksOfItsTable(FxRobot robot) throws Exception {
        Window dialog = open(robot, new Case("season of 16 weeks", withGoalIn(16), TODAY,
                t -> dev.switchback.ui.season.SeasonView.showDialog(t.stage, t.doc(), () -> TODAY), w -> {
                    @SuppressWarnings("unchecked")
                    var goal = (javafx.scene.control.ComboBox<String>) w.getScene().lookup("#season-goal");
                    goal.getSelectionModel().select(goal.getItems().size() - 1);
                    ((javafx.scene.control.CheckBox) w.getScene().lookup("#season-replace")).setSelected(true);
                    ((Button) w.getScene().lookup("#season-preview")).fire();
                }));
        assertFits(robot, dialog);
        TableView<?> weeks = (TableView<?>) dialog.getScene().lookup("#season-weeks");
        assertThat(weeks.getItems()).as("weeks of the season").hasSizeGreaterThanOrEqualTo(12);
        assertThat(rowsInSight(weeks)).as("weeks readable without scrolling").isGreaterThanOrEqualTo(8);
    }

    /** Issue 13: the journal's list never scrolls sideways; a long title wraps and is shown whole. */
    @Test
    void theJournalListWrapsLongTitlesAndNeverScrollsSideways(FxRobot robot) throws Exception {
        Window dialog = open(robot, dialogs().filter(c -> c.name().equals("journal")).findFirst().orElseThrow());
        javafx.scene.control.ListView<?> list = (javafx.scene.control.ListView<?>) dialog.getScene()
                .lookup("#journal-list");
        assertThat(list.lookupAll(".scroll-bar")).filteredOn(n -> n instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible())
                .as("a horizontal scroll bar in sight").isEmpty();
        Bounds inList = list.localToScene(list.getLayoutBounds());
        List<Node> titles = List.copyOf(list.lookupAll(".entry-title"));
        assertThat(titles).filteredOn(n -> ((Labeled) n).getText().contains("Schrofenpass and Gaisalpsee"))
                .as("the long day's title").isNotEmpty();
        int shownTitles = 0;
        List<Node> texts = new ArrayList<>(list.lookupAll(".entry-title"));
        texts.addAll(list.lookupAll(".entry-numbers"));
        for (Node n : texts) {
            Labeled l = (Labeled) n;
            if (!showing(l)) {
                continue; // the list's cell for measuring, never drawn
            }
            shownTitles++;
            Text shown = (Text) l.lookup(".text");
            assertThat(shown.getText()).as("shown text of %s", l.getText()).isEqualTo(l.getText());
            Bounds b = shown.localToScene(shown.getLayoutBounds());
            assertThat(b.getMaxX()).as("right edge of \"%s\"", l.getText()).isLessThanOrEqualTo(inList.getMaxX() + 0.5);
            assertThat(b.getMaxY()).as("bottom of \"%s\"", l.getText())
                    .isLessThanOrEqualTo(l.localToScene(l.getLayoutBounds()).getMaxY() + 0.5);
        }
        assertThat(shownTitles).as("titles and numbers on screen").isGreaterThanOrEqualTo(2 * 8);
    }

    /**
     * Issue 13: the season and adjust dialogs keep the session editor's spacing (its form's grid, the room at its
     * sides), from the one set of rules in switchback.css.
     */
    @Test
    void theSeasonAndAdjustDialogsKeepTheSessionEditorsSpacing(FxRobot robot) throws Exception {
        Window editor = open(robot, dialogs().filter(c -> c.name().equals("session editor, short day")).findFirst()
                .orElseThrow());
        javafx.scene.layout.GridPane editorGrid = (javafx.scene.layout.GridPane) editor.getScene()
                .lookup("#session-editor");
        javafx.geometry.Insets sides = editorGrid.getPadding();
        double hgap = editorGrid.getHgap();
        double vgap = editorGrid.getVgap();
        assertThat(sides.getLeft()).as("the editor's room at its sides").isGreaterThan(0);
        assertThat(editor.getScene().getRoot().lookup(".header-panel")).as("the editor's header").isNotNull();
        close(robot);
        for (String name : List.of("season, previewed", "adjust the coming days")) {
            Window dialog = open(robot, dialogs().filter(c -> c.name().equals(name)).findFirst().orElseThrow());
            javafx.scene.layout.Region content = (javafx.scene.layout.Region) ((javafx.scene.control.DialogPane)
                    dialog.getScene().getRoot()).getContent();
            assertThat(content.getPadding()).as("%s: room at its sides", name).isEqualTo(sides);
            assertThat(((javafx.scene.layout.VBox) content).getSpacing()).as("%s: between its parts", name)
                    .isEqualTo(8);
            javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) content.lookup(".editor-grid");
            assertThat(grid).as("%s: a form's grid", name).isNotNull();
            assertThat(grid.getHgap()).as("%s: across its grid", name).isEqualTo(hgap);
            assertThat(grid.getVgap()).as("%s: down its grid", name).isEqualTo(vgap);
            assertThat(grid.getPadding()).as("%s: its grid inside its own room", name)
                    .isEqualTo(javafx.geometry.Insets.EMPTY);
            javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) dialog.getScene().getRoot();
            assertThat(pane.getHeaderText()).as("%s: its header", name).isNotBlank();
            assertThat(pane.lookup(".header-panel")).as("%s: its header bar", name).isNotNull();
            close(robot);
        }
    }

    /** Whether {@code n} and every parent up to its scene's root are visible. */
    private static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** Weeks whose rows lie wholly inside the table's rows area. */
    private static long rowsInSight(TableView<?> table) {
        Node flow = table.lookup(".virtual-flow");
        Bounds area = flow.localToScene(flow.getLayoutBounds());
        return table.lookupAll(".table-row-cell").stream().map(n -> (javafx.scene.control.TableRow<?>) n)
                .filter(r -> r.isVisible() && r.getItem() != null).filter(r -> {
                    Bounds b = r.localToScene(r.getLayoutBounds());
                    return b.getMinY() >= area.getMinY() - 0.5 && b.getMaxY() <= area.getMaxY() + 0.5;
                }).count();
    }

    // ---- opening ----

    private Window open(FxRobot robot, Case c) throws Exception {
        files = new FakeFiles();
        files.put(files.defaultPlanFile(), c.plan());
        robot.interact(() -> {
            window = TestWindow.open(stage, files, c::today, p -> Engine.analyse(p, c.today()));
            stage.setWidth(ScreenFit.SCREEN_WIDTH);
            stage.setHeight(ScreenFit.SCREEN_HEIGHT);
        });
        window.awaitPlan(() -> window.vm().document().getAnalysis().isPresent());
        // the dialogs wait in showAndWait: opened later, not inside interact
        Platform.runLater(() -> c.open().accept(this));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened().isPresent());
        Window dialog = opened().orElseThrow();
        robot.interact(() -> c.then().accept(dialog));
        // a Preview, a track, a page: drawn, then laid out
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return dialog;
    }

    private Optional<Window> opened() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof Stage)
                .reduce((a, b) -> b);
    }

    private PlanDocument doc() {
        return window.vm().document();
    }

    private dev.switchback.ui.week.WeekViewModel week() {
        return window.vm().week();
    }

    /** The sample's first session of {@code kind}, from today on where there is one. */
    private dev.switchback.model.SessionId session(SessionKind kind) {
        List<Session> all = doc().getPlan().sessions().stream().filter(s -> s.kind() == kind).toList();
        return all.stream().filter(s -> !s.date().isBefore(TODAY)).findFirst().orElse(all.get(0)).id();
    }

    /** The last planned session before today (the log form is pre-filled from it or its log). */
    private Session logged() {
        return doc().getPlan().sessions().stream().filter(s -> !s.isRest() && s.date().isBefore(TODAY))
                .reduce((a, b) -> b).orElseThrow();
    }

    private void template() {
        try {
            new TemplateStore(files.templatesFile()).update(lib -> lib.withSession(new SessionTemplate(
                    "Long pack day on the ridge", doc().getPlan().session(session(SessionKind.BACKPACKING_DAY))
                            .orElseThrow())));
        } catch (dev.switchback.store.StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- what fits means ----

    private static void assertFits(FxRobot robot, Window dialog) {
        Parent root = dialog.getScene().getRoot();
        assertThat(dialog.getHeight()).as("height").isLessThanOrEqualTo(ScreenFit.MAX_HEIGHT);
        assertThat(dialog.getWidth()).as("width").isLessThanOrEqualTo(ScreenFit.MAX_WIDTH);
        Rectangle2D at = new Rectangle2D(dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight());
        assertThat(SCREEN.contains(at)).as("%s inside %s", at, SCREEN).isTrue();

        List<Node> fields = new ArrayList<>();
        collect(root, fields);
        assertThat(fields).isNotEmpty();
        // the buttons that act on the whole form (OK, Save, Cancel, Apply) are outside the part that scrolls
        List<Button> buttons = fields.stream().filter(n -> n instanceof Button && scrollOf(n).isEmpty())
                .map(Button.class::cast).toList();
        assertThat(buttons).as("buttons").isNotEmpty();
        assertThat(fields).filteredOn(n -> n instanceof Button b && (b.isDefaultButton() || b.isCancelButton()))
                .allMatch(buttons::contains);
        for (Button b : buttons) {
            Bounds on = b.localToScreen(b.getLayoutBounds());
            assertThat(SCREEN.contains(on.getMinX(), on.getMinY(), on.getWidth(), on.getHeight()))
                    .as("button %s at %s", b.getText(), on).isTrue();
        }
        for (Node n : fields) {
            String name = describe(n);
            Optional<ScrollPane> scroll = scrollOf(n);
            scroll.ifPresent(s -> robot.interact(() -> ScreenFit.reveal(s, n)));
            Bounds b = n.localToScene(n.getLayoutBounds());
            Bounds area = scroll.map(DialogsFitTest::viewportInScene).orElse(root.getLayoutBounds());
            assertThat(b.getMinX()).as("left edge of %s", name).isGreaterThanOrEqualTo(area.getMinX() - 0.5);
            assertThat(b.getMaxX()).as("right edge of %s", name).isLessThanOrEqualTo(area.getMaxX() + 0.5);
            assertThat(b.getMinY()).as("top of %s", name).isGreaterThanOrEqualTo(area.getMinY() - 0.5);
            assertThat(b.getMaxY()).as("bottom of %s", name).isLessThanOrEqualTo(area.getMaxY() + 0.5);
            if (n instanceof javafx.scene.control.DatePicker d && d.getValue() != null) {
                // a date is read whole ("Thu 26 Nov 2026"), never cut at the picker's button
                Text date = (Text) d.getEditor().lookup(".text");
                javafx.geometry.Insets pad = d.getEditor().getInsets();
                assertThat(date.getLayoutBounds().getWidth()).as("date in %s", name)
                        .isLessThanOrEqualTo(d.getEditor().getWidth() - pad.getLeft() - pad.getRight() + 0.5);
            }
            if (n instanceof Labeled l && !l.getText().isEmpty() && !l.getStyleClass().contains("field-reason")) {
                Text shown = (Text) l.lookup(".text");
                assertThat(shown == null ? "" : shown.getText()).as("shown text of %s", name).isEqualTo(l.getText());
            }
        }
    }

    /** The form's own nodes: controls, and inside the panes that hold others (not a control's own insides). */
    private static void collect(Node n, List<Node> into) {
        if (!n.isVisible() || !n.isManaged() && !(n.getParent() instanceof ScrollPane)) {
            return;
        }
        if (n instanceof Control && !(n instanceof ScrollPane || n instanceof ButtonBar || n instanceof SplitPane
                || n instanceof TabPane || n instanceof TitledPane || n instanceof Accordion)) {
            into.add(n);
            if (n instanceof TableView<?> t) {
                // its column headers, not its rows (a row's text is the user's)
                t.lookupAll(".column-header .label").stream().filter(Node::isVisible).forEach(into::add);
            }
            return;
        }
        if (n instanceof ScrollPane s) {
            if (s.getContent() != null) {
                collect(s.getContent(), into);
            }
            return;
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
        }
    }

    private static Optional<ScrollPane> scrollOf(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s && isInside(n, s.getContent())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Bounds viewportInScene(ScrollPane s) {
        Bounds v = s.getViewportBounds();
        Node viewport = s.lookup(".viewport");
        return viewport.localToScene(new javafx.geometry.BoundingBox(0, 0, v.getWidth(), v.getHeight()));
    }

    /** The form's field that holds {@code focused} (a date picker's text, a combo's button). */
    private static Node field(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n.getId() != null && n instanceof Control) {
                return n;
            }
        }
        return focused;
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId()) + text;
    }
}
