package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.store.gpx.ActivityEntry;
import dev.switchback.store.gpx.ActivityFixtures;
import dev.switchback.store.gpx.ActivityReader;
import dev.switchback.store.gpx.GpxTrack;
import dev.switchback.ui.app.PlanDocument;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log form with an imported track: heart rate filled, the profile and the zones for the view, the start kept. */
class OutingLogTrackTest {
    private final LogSamples s = new LogSamples();

    @TempDir
    Path dir;

    private OutingLogViewModel form(Plan plan) {
        var doc = new PlanDocument(plan, Optional.empty());
        return new OutingLogViewModel(doc, OutingLog.fromPlan(s.packRun, 5), Optional.of(s.packRun), false,
                ZoneOffset.UTC);
    }

    private GpxTrack track() throws Exception {
        Path f = ActivityFixtures.write(dir.resolve("thu.fit"),
                ActivityFixtures.fit(Instant.parse("2026-11-19T07:05:00Z"), 100));
        return ActivityReader.read(ActivityEntry.of(f));
    }

    @Test
    void heartRateZonesAndProfileComeFromTheTrack() throws Exception {
        Plan plan = s.plan();
        plan = plan.withAthlete(plan.athlete().withHeartRates(Optional.of(190), Optional.of(50)));
        OutingLogViewModel vm = form(plan);
        vm.applyGpx(track());
        assertThat(vm.avgHeartRateProperty().get()).isEqualTo("140");
        assertThat(vm.maxHeartRateProperty().get()).isEqualTo("170");
        var view = vm.trackProperty().get().orElseThrow();
        assertThat(view.profile()).hasSizeLessThanOrEqualTo(OutingLogViewModel.PROFILE_POINTS + 1);
        assertThat(view.profile().get(0)).containsExactly(0.0, 1000.0);
        assertThat(view.profile().get(view.profile().size() - 1)[0]).isCloseTo(18.0, org.assertj.core.data.Offset
                .offset(0.001));
        // five zones, highest first, whose times and the time below them make the 100 timed minutes
        assertThat(view.zones()).extracting(OutingLogViewModel.ZoneRow::name)
                .containsExactly("Z5", "Z4", "Z3", "Z2", "Z1");
        assertThat(view.zones().get(4).heartRates()).isEqualTo("95-113");
        assertThat(view.zones().get(0).heartRates()).isEqualTo("171+");
        Duration inZones = view.zones().stream().map(OutingLogViewModel.ZoneRow::time)
                .reduce(Duration.ZERO, Duration::plus);
        assertThat(inZones).isLessThanOrEqualTo(Duration.ofMinutes(100)).isPositive();
        assertThat(view.zones().stream().mapToDouble(OutingLogViewModel.ZoneRow::fraction).sum())
                .isCloseTo(inZones.toSeconds() / 6000.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(view.notes()).containsExactly("Average 140, maximum 170 bpm. Zones: % of your maximum (190 bpm),"
                + " Edwards 1993.", view.notes().get(1));
        assertThat(view.notes().get(1)).startsWith("Banister TRIMP ");
        assertThat(vm.gpxStatusProperty().get()).contains("heart rate 140 avg, 170 max", "Banister TRIMP ");
        assertThat(vm.build().startTime()).contains(LocalTime.of(7, 5));
    }

    @Test
    void withoutMaximumHeartRateTheFormSaysWhereToSetIt() throws Exception {
        OutingLogViewModel vm = form(s.plan());
        vm.applyGpx(track());
        var view = vm.trackProperty().get().orElseThrow();
        assertThat(view.zones()).isEmpty();
        assertThat(view.notes()).containsExactly("Average 140, maximum 170 bpm. Set your maximum heart rate in"
                + " Settings to see the zones.");
        assertThat(vm.gpxStatusProperty().get()).endsWith("Set your maximum heart rate in Settings to see the time"
                + " in each zone.");
    }

    @Test
    void beforeAnImportThereIsNoTrack() {
        assertThat(form(s.plan()).trackProperty().get()).isEmpty();
    }
}
