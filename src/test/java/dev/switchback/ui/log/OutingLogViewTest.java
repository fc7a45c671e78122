package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.store.gpx.GpxFixtures;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.app.PlanDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class OutingLogViewTest {
    private static Path dir;
    private final LogSamples s = new LogSamples();
    private Plan initial;
    private PlanDocument doc;
    private final AtomicReference<List<Path>> picked = new AtomicReference<>(List.of());
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * JavaFX's own theme whatever a test before this one set: the clicks below aim at the middle of each control
     * as laid out with it.
     */
    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.MODENA, this::start);

    @BeforeAll
    static void files() throws Exception {
        dir = Files.createTempDirectory("switchback-gpx");
        GpxFixtures.loop(dir, "ridge.gpx", 12, 600, true, true);
        GpxFixtures.loop(dir, "part2.gpx", 3, 100, true, true);
        GpxFixtures.emptyGpx(dir);
        GpxFixtures.corruptGpx(dir);
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
        OutingLogViewModel vm = OutingLogViewModel.forPlanned(doc, s.packRun.id());
        stage.setScene(new Scene(new OutingLogView(vm, owner -> picked.get(), dev.switchback.ui.common.BackgroundRunner.inline(), () -> closed.set(true)),
                780, 860)); // the log dialog's own size (LogActions), with the window's theme or without
        stage.sizeToScene();
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void retype(FxRobot robot, String id, String value) {
        robot.clickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(value);
    }

    @Test
    void logsAPlannedSessionFromTheForm(FxRobot robot) {
        assertThat(text(robot, "#log-duration")).isEqualTo("1:30");
        assertThat(label(robot, "#log-compliance")).isEqualTo("Done as planned");
        retype(robot, "#log-duration", "1:52");
        assertThat(label(robot, "#log-compliance")).isEqualTo("Done, not as planned");
        assertThat(robot.lookup("#log-compliance").queryAs(Label.class).getStyleClass())
                .contains("compliance-partly").doesNotContain("compliance-as-planned");
        robot.clickOn("#log-rpe").write("7");
        assertThat(label(robot, "#log-rpe-words")).isEqualTo("7 Very hard");
        robot.clickOn("#log-area-shoulders");
        robot.clickOn("#log-save");
        OutingLog log = doc.getPlan().logFor(s.packRun.id()).orElseThrow();
        assertThat(log.duration()).isEqualTo(Duration.ofMinutes(112));
        assertThat(log.rpe()).isEqualTo(7);
        assertThat(log.sorenessAreas()).containsExactly(BodyArea.SHOULDERS);
        assertThat(closed).isTrue();
    }

    @Test
    void aBadValueShowsTheMessageAndKeepsTheFormOpen(FxRobot robot) {
        retype(robot, "#log-distance", "twelve");
        robot.clickOn("#log-save");
        assertThat(label(robot, "#log-error")).isEqualTo("Distance (km) must be a number such as 12.5 (was \"twelve\")");
        assertThat(doc.getPlan()).isSameAs(initial);
        assertThat(closed).isFalse();
    }

    @Test
    void importsAGoodGpxIntoTheForm(FxRobot robot) {
        picked.set(List.of(dir.resolve("ridge.gpx")));
        robot.clickOn("#log-import-gpx");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#log-distance")).isEqualTo("12");
        assertThat(Integer.parseInt(text(robot, "#log-climb"))).isBetween(588, 612);
        assertThat(text(robot, "#log-duration")).isEqualTo("2:00");
        assertThat(label(robot, "#log-gpx-status")).startsWith("Imported ridge.gpx: 12 km, ");
        assertThat(label(robot, "#log-error")).isEmpty();
        assertThat(doc.getPlan()).as("importing fills the form only").isSameAs(initial);
    }

    @Test
    void importsSeveralFilesAsOneOuting(FxRobot robot) throws Exception {
        picked.set(List.of(dir.resolve("ridge.gpx"), dir.resolve("part2.gpx")));
        robot.clickOn("#log-import-gpx");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !label(robot, "#log-gpx-status").isEmpty());
        assertThat(text(robot, "#log-distance")).isEqualTo("15");
        assertThat(label(robot, "#log-gpx-status")).startsWith("Imported 2 files: 15 km");
    }

    @Test
    void anEmptyGpxSaysSoAndChangesNothing(FxRobot robot) {
        picked.set(List.of(dir.resolve("empty.gpx")));
        robot.clickOn("#log-import-gpx");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#log-error")).isEqualTo("The GPX file empty.gpx has no track points, so there is"
                + " nothing to import. Export the recorded activity as GPX from your watch or app and try again."
                + " Nothing was changed.");
        assertThat(text(robot, "#log-distance")).isEqualTo("13");
        assertThat(text(robot, "#log-duration")).isEqualTo("1:30");
    }

    @Test
    void aCorruptGpxSaysSoAndChangesNothing(FxRobot robot) {
        picked.set(List.of(dir.resolve("ridge.gpx"), dir.resolve("corrupt.gpx")));
        robot.clickOn("#log-import-gpx");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#log-error")).startsWith("The GPX file corrupt.gpx could not be read")
                .endsWith("Nothing was changed.");
        assertThat(text(robot, "#log-distance")).isEqualTo("13");
        assertThat(doc.getPlan()).isSameAs(initial);
    }
}
