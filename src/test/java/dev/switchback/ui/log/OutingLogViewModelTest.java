package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.Compliance;
import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Weather;
import dev.switchback.store.gpx.GpxTrack;
import dev.switchback.ui.app.PlanDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutingLogViewModelTest {
    private final LogSamples s = new LogSamples();
    private final dev.switchback.model.Plan initial = s.plan();
    private final PlanDocument doc = new PlanDocument(initial, Optional.empty());

    private OutingLogViewModel packRunForm() {
        return new OutingLogViewModel(doc, OutingLog.fromPlan(s.packRun, 5), Optional.of(s.packRun), false,
                ZoneOffset.UTC);
    }

    @Test
    void opensPreFilledWithThePlannedValues() {
        OutingLogViewModel vm = OutingLogViewModel.forPlanned(doc, s.packRun.id());
        assertThat(vm.durationProperty().get()).isEqualTo("1:30");
        assertThat(vm.distanceProperty().get()).isEqualTo("13");
        assertThat(vm.climbProperty().get()).isEqualTo("600");
        assertThat(vm.packProperty().get()).isEqualTo("8");
        assertThat(vm.rpeProperty().get()).isEqualTo(5);
        assertThat(vm.rpeLabel().get()).isEqualTo("5 Hard");
        assertThat(vm.plannedSummary()).isEqualTo(
                "Planned: Run with pack · 1:30 · 13 km · 600 m climb · 8 kg pack · RPE 5");
        assertThat(vm.complianceProperty().get()).contains(Compliance.AS_PLANNED);
    }

    @Test
    void aLoggedSessionOpensWithItsLog() {
        OutingLogViewModel vm = OutingLogViewModel.forPlanned(doc, s.tempo.id());
        assertThat(vm.durationProperty().get()).isEqualTo("0:52");
        assertThat(vm.feelAfterProperty().get()).isEqualTo(5);
        assertThat(vm.feelAfterWordsProperty().get()).isEqualTo("flowing");
        assertThat(vm.windowTitle()).startsWith("Edit outing");
    }

    @Test
    void savingPutsTheLogInThePlanAsOneUndoableEdit() {
        OutingLogViewModel vm = packRunForm();
        vm.durationProperty().set("1:52");
        vm.rpeProperty().set(7);
        vm.avgHeartRateProperty().set("141");
        vm.maxHeartRateProperty().set("168");
        vm.feelAfterProperty().set(2);
        vm.feelAfterWordsProperty().set("shoulders sore");
        vm.sorenessLevelProperty().set(3);
        vm.sorenessAreas().add(BodyArea.SHOULDERS);
        vm.weather().add(Weather.WINDY);
        vm.nextDayPlanProperty().set("Rest");
        assertThat(vm.save()).isTrue();
        OutingLog log = doc.getPlan().logFor(s.packRun.id()).orElseThrow();
        assertThat(log.duration()).isEqualTo(Duration.ofMinutes(112));
        assertThat(log.rpe()).isEqualTo(7);
        assertThat(log.avgHeartRate()).contains(141);
        assertThat(log.feelAfter()).hasValueSatisfying(f -> assertThat(f.words()).isEqualTo("shoulders sore"));
        assertThat(log.sorenessAreas()).containsExactly(BodyArea.SHOULDERS);
        assertThat(log.weather()).containsExactly(Weather.WINDY);
        assertThat(log.nextDayPlan()).isEqualTo("Rest");
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Log Run with pack on Thu 19 Nov");
        doc.undo();
        assertThat(doc.getPlan().logFor(s.packRun.id())).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {
        "1:3x; Duration must be hours:minutes such as 1:30, minutes such as 90, or 1h30 or 1.5h (was \"1:3x\")",
        "25:00; Actual duration must be between 0 and 24 h (was 1500 min)",
    })
    void aBadDurationIsRefusedWithAMessageAndChangesNothing(String text, String message) {
        OutingLogViewModel vm = packRunForm();
        vm.durationProperty().set(text);
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo(message);
        assertThat(doc.getPlan()).isSameAs(initial);
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void averageAboveMaximumHeartRateIsRefused() {
        OutingLogViewModel vm = packRunForm();
        vm.avgHeartRateProperty().set("170");
        vm.maxHeartRateProperty().set("160");
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo(
                "Average heart rate (170 bpm) cannot be above maximum heart rate (160 bpm)");
    }

    @Test
    void feelWordsNeedAScore() {
        OutingLogViewModel vm = packRunForm();
        vm.feelDuringWordsProperty().set("heavy legs");
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo(
                "Pick a score from 1 to 5 for how it felt during to go with the words \"heavy legs\"");
    }

    @ParameterizedTest(name = "{0} for planned 1:30 -> {1}")
    @CsvSource({"1:11, PARTLY", "1:12, AS_PLANNED", "1:48, AS_PLANNED", "1:49, PARTLY"})
    void complianceFollowsTheTypedDuration(String typed, Compliance expected) {
        OutingLogViewModel vm = packRunForm();
        vm.durationProperty().set(typed);
        assertThat(vm.complianceProperty().get()).contains(expected);
    }

    @Test
    void aHalfTypedDurationHasNoCompliance() {
        OutingLogViewModel vm = packRunForm();
        vm.durationProperty().set("1:");
        assertThat(vm.complianceProperty().get()).isEmpty();
    }

    @Test
    void gpxFillsDistanceClimbDescentAndDuration() {
        OutingLogViewModel vm = packRunForm();
        vm.applyGpx(new GpxTrack(List.of(Path.of("ridge.gpx")), 1201, 12_040, Optional.of(604.0), Optional.of(598.0),
                Optional.of(Duration.ofMinutes(120)), Optional.of(Instant.parse("2026-11-19T07:05:00Z"))));
        assertThat(vm.distanceProperty().get()).isEqualTo("12");
        assertThat(vm.climbProperty().get()).isEqualTo("604");
        assertThat(vm.descentProperty().get()).isEqualTo("598");
        assertThat(vm.durationProperty().get()).isEqualTo("2:00");
        assertThat(vm.gpxStatusProperty().get()).isEqualTo(
                "Imported ridge.gpx: 12 km, 604 m up, 598 m down, 2:00, started Thu 19 Nov 07:05.");
        assertThat(vm.complianceProperty().get()).contains(Compliance.PARTLY);
    }

    @Test
    void gpxWithoutTimesOrElevationsLeavesThoseFieldsAndSaysSo() {
        OutingLogViewModel vm = packRunForm();
        vm.applyGpx(new GpxTrack(List.of(Path.of("a.gpx"), Path.of("b.gpx")), 300, 3_000, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(vm.distanceProperty().get()).isEqualTo("3");
        assertThat(vm.climbProperty().get()).isEqualTo("600");
        assertThat(vm.durationProperty().get()).isEqualTo("1:30");
        assertThat(vm.gpxStatusProperty().get()).isEqualTo("Imported 2 files: 3 km. No elevations in the file:"
                + " climb and descent left as they were. No timestamps in the file: duration left as it was.");
    }

    @Test
    void aFailedImportShowsTheMessageAndKeepsTheForm() {
        OutingLogViewModel vm = packRunForm();
        vm.gpxFailed("The GPX file x.gpx has no track points.");
        assertThat(vm.errorProperty().get()).isEqualTo("The GPX file x.gpx has no track points.");
        assertThat(vm.distanceProperty().get()).isEqualTo("13");
    }

    @Test
    void anUnplannedOutingTakesItsDayFromTheGpxStart() {
        OutingLogViewModel vm = new OutingLogViewModel(doc, OutingLog.quick(LogSamples.MONDAY,
                dev.switchback.model.SessionKind.TRAIL_RUN, Duration.ofMinutes(60), 4, ""), Optional.empty(), false,
                ZoneOffset.UTC);
        vm.applyGpx(new GpxTrack(List.of(Path.of("x.gpx")), 10, 5_000, Optional.of(100.0), Optional.of(100.0),
                Optional.of(Duration.ofMinutes(30)), Optional.of(Instant.parse("2026-11-18T17:00:00Z"))));
        assertThat(vm.dateProperty().get()).isEqualTo(LogSamples.MONDAY.plusDays(2));
        assertThat(vm.complianceProperty().get()).contains(Compliance.EXTRA);
        assertThat(vm.save()).isTrue();
        assertThat(doc.getPlan().logsOn(LogSamples.MONDAY.plusDays(2))).singleElement()
                .satisfies(l -> assertThat(l.plannedSession()).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void eachMeasurementIsCheckedAsItIsTypedWithItsOwnReason() {
        var vm = OutingLogViewModel.forUnplanned(new dev.switchback.ui.app.PlanDocument(new LogSamples().plan(),
                java.util.Optional.empty()), LogSamples.MONDAY);
        vm.distanceProperty().set("-4");
        org.assertj.core.api.Assertions.assertThat(vm.fieldErrorProperty("distance").get()).containsIgnoringCase("distance");
        org.assertj.core.api.Assertions.assertThat(vm.fieldErrorProperty("duration").get()).isEmpty();
        vm.avgHeartRateProperty().set("fast");
        org.assertj.core.api.Assertions.assertThat(vm.fieldErrorProperty("avg-hr").get())
                .startsWith("Average heart rate must be");
        vm.distanceProperty().set("12");
        org.assertj.core.api.Assertions.assertThat(vm.fieldErrorProperty("distance").get()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(vm.errorProperty().get()).as("nothing said before Save").isEmpty();
    }
}
