package dev.switchback.ui.trip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.format.UnitFormat;
import dev.switchback.model.Athlete;
import dev.switchback.model.Route;
import dev.switchback.model.Terrain;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Turnaround;
import dev.switchback.model.Units;
import dev.switchback.model.Weather;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The trip editor's stages keep what the table does not show (descent, target RPE), and take expected
 * conditions and a GPX route per stage (issue 17).
 */
class TripStageFieldsTest {
    private static final Athlete ALEX = Athlete.of("Alex", 72);
    private static final LocalDate START = LocalDate.of(2026, 12, 19);
    private static final UnitFormat METRIC = UnitFormat.of(Units.METRIC);

    @TempDir
    Path dir;

    private static Trip trip(TripStage... stages) {
        return new Trip(TripId.random(), "Traverse", START, List.of(stages), Terrain.TRAIL, false, "");
    }

    /** A stage that goes down more than it climbs, with a target effort: what TripStage.of dropped. */
    private static TripStage downhill() {
        return new TripStage(Duration.ofHours(6), 18_000, 800, 1_400, 12, Optional.of(6.0));
    }

    private Path ridge(String name) throws Exception {
        Path gpx = dir.resolve(name);
        // 2.2 km, 100 m up and 50 m down
        Files.writeString(gpx, """
                <?xml version="1.0"?>
                <gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><rte>
                <rtept lat="0" lon="0"><ele>1000</ele></rtept>
                <rtept lat="0" lon="0.01"><ele>1100</ele></rtept>
                <rtept lat="0" lon="0.02"><ele>1050</ele></rtept>
                </rte></gpx>
                """);
        return gpx;
    }

    @ParameterizedTest
    @EnumSource(Units.class)
    void editingAnotherFieldKeepsTheStagesDescentAndTargetEffort(Units units) {
        var vm = TripEditorViewModel.forEdit(trip(downhill(), downhill()), ALEX.withUnits(units));
        vm.stages().get(0).packProperty().set(vm.stages().get(0).packProperty().get().equals("12") ? "11" : "25");
        vm.stages().get(0).hoursProperty().set("5:30");
        TripStage edited = vm.result().orElseThrow().stages().get(0);
        assertThat(edited.descentM()).isEqualTo(1_400);
        assertThat(edited.targetRpe()).contains(6.0);
        assertThat(edited.duration()).isEqualTo(Duration.ofMinutes(330));
        assertThat(vm.result().orElseThrow().stages().get(1)).isEqualTo(downhill());
    }

    @Test
    void aDescentOfItsOwnStaysWhenTheClimbIsEditedAndALoopsFollowsTheClimb() {
        var loop = TripStage.of(Duration.ofHours(6), 20_000, 800, 12);
        var vm = TripEditorViewModel.forEdit(trip(downhill(), loop), ALEX);
        vm.stages().get(0).climbProperty().set("900");
        vm.stages().get(1).climbProperty().set("1000");
        var stages = vm.result().orElseThrow().stages();
        assertThat(stages.get(0).climbM()).isEqualTo(900);
        assertThat(stages.get(0).descentM()).isEqualTo(1_400);
        assertThat(stages.get(1).climbM()).isEqualTo(1_000);
        assertThat(stages.get(1).descentM()).isEqualTo(1_000);
        vm.addDay();
        assertThat(vm.result().orElseThrow().stages().get(2).descentM()).isEqualTo(1_000);
    }

    @Test
    void aStageWithEveryFieldOpenedAndSavedUntouchedIsTheSame() throws Exception {
        Route route = dev.switchback.store.gpx.GpxImporter.readRoute(ridge("ridge.gpx"));
        TripStage full = downhill().withTrail(new TrailPlan(Optional.of(Turnaround.by(LocalTime.of(13, 30))),
                List.of("Hütte at km 12", "bus from the valley at 16:40"), Set.of(Weather.HOT, Weather.WINDY),
                Optional.of(route))).withAltitudes(Optional.of(2_400.0), Optional.of(3_050.0));
        Trip t = trip(full, downhill());
        for (Units units : Units.values()) {
            var vm = TripEditorViewModel.forEdit(t, ALEX.withUnits(units));
            assertThat(vm.result()).contains(t);
            assertThat(vm.stages().get(0).conditionProperty(Weather.HOT).get()).isTrue();
            assertThat(vm.stages().get(0).conditionProperty(Weather.COLD).get()).isFalse();
            assertThat(vm.stages().get(0).routeProperty().get()).contains(route);
        }
    }

