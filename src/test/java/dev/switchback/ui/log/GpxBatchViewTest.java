package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.store.gpx.GpxFixtures;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.log.GpxBatchViewModel.OutcomeRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** "Import GPX tracks…" end to end: a fake picker, real files written to a temp folder, real reading. */
class GpxBatchViewTest {
    private static Path dir;
    private final LogSamples s = new LogSamples();
    private Plan initial;
    private PlanDocument doc;
    private Stage owner;
    private final AtomicReference<List<Path>> picked = new AtomicReference<>(List.of());
    private final AtomicReference<Optional<Stage>> importStage = new AtomicReference<>(Optional.empty());

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.MODENA, this::start);

    @BeforeAll
    static void files() throws Exception {
        dir = Files.createTempDirectory("switchback-gpx-batch");
        // Noon UTC: the same calendar day in any time zone the tests may run in.
        GpxFixtures.loop(dir, "thu.gpx", 13, 600, true, true, Instant.parse("2026-11-19T11:00:00Z"));
        GpxFixtures.loop(dir, "sat.gpx", 18, 900, true, true, Instant.parse("2026-11-21T10:00:00Z"));
        GpxFixtures.loop(dir, "mon.gpx", 6, 100, true, true, Instant.parse("2026-11-16T12:00:00Z"));
        GpxFixtures.loop(dir, "notimes.gpx", 5, 100, false, true);
        GpxFixtures.emptyGpx(dir);
        GpxFixtures.corruptGpx(dir);
        GpxFixtures.write(dir.resolve("zero.gpx"), "");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    void start(Stage stage) {
        initial = s.plan();
        doc = new PlanDocument(initial, Optional.empty());
        owner = stage;
        Button open = new Button("Import");
        open.setId("open-import");
        open.setOnAction(e -> importStage.set(LogActions.importGpxTracks(doc, stage, w -> picked.get())));
        stage.setScene(new Scene(new StackPane(open), 300, 200));
        stage.show();
    }

    private List<OutcomeRow> importFiles(FxRobot robot, String... names) throws Exception {
        picked.set(java.util.Arrays.stream(names).map(dir::resolve).toList());
        robot.clickOn("#open-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !lookupIn(robot, "#gpx-batch-summary").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookupIn(robot, "#gpx-batch-close").queryButton().isDisabled()).isFalse();
        return lookupIn(robot, "#gpx-batch-results").queryAs(VBox.class).getChildren().stream()
                .map(row -> (OutcomeRow) row.getUserData()).toList();
    }

    @AfterEach
    void closeImportWindow(FxRobot robot) {
        importStage.get().ifPresent(st -> robot.interact(st::close));
    }

    /** Looks inside this test's import window only. */
    private org.testfx.service.query.NodeQuery lookupIn(FxRobot robot, String query) {
        return robot.from(importStage.get().orElseThrow().getScene().getRoot()).lookup(query);
    }

    private List<String> shownDetails(FxRobot robot) {
        return lookupIn(robot, ".gpx-outcome-detail").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t != null && !t.isEmpty()).toList();
    }

    @Test
    void goodFilesAreLoggedOnTheirDaysAsOneUndoableEdit(FxRobot robot) throws Exception {
        List<OutcomeRow> out = importFiles(robot, "thu.gpx", "sat.gpx");
        assertThat(out).extracting(OutcomeRow::status).containsExactly("Imported", "Imported");
        assertThat(shownDetails(robot)).anySatisfy(t -> assertThat(t).startsWith(
                "Thu 19 Nov, Run with pack (planned): 13 km, "));
        assertThat(doc.getPlan().logFor(s.packRun.id()).orElseThrow().distanceM()).isBetween(12_900.0, 13_100.0);
        assertThat(doc.getPlan().logFor(s.longHike.id())).isPresent();
        assertThat(lookupIn(robot, "#gpx-batch-summary").queryAs(Label.class).getText())
                .startsWith("2 imported.");
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Import 2 activities");
        robot.interact(doc::undo);
        assertThat(doc.getPlan()).isEqualTo(initial);
        robot.clickOn("#gpx-batch-close");
        assertThat(importStage.get().orElseThrow().isShowing()).isFalse();
    }

    @Test
    void anEmptyFileIsRefusedAndChangesNothing(FxRobot robot) throws Exception {
        List<OutcomeRow> out = importFiles(robot, "empty.gpx");
        assertThat(out).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo("Refused");
            assertThat(o.detail()).startsWith("The GPX file empty.gpx has no track points, so there is nothing to"
                    + " import.");
        });
        assertThat(lookupIn(robot, "#gpx-batch-summary").queryAs(Label.class).getText())
                .isEqualTo("1 refused. The plan is unchanged.");
        assertThat(doc.getPlan()).isSameAs(initial);
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void aCorruptFileIsRefusedNamingTheLine(FxRobot robot) throws Exception {
        List<OutcomeRow> out = importFiles(robot, "corrupt.gpx");
        assertThat(out).singleElement().satisfies(o -> assertThat(o.detail()).startsWith(
                "The GPX file corrupt.gpx could not be read: it is not valid GPX (broken at line 3: "));
        assertThat(shownDetails(robot)).singleElement().asString().contains("broken at line 3");
        assertThat(doc.getPlan()).isSameAs(initial);
    }

    @Test
    void aMixOfGoodAndBadFilesImportsTheGoodOnesAndSaysWhyTheOthersWereNot(FxRobot robot) throws Exception {
        List<OutcomeRow> out = importFiles(robot, "thu.gpx", "empty.gpx", "corrupt.gpx", "notimes.gpx", "zero.gpx",
                "mon.gpx");
        assertThat(out).extracting(OutcomeRow::status).containsExactly("Imported", "Refused",
                "Refused", "Refused", "Refused", "Imported");
        assertThat(out.get(3).detail()).contains("has no timestamps, so the day of the outing is unknown");
        assertThat(out.get(4).detail()).contains("is empty (0 bytes)");
        assertThat(out.get(5).detail()).startsWith("Mon 16 Nov, unplanned trail run");
        assertThat(lookupIn(robot, "#gpx-batch-summary").queryAs(Label.class).getText()).isEqualTo(
                "2 imported, 4 refused. The imported outings are one edit: Edit > Undo takes them all back.");
        assertThat(doc.getPlan().logs()).hasSize(initial.logs().size() + 2);
        robot.interact(doc::undo);
        assertThat(doc.getPlan()).isEqualTo(initial);
    }

    @Test
    void choosingNoFileOpensNothing(FxRobot robot) {
        picked.set(List.of());
        robot.clickOn("#open-import");
        assertThat(importStage.get()).isEmpty();
        assertThat(owner.isShowing()).isTrue();
    }
}
