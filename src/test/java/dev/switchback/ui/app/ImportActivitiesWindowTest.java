package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Engine;
import dev.switchback.model.OutingLog;
import dev.switchback.model.SessionId;
import dev.switchback.store.gpx.ActivityFixtures;
import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.log.LogActions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bulk import in the real window, headless: a folder of watch exports (a Strava archive, a FIT and
 * a TCX file, a broken file) through the same import window as File > Import activities, and files
 * dropped on a day of the week. The OS drag gesture itself cannot be simulated headless; the drop
 * goes through the week view-model's {@code dropFiles}, which the view's drop handler calls.
 */
class ImportActivitiesWindowTest {
    private static final LocalDate MON = DemoPlans.MONDAY;
    private static final LocalDate TODAY = MON.plusDays(2);

    @TempDir
    Path dir;
    private MainViewModel vm;

    @RegisterExtension
    final FxWindow fx = FxWindow.planner(FakeFiles::new, () -> TODAY, p -> Engine.analyse(p, TODAY))
            .opened(w -> vm = w.vm())
            .readyWhen(m -> m.document().getAnalysis().isPresent());

    @AfterEach
    void forget(FxRobot robot) throws BackingStoreException {
        for (Window w : robot.listWindows()) {
            if (w instanceof Stage s && s != fx.stage() && s.getTitle() != null && s.getTitle().startsWith("Import")) {
                robot.interact(s::close);
            }
        }
    }

    /** Noon in the computer's zone on {@code day}: the same day whatever zone the tests run in. */
    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
    }

    private Stage importWindow(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle())));
        Stage s = (Stage) robot.listWindows().stream()
                .filter(w -> w instanceof Stage st && title.equals(st.getTitle())).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.from(s.getScene().getRoot())
                .lookup("#gpx-batch-summary").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return s;
    }

    private Optional<OutingLog> logOf(String session) {
        return vm.document().getPlan().logFor(new SessionId(session));
    }

    @Test
    void aFolderOfWatchExportsIsImportedAsOneUndoableEdit(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("watch"));
        var strava = ActivityFixtures.entries();
        strava.put("activities/1.gpx", ActivityFixtures.gpx(noon(MON.plusDays(1)), 60));
        strava.put("activities/2.gpx", ActivityFixtures.gpx(noon(MON.plusDays(1)), 60)); // exported twice
        ActivityFixtures.write(folder.resolve("export_1.zip"), ActivityFixtures.zip(strava));
        ActivityFixtures.write(folder.resolve("mon.fit"), ActivityFixtures.fit(noon(MON), 30));
        ActivityFixtures.write(folder.resolve("sun.tcx"), ActivityFixtures.tcx(noon(MON.minusDays(1)), 45));
        Files.writeString(folder.resolve("broken.fit"), "not fit", StandardCharsets.UTF_8);
        var before = vm.document().getPlan();

        robot.interact(() -> LogActions.importGpxTracks(vm.document(), fx.stage(), w -> List.of(folder)));
        Stage s = importWindow(robot, "Import activities");

        String summary = robot.from(s.getScene().getRoot()).lookup("#gpx-batch-summary").queryAs(Label.class)
                .getText();
        assertThat(summary).startsWith("3 imported, 1 skipped, 1 refused.");
        assertThat(logOf("tue-run")).hasValueSatisfying(l -> {
            assertThat(l.avgHeartRate()).isPresent();
            assertThat(l.startTime()).contains(LocalTime.NOON);
        });
        assertThat(vm.document().getPlan().logs()).hasSize(3);
        assertThat(vm.document().undoDescriptionProperty().get()).isEqualTo("Import 3 activities");
        robot.interact(vm.document()::undo);
        assertThat(vm.document().getPlan()).isEqualTo(before);
    }

    @Test
    void filesDroppedOnADayAreLoggedForThatDay(FxRobot robot) throws Exception {
        // Recorded on Monday (the watch's clock was wrong, or the user knows better): dropped on Tuesday.
        Path file = ActivityFixtures.write(dir.resolve("run.fit"), ActivityFixtures.fit(noon(MON), 60));
        LocalDate tuesday = MON.plusDays(1);
        boolean[] accepted = {false};
        robot.interact(() -> accepted[0] = vm.week().dropFiles(tuesday, List.of(file)));
        assertThat(accepted[0]).isTrue();
        importWindow(robot, "Import activities for " + tuesday);
        OutingLog log = logOf("tue-run").orElseThrow();
        assertThat(log.date()).isEqualTo(tuesday);
        assertThat(log.notes()).isEqualTo("Imported from run.fit");
    }

    @Test
    void aDropOnADayStillAheadDoesNothing(FxRobot robot) {
        Path file = ActivityFixtures.write(dir.resolve("run.fit"), ActivityFixtures.fit(noon(MON), 60));
        boolean[] accepted = {true};
        robot.interact(() -> accepted[0] = vm.week().dropFiles(TODAY.plusDays(1), List.of(file)));
        assertThat(accepted[0]).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows()).noneMatch(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Import"));
        assertThat(vm.document().getPlan().logs()).isEmpty();
    }
}
