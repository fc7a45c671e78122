package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.engine.HeartRateSummary;
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
        HeartRateSummary hr = view.heartRate().orElseThrow();
        Duration sum = hr.zones().orElseThrow().stream().reduce(hr.belowZones(), Duration::plus);
        assertThat(sum).isEqualTo(hr.timed()).isEqualTo(Duration.ofMinutes(100));
        assertThat(vm.gpxStatusProperty().get()).contains("heart rate 140 avg, 170 max", "Banister TRIMP ");
        assertThat(vm.build().startTime()).contains(LocalTime.of(7, 5));
    }

    @Test
    void withoutMaximumHeartRateTheFormSaysWhereToSetIt() throws Exception {
        OutingLogViewModel vm = form(s.plan());
        vm.applyGpx(track());
        assertThat(vm.trackProperty().get().orElseThrow().heartRate().orElseThrow().zones()).isEmpty();
        assertThat(vm.gpxStatusProperty().get()).endsWith("Set your maximum heart rate in Settings to see the time"
                + " in each zone.");
    }

    @Test
    void beforeAnImportThereIsNoTrack() {
        assertThat(form(s.plan()).trackProperty().get()).isEmpty();
    }
}
