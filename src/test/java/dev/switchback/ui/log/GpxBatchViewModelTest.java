package dev.switchback.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Units;
import dev.switchback.store.StoreException;
import dev.switchback.store.gpx.GpxTrack;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.store.gpx.ActivityMatcher.Outcome;
import dev.switchback.store.gpx.ActivityMatcher.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** Bulk GPX import without the toolkit: a fake reader, executors the test drives, a fixed zone. */
class GpxBatchViewModelTest {
    private final LogSamples s = new LogSamples();
    private final Map<Path, Object> files = new HashMap<>();
    private final Queue<Runnable> backgroundQueue = new ArrayDeque<>();
    private final List<String> messages = new ArrayList<>();
    private Plan initial = s.plan();
    private PlanDocument doc = new PlanDocument(initial, Optional.empty());

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    /** A file that exists (the import looks for it on disk) whose reading the fake reader decides. */
    private Path file(String name) {
        Path p = dir.resolve(name);
        try {
            if (!java.nio.file.Files.exists(p)) {
                java.nio.file.Files.createFile(p);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    private Path track(String name, String start, int minutes, double km) {
        Path p = file(name);
        files.put(p, new GpxTrack(List.of(p), 500, km * 1000, Optional.of(km * 40), Optional.of(km * 40),
                Optional.of(Duration.ofMinutes(minutes)), Optional.of(Instant.parse(start))));
        return p;
    }

    private Path bad(String name, String message) {
        Path p = file(name);
        files.put(p, new StoreException(p, message));
        return p;
    }

    private GpxTrack read(Path p) throws StoreException {
        Object o = files.get(p);
        if (o instanceof StoreException e) {
            throw e;
        }
        return (GpxTrack) o;
    }

    private GpxBatchViewModel vm(ZoneId zone) {
        GpxBatchViewModel vm = new GpxBatchViewModel(doc, e -> read(e.origin()),
                dev.switchback.ui.common.BackgroundRunner.on(backgroundQueue::add, Runnable::run), zone);
        vm.messageProperty().addListener((obs, was, now) -> messages.add(now));
        return vm;
    }

    private List<Outcome> importAll(Path... paths) {
        GpxBatchViewModel vm = vm(ZoneOffset.UTC);
        vm.start(List.of(paths));
        runBackground();
        assertThat(vm.finishedProperty().get()).isTrue();
        assertThat(vm.runningProperty().get()).isFalse();
        return vm.outcomes();
    }

    private void runBackground() {
        while (!backgroundQueue.isEmpty()) {
            backgroundQueue.poll().run();
        }
    }

    private static List<Status> statuses(List<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::status).toList();
    }

    @Test
    void eachFileIsLoggedOntoThePlannedSessionOfItsDayAsOneUndoableEdit() {
        Path pack = track("thu.gpx", "2026-11-19T07:00:00Z", 100, 12.5);
        Path hike = track("sat.gpx", "2026-11-21T08:00:00Z", 250, 18.4);
        List<Outcome> out = importAll(pack, hike);
        assertThat(statuses(out)).containsExactly(Status.IMPORTED, Status.IMPORTED);
        OutingLog packLog = doc.getPlan().logFor(s.packRun.id()).orElseThrow();
        assertThat(packLog.distanceM()).isEqualTo(12_500);
        assertThat(packLog.duration()).isEqualTo(Duration.ofMinutes(100));
        assertThat(packLog.packKg()).as("the pack is as planned").isEqualTo(8);
        assertThat(packLog.rpe()).as("the effort is as planned").isEqualTo(5);
        assertThat(packLog.notes()).isEqualTo("Imported from thu.gpx");
        assertThat(doc.getPlan().logFor(s.longHike.id())).isPresent();
        assertThat(out.get(0).detail()).isEqualTo("Thu 19 Nov, Run with pack (planned): 12.5 km, 500 m up, 1:40");
        assertThat(doc.undoDescriptionProperty().get()).isEqualTo("Import 2 activities");
        doc.undo();
        assertThat(doc.getPlan()).isEqualTo(initial);
    }

    @Test
    void ofTwoSessionsOnADayEachFileGetsTheOneClosestInDuration() {
        Session shortRun = Session.of(LogSamples.MONDAY.plusDays(5), SessionKind.TRAIL_RUN, "Shakeout",
                Duration.ofMinutes(30));
        initial = initial.withSession(shortRun);
        doc = new PlanDocument(initial, Optional.empty());
        // the short file first: matching is by duration, not by the order of the files
        Path shakeout = track("short.gpx", "2026-11-21T17:00:00Z", 33, 5);
        Path hike = track("long.gpx", "2026-11-21T08:00:00Z", 210, 17);
        importAll(shakeout, hike);
        assertThat(doc.getPlan().logFor(shortRun.id()).orElseThrow().notes()).isEqualTo("Imported from short.gpx");
        assertThat(doc.getPlan().logFor(s.longHike.id()).orElseThrow().notes()).isEqualTo("Imported from long.gpx");
    }

    @Test
    void aSessionThatIsAlreadyLoggedIsNeverLoggedTwice() {
        OutingLog before = doc.getPlan().logFor(s.tempo.id()).orElseThrow();
        List<Outcome> out = importAll(track("tue.gpx", "2026-11-17T18:00:00Z", 60, 10));
        assertThat(out).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.SKIPPED);
            assertThat(o.detail()).startsWith("Tue 17 Nov's Tempo on the ridge is already logged");
        });
        assertThat(doc.getPlan().logFor(s.tempo.id())).contains(before);
        assertThat(doc.getPlan()).isSameAs(initial);
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void aDayWithoutAPlannedOutingGetsAnUnplannedTrailRun() {
        // Mon 16 Nov is a planned rest day: a rest is not an outing to attach a track to
        List<Outcome> out = importAll(track("mon.gpx", "2026-11-16T12:00:00Z", 45, 7));
        assertThat(statuses(out)).containsExactly(Status.IMPORTED);
        assertThat(out.get(0).detail()).isEqualTo("Mon 16 Nov, unplanned trail run: 7 km, 280 m up, 0:45. No planned"
                + " session that day; if it was not a run at effort 4, change that in its log.");
        OutingLog log = doc.getPlan().logsOn(LogSamples.MONDAY).get(0);
        assertThat(log.plannedSession()).isEmpty();
        assertThat(log.kind()).isEqualTo(SessionKind.TRAIL_RUN);
        assertThat(log.rpe()).isEqualTo(dev.switchback.store.gpx.ActivityMatcher.UNPLANNED_RPE);
        assertThat(log.distanceM()).isEqualTo(7_000);
    }