    @Test
    void theExpectedConditionsOfAStageAreSavedAndAnAddedDayTakesTheLastDaysWeather() {
        var vm = TripEditorViewModel.forNew(START, ALEX);
        vm.stages().get(1).conditionProperty(Weather.HOT).set(true);
        vm.stages().get(1).conditionProperty(Weather.WINDY).set(true);
        var stages = vm.result().orElseThrow().stages();
        assertThat(stages.get(0).trail().conditions()).isEmpty();
        assertThat(stages.get(1).trail().conditions()).containsExactlyInAnyOrder(Weather.HOT, Weather.WINDY);
        vm.addDay();
        assertThat(vm.result().orElseThrow().stages().get(2).trail().conditions())
                .containsExactlyInAnyOrder(Weather.HOT, Weather.WINDY);
        vm.stages().get(1).conditionProperty(Weather.HOT).set(false);
        assertThat(vm.result().orElseThrow().stages().get(1).trail().conditions()).containsExactly(Weather.WINDY);
    }

    @Test
    void aRouteAttachedToAStageGivesItsFiguresAndAPredictedTimeWithItsBasis() throws Exception {
        var vm = TripEditorViewModel.forNew(START, ALEX);
        var day = vm.stages().get(1);
        assertThat(vm.routeSummary(day)).isEqualTo("No route attached");
        day.attachRoute(ridge("ridge.gpx"), METRIC);
        assertThat(day.routeErrorProperty().get()).isEmpty();
        assertThat(day.distanceProperty().get()).isEqualTo("2.2");
        assertThat(day.climbProperty().get()).isEqualTo("100");
        TripStage stage = vm.result().orElseThrow().stages().get(1);
        assertThat(stage.trail().route()).isPresent();
        assertThat(stage.climbM()).isEqualTo(100, org.assertj.core.data.Offset.offset(0.5));
        assertThat(stage.descentM()).isEqualTo(50, org.assertj.core.data.Offset.offset(0.5));
        assertThat(vm.result().orElseThrow().stages().get(0).trail().route()).isEmpty();
        assertThat(vm.routeSummary(day)).startsWith("ridge: 2.2 km, 100 m up, 50 m down · predicted ")
                .endsWith("(Tobler with the pack, not yet corrected by your pace (0 of 5 hikes logged))");
        // the route's own descent stays as the climb is edited
        day.climbProperty().set("150");
        assertThat(vm.result().orElseThrow().stages().get(1).descentM())
                .isEqualTo(50, org.assertj.core.data.Offset.offset(0.5));
        day.removeRoute();
        assertThat(vm.result().orElseThrow().stages().get(1).trail().route()).isEmpty();
        assertThat(day.distanceProperty().get()).isEqualTo("2.2");
        assertThat(vm.routeSummary(day)).isEqualTo("No route attached");
    }

    @Test
    void aFileThatIsNoRouteSaysWhyAndLeavesTheStageAsItWas() throws Exception {
        Path bad = dir.resolve("empty.gpx");
        Files.writeString(bad, "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"></gpx>");
        var vm = TripEditorViewModel.forNew(START, ALEX);
        Trip before = vm.result().orElseThrow();
        vm.stages().get(0).attachRoute(bad, METRIC);
        assertThat(vm.stages().get(0).routeErrorProperty().get())
                .contains("has no route or track point, so there is no route to attach");
        assertThat(vm.result()).contains(before);
        vm.stages().get(0).attachRoute(ridge("ridge.gpx"), METRIC);
        assertThat(vm.stages().get(0).routeErrorProperty().get()).isEmpty();
    }

    @Test
    void theRoutesFileIsReadByTheRunnerAndAttachedWhenItIsDone() throws Exception {
        var later = new java.util.ArrayList<Runnable>();
        var what = new java.util.ArrayList<String>();
        var deferred = new dev.switchback.ui.common.BackgroundRunner() {
            @Override
            public <T> void run(String w, Work<T> work, java.util.function.Consumer<T> ok,
                    java.util.function.Consumer<dev.switchback.store.StoreException> failed) {
                what.add(w);
                later.add(() -> {
                    try {
                        ok.accept(work.call());
                    } catch (dev.switchback.store.StoreException e) {
                        failed.accept(e);
                    }
                });
            }

            @Override
            public <T> Running runLong(String w, LongWork<T> work, ProgressListener progress,
                    java.util.function.Consumer<T> ok,
                    java.util.function.Consumer<dev.switchback.store.StoreException> failed) {
                throw new AssertionError("not long work");
            }

            @Override
            public void start(javafx.concurrent.Task<?> task) {
                throw new AssertionError("not a task");
            }
        };
        var vm = TripEditorViewModel.forNew(START, ALEX);
        vm.stages().get(0).attachRoute(ridge("ridge.gpx"), METRIC, deferred);
        assertThat(what).containsExactly("Reading the route ridge.gpx");
        assertThat(vm.result().orElseThrow().stages().get(0).trail().route()).isEmpty();
        later.forEach(Runnable::run);
        assertThat(vm.result().orElseThrow().stages().get(0).trail().route()).isPresent();
        assertThat(vm.stages().get(0).distanceProperty().get()).isEqualTo("2.2");
    }
}
