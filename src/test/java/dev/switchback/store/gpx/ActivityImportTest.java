package dev.switchback.store.gpx;

import static dev.switchback.store.gpx.ActivityFixtures.entries;
import static dev.switchback.store.gpx.ActivityFixtures.fit;
import static dev.switchback.store.gpx.ActivityFixtures.gpx;
import static dev.switchback.store.gpx.ActivityFixtures.tcx;
import static dev.switchback.store.gpx.ActivityFixtures.write;
import static dev.switchback.store.gpx.ActivityFixtures.zip;
import static dev.switchback.store.gpx.ActivityFormatsTest.gzip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Athlete;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.store.gpx.ActivityMatcher.Outcome;
import dev.switchback.store.gpx.ActivityMatcher.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bulk import without the window: archives, folders, duplicates, bad files, one result. */
class ActivityImportTest {
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 17);
    static final Instant TUE_0730 = Instant.parse("2026-11-17T07:30:00Z");

    @TempDir
    Path dir;

    static final ActivityMatcher.Describe METRIC = new ActivityMatcher.Describe() {
        @Override
        public String distance(double metres) {
            return String.format(java.util.Locale.ROOT, "%.1f km", metres / 1000);
        }

        @Override
        public String climb(double metres) {
            return Math.round(metres) + " m";
        }

        @Override
        public String duration(Duration d) {
            return d.toMinutes() + " min";
        }
    };

    final Session tempo = Session.of(TUESDAY, SessionKind.TRAIL_RUN, "Tempo", Duration.ofMinutes(40));
    Plan plan = Plan.empty("Test", Athlete.of("Ana", 60).withHeartRates(Optional.of(190), Optional.of(50)))
            .withSession(tempo);

    List<Outcome> run(Path... inputs) {
        return ActivityImport.run(plan, List.of(inputs), ZoneOffset.UTC, METRIC, ActivityReader::read,
                (i, n, name) -> { }, () -> false).outcomes();
    }

    /** A Strava export: activities/ with every format, a duplicate, a broken file and files that are not activities. */
    Path stravaArchive() {
        var e = entries();
        e.put("activities.csv", "Activity ID,Date\n".getBytes(StandardCharsets.UTF_8));
        e.put("activities/1001.gpx", gpx(TUE_0730, 40));
        e.put("activities/1002.tcx.gz", gzip(tcx(TUE_0730.plusSeconds(86_400), 30)));
        e.put("activities/1003.fit.gz", gzip(fit(TUE_0730.plusSeconds(2 * 86_400), 50)));
        e.put("activities/1004.fit", "not a fit file".getBytes(StandardCharsets.UTF_8));
        e.put("activities/1005.gpx", gpx(TUE_0730, 40)); // the same outing as 1001, exported twice
        e.put("media/photo.jpg", new byte[] {1, 2, 3});
        return write(dir.resolve("export_12345.zip"), zip(e));
    }

    @Test
    void aStravaArchiveWithGoodDuplicateAndBadFilesGivesOneOutcomeEach() {
        List<Outcome> out = run(stravaArchive());
        assertThat(out).extracting(Outcome::name).containsExactly(
                "export_12345.zip: activities/1001.gpx", "export_12345.zip: activities/1002.tcx.gz",
                "export_12345.zip: activities/1003.fit.gz", "export_12345.zip: activities/1004.fit",
                "export_12345.zip: activities/1005.gpx");
        assertThat(out).extracting(Outcome::status).containsExactly(Status.IMPORTED, Status.IMPORTED,
                Status.IMPORTED, Status.REFUSED, Status.SKIPPED);
        assertThat(out.get(0).detail()).startsWith("Tue 17 Nov, Tempo (planned): 7.2 km, 120 m up, 40 min, HR ");
        assertThat(out.get(3).detail()).startsWith("The FIT file export_12345.zip: activities/1004.fit could not be"
                + " read: it does not start with the FIT signature");
        assertThat(out.get(4).detail()).isEqualTo("The same outing as export_12345.zip: activities/1001.gpx in this"
                + " import (same start and duration). Imported once.");
        OutingLog tempoLog = out.get(0).log().orElseThrow();
        assertThat(tempoLog.plannedSession()).contains(tempo.id());
        assertThat(tempoLog.startTime()).contains(LocalTime.of(7, 30));
        assertThat(tempoLog.maxHeartRate()).contains(170);
        assertThat(tempoLog.avgHeartRate().orElseThrow()).isBetween(138, 142);
        assertThat(tempoLog.notes()).isEqualTo("Imported from 1001.gpx");
    }

    @Test
    void importingTheSameArchiveAgainAddsNothing() {
        Path archive = stravaArchive();
        plan = ActivityMatcher.apply(plan, run(archive));
        assertThat(plan.logs()).hasSize(3);
        List<Outcome> again = run(archive);
        assertThat(again).extracting(Outcome::status).containsExactly(Status.SKIPPED, Status.SKIPPED,
                Status.SKIPPED, Status.REFUSED, Status.SKIPPED);
        assertThat(again.get(0).detail()).isEqualTo("Already logged: Tempo on Tue 17 Nov at 07:30 has the same start"
                + " and duration. Nothing was added.");
        assertThat(ActivityMatcher.apply(plan, again)).isEqualTo(plan);
    }

    @Test
    void aDifferentOutingOfTheSameDurationOnTheSameDayIsNotADuplicate() {
        // Wednesday has no planned session: both outings become unplanned ones.
        Instant wed = TUE_0730.plusSeconds(86_400);
        plan = ActivityMatcher.apply(plan, run(write(dir.resolve("am.gpx"), gpx(wed, 40))));
        List<Outcome> pm = run(write(dir.resolve("pm.gpx"), gpx(wed.plusSeconds(9 * 3600), 40)));
        assertThat(pm).extracting(Outcome::status).containsExactly(Status.IMPORTED);
        assertThat(pm.get(0).log().orElseThrow().startTime()).contains(LocalTime.of(16, 30));
    }

    @Test
    void aGarminExportOfZipsInsideAZipIsRead() {
        var inner1 = entries();
        inner1.put("ana_1.fit", fit(TUE_0730, 40));
        inner1.put("ana_2.fit", fit(TUE_0730.plusSeconds(86_400), 30));
        var inner2 = entries();
        inner2.put("ana_3.fit", fit(TUE_0730.plusSeconds(2 * 86_400), 20));
        inner2.put("ana_4.fit", new byte[0]);
        var outer = entries();
        outer.put("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", zip(inner1));
        outer.put("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part2.zip", zip(inner2));
        outer.put("DI_CONNECT/DI-Connect-Fitness/summary.json", "{}".getBytes(StandardCharsets.UTF_8));
        Path archive = write(dir.resolve("garmin.zip"), zip(outer));
        List<Outcome> out = run(archive);
        assertThat(out).extracting(Outcome::status).containsExactly(Status.IMPORTED, Status.IMPORTED,
                Status.IMPORTED, Status.REFUSED);
        assertThat(out.get(3).name()).isEqualTo("garmin.zip: DI_CONNECT/DI-Connect-Uploaded-Files/"
                + "UploadedFiles_0-_Part2.zip: ana_4.fit");
        assertThat(out.get(3).detail()).contains("is empty (0 bytes)");
        assertThat(out).allSatisfy(o -> assertThat(o.file()).isEqualTo(archive));
    }

    @Test
    void foldersAreWalkedAndOtherFilesIgnoredButAChosenOddFileIsListed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("watch/2026"));
        write(folder.resolve("a.gpx"), gpx(TUE_0730, 40));
        write(folder.resolve("b.tcx"), tcx(TUE_0730.plusSeconds(86_400), 30));
        write(folder.resolve("readme.txt"), new byte[] {1});
        Path odd = write(dir.resolve("notes.txt"), new byte[] {1});
        List<Outcome> out = run(dir.resolve("watch"), odd);
        assertThat(out).extracting(Outcome::name).containsExactly("watch/2026/a.gpx", "watch/2026/b.tcx", "notes.txt");
        assertThat(out.get(2).status()).isEqualTo(Status.REFUSED);
        assertThat(out.get(2).detail()).startsWith("notes.txt is not an activity file Switchback reads");
    }

    @Test
    void aBrokenArchiveIsRefusedAndTheOtherInputsStillImport() {
        Path broken = write(dir.resolve("cut.zip"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Path good = write(dir.resolve("good.fit"), fit(TUE_0730, 40));
        List<Outcome> out = run(broken, good);
        assertThat(out).extracting(Outcome::status).containsExactly(Status.IMPORTED, Status.REFUSED);
        assertThat(out.get(1).detail()).startsWith("The archive cut.zip is not a readable zip file");
    }

    @Test
    void droppedOnADayTheOutingIsLoggedForThatDayAtItsRecordedTime() {
        LocalDate thursday = TUESDAY.plusDays(2);
        Session hike = Session.of(thursday, SessionKind.HIKE, "Hike", Duration.ofMinutes(40));
        plan = plan.withSession(hike);
        List<Outcome> out = ActivityImport.run(plan, List.of(write(dir.resolve("x.gpx"), gpx(TUE_0730, 40))),
                ZoneOffset.UTC, METRIC, ActivityReader::read, (i, n, name) -> { }, () -> false,
                Optional.of(thursday)).outcomes();
        OutingLog log = out.get(0).log().orElseThrow();
        assertThat(log.date()).isEqualTo(thursday);
        assertThat(log.plannedSession()).contains(hike.id());
        assertThat(log.startTime()).contains(LocalTime.of(7, 30));
    }

    @Test
    void cancelStopsBeforeTheNextFileAndReturnsNothing() {
        Path a = write(dir.resolve("a.gpx"), gpx(TUE_0730, 40));
        Path b = write(dir.resolve("b.gpx"), gpx(TUE_0730.plusSeconds(86_400), 40));
        var seen = new ArrayList<String>();
        boolean[] cancel = {false};
        ActivityImport.Result r = ActivityImport.run(plan, List.of(a, b), ZoneOffset.UTC, METRIC, e -> {
            seen.add(e.name());
            cancel[0] = true;
            return ActivityReader.read(e);
        }, (i, n, name) -> { }, () -> cancel[0]);
        assertThat(seen).containsExactly("a.gpx");
        assertThat(r.cancelled()).isTrue();
        assertThat(r.outcomes()).isEmpty();
        assertThat(r.read()).isEqualTo(1);
        assertThat(r.total()).isEqualTo(2);
    }

    @Test
    void aBugInOneFileDoesNotStopTheRest() {
        Path a = write(dir.resolve("a.gpx"), gpx(TUE_0730, 40));
        Path b = write(dir.resolve("b.gpx"), gpx(TUE_0730.plusSeconds(86_400), 40));
        List<Outcome> out = ActivityImport.run(plan, List.of(a, b), ZoneOffset.UTC, METRIC, e -> {
            if (e.name().equals("a.gpx")) {
                throw new IllegalStateException("boom");
            }
            return ActivityReader.read(e);
        }, (i, n, name) -> { }, () -> false).outcomes();
        assertThat(out).extracting(Outcome::status).containsExactly(Status.REFUSED, Status.IMPORTED);
        assertThat(out.get(0).detail()).isEqualTo("a.gpx could not be read (IllegalStateException). The log file has"
                + " the details; the other files were imported.");
    }
}