    @Test
    void aSecondFileForADayWhoseOnlySessionWentToTheFirstIsUnplanned() {
        List<Outcome> out = importAll(track("am.gpx", "2026-11-19T07:00:00Z", 90, 13),
                track("pm.gpx", "2026-11-19T17:00:00Z", 30, 4));
        assertThat(statuses(out)).containsExactly(Status.IMPORTED, Status.IMPORTED);
        assertThat(doc.getPlan().logFor(s.packRun.id()).orElseThrow().notes()).isEqualTo("Imported from am.gpx");
        assertThat(out.get(1).detail()).contains("The day's planned sessions went to other files of this import");
    }

    @Test
    void badFilesAreRefusedWithTheirReasonAndTheGoodOnesAreStillImported() {
        Path good = track("thu.gpx", "2026-11-19T07:00:00Z", 90, 13);
        Path corrupt = bad("corrupt.gpx", "The GPX file corrupt.gpx could not be read: it is not valid GPX (broken"
                + " at line 3).");
        Path noTimes = file("notimes.gpx");
        files.put(noTimes, new GpxTrack(List.of(noTimes), 200, 5_000, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        List<Outcome> out = importAll(good, corrupt, noTimes);
        assertThat(statuses(out)).containsExactly(Status.IMPORTED, Status.REFUSED, Status.REFUSED);
        assertThat(out.get(1).detail()).contains("broken at line 3");
        assertThat(out.get(2).detail()).isEqualTo("The GPX file notimes.gpx has no timestamps, so the day of the"
                + " outing is unknown. Open the day's \"Log outing\" form and use its Import GPX button instead.");
        assertThat(doc.getPlan().logs()).hasSize(initial.logs().size() + 1);
    }

    @Test
    void onlyBadFilesChangeNothing() {
        GpxBatchViewModel vm = vm(ZoneOffset.UTC);
        vm.start(List.of(bad("a.gpx", "The GPX file a.gpx is empty (0 bytes)."), bad("b.gpx", "nope")));
        runBackground();
        assertThat(doc.getPlan()).isSameAs(initial);
        assertThat(doc.canUndoProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get()).isEqualTo("2 refused. The plan is unchanged.");
    }

    @Test
    void valuesNoOutingCanHaveAreRefused() {
        List<Outcome> out = importAll(track("huge.gpx", "2026-11-19T07:00:00Z", 90, 400));
        assertThat(out.get(0).status()).isEqualTo(Status.REFUSED);
        assertThat(out.get(0).detail()).startsWith("The GPX file huge.gpx holds values no outing can have (Actual"
                + " distance must be between 0 and 300 km");
        assertThat(doc.getPlan()).isSameAs(initial);
    }

    @Test
    void importingTheSameFilesAgainAddsNothing() {
        Path thu = track("thu.gpx", "2026-11-19T07:00:00Z", 90, 13);
        Path mon = track("mon.gpx", "2026-11-16T12:00:00Z", 45, 7);
        importAll(thu, mon);
        Plan once = doc.getPlan();
        List<Outcome> again = importAll(thu, mon);
        assertThat(statuses(again)).containsExactly(Status.SKIPPED, Status.SKIPPED);
        assertThat(again.get(1).detail()).startsWith("Already logged: Trail run on Mon 16 Nov");
        assertThat(doc.getPlan()).isSameAs(once);
    }

    @Test
    void theSameTrackTwiceInOneImportIsImportedOnce() {
        Path a = track("a.gpx", "2026-11-16T12:00:00Z", 45, 7);
        Path copy = track("copy of a.gpx", "2026-11-16T12:00:00Z", 45, 7);
        List<Outcome> out = importAll(a, copy);
        assertThat(statuses(out)).containsExactly(Status.IMPORTED, Status.SKIPPED);
        assertThat(out.get(1).detail()).startsWith("The same outing as a.gpx in this import");
        assertThat(doc.getPlan().logsOn(LogSamples.MONDAY)).hasSize(1);
    }

    @Test
    void theDayIsTheStartInTheUsersTimeZone() {
        // 23:30 UTC on Wednesday is Thursday 00:30 in Central Europe
        Path late = track("late.gpx", "2026-11-18T23:30:00Z", 90, 13);
        GpxBatchViewModel vm = vm(ZoneId.of("Europe/Zurich"));
        vm.start(List.of(late));
        runBackground();
        assertThat(doc.getPlan().logFor(s.packRun.id())).isPresent();
    }

    @Test
    void progressSaysFileIOfN() {
        GpxBatchViewModel vm = vm(ZoneOffset.UTC);
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((obs, was, now) -> progress.add(now.doubleValue()));
        vm.start(List.of(track("a.gpx", "2026-11-16T12:00:00Z", 45, 7), bad("b.gpx", "bad"),
                track("c.gpx", "2026-11-19T07:00:00Z", 90, 13)));
        assertThat(vm.runningProperty().get()).isTrue();
        // Before the background runs, the folders and archives are still being looked through.
        assertThat(vm.messageProperty().get()).isEqualTo("Looking for activities…");
        runBackground();
        assertThat(messages).containsSubsequence("Reading a.gpx (file 1 of 3)", "Reading b.gpx (file 2 of 3)",
                "Reading c.gpx (file 3 of 3)", "");
        assertThat(progress).containsExactly(1 / 3.0, 2 / 3.0, 1.0);
        assertThat(vm.summaryProperty().get()).isEqualTo("2 imported, 1 refused. The imported outings are one edit:"
                + " Edit > Undo takes them all back.");
    }

    @Test
    void cancelStopsBeforeTheNextFileAndImportsNothing() {
        Path a = track("a.gpx", "2026-11-16T12:00:00Z", 45, 7);
        Path b = track("b.gpx", "2026-11-19T07:00:00Z", 90, 13);
        Path c = track("c.gpx", "2026-11-21T07:00:00Z", 240, 18);
        List<Path> seen = new ArrayList<>();
        GpxBatchViewModel[] holder = new GpxBatchViewModel[1];
        holder[0] = new GpxBatchViewModel(doc, e -> {
            Path p = e.origin();
            seen.add(p);
            if (p.equals(b)) {
                holder[0].cancel(); // the user presses Cancel while b.gpx is read
            }
            return read(p);
        }, dev.switchback.ui.common.BackgroundRunner.on(backgroundQueue::add, Runnable::run), ZoneOffset.UTC);
        holder[0].start(List.of(a, b, c));
        runBackground();
        assertThat(seen).containsExactly(a, b);
        assertThat(holder[0].outcomes()).isEmpty();
        assertThat(holder[0].summaryProperty().get()).isEqualTo("Cancelled after 2 of 3 files. Nothing was imported;"
                + " the plan is unchanged.");
        assertThat(doc.getPlan()).isSameAs(initial);
        assertThat(holder[0].runningProperty().get()).isFalse();
    }

    @Test
    void detailsAreInTheUsersUnits() {
        initial = initial.withAthlete(initial.athlete().withUnits(Units.IMPERIAL));
        doc = new PlanDocument(initial, Optional.empty());
        List<Outcome> out = importAll(track("thu.gpx", "2026-11-19T07:00:00Z", 100, 16.09344));
        assertThat(out.get(0).detail()).isEqualTo("Thu 19 Nov, Run with pack (planned): 10 mi, 2112 ft up, 1:40");
    }

    @Test
    void strengthWorkIsNotATrackButAnOutingOnTheSameDayIs() {
        LocalDate day = LogSamples.MONDAY.plusDays(2);
        Session gym = Session.of(day, SessionKind.STRENGTH_MOBILITY, "Gym", Duration.ofMinutes(45));
        Session walk = Session.of(day, SessionKind.ACTIVE_RECOVERY, "Walk", Duration.ofMinutes(120));
        initial = initial.withSession(gym).withSession(walk);
        doc = new PlanDocument(initial, Optional.empty());
        importAll(track("wed.gpx", "2026-11-18T09:00:00Z", 45, 4));
        assertThat(doc.getPlan().logFor(gym.id())).isEmpty();
        assertThat(doc.getPlan().logFor(walk.id())).isPresent();
    }

    @Test
    void aListenerOnTheOutcomesKeepsHearingAfterAGarbageCollection() {
        GpxBatchViewModel vm = vm(ZoneOffset.UTC);
        List<Integer> heard = new ArrayList<>();
        vm.outcomes().addListener((javafx.collections.ListChangeListener<Outcome>) c -> heard.add(vm.outcomes().size()));
        System.gc();
        vm.start(List.of(track("mon.gpx", "2026-11-16T12:00:00Z", 45, 7)));
        System.gc();
        runBackground();
        assertThat(heard).containsExactly(1);
        assertThat(vm.outcomes()).isSameAs(vm.outcomes());
    }
}
