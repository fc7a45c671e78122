package dev.switchback.store.gpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.switchback.model.TrackSample;
import dev.switchback.store.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GPX extensions, TCX and FIT read into the same track: heart rate, cadence, laps, refusals. */
class ActivityFormatsTest {
    static final Instant T0 = Instant.parse("2026-11-17T17:30:00Z");

    @TempDir
    Path dir;

    static Path resource(String name) throws IOException {
        try (InputStream in = ActivityFormatsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Path tmp = Files.createTempFile("switchback-test-", "-" + name);
            Files.write(tmp, in.readAllBytes());
            return tmp;
        }
    }

    private static List<Integer> heartRates(GpxTrack t) {
        return t.samples().stream().map(s -> s.heartRate().orElse(0)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hr-tpx-v1.gpx", "hr-tpx-v2.gpx", "hr-gpxdata.gpx"})
    void gpxHeartRateExtensionsAreRead(String name) throws Exception {
        GpxTrack t = GpxImporter.read(resource(name));
        assertThat(heartRates(t)).containsExactly(120, 150, 180, 170);
        assertThat(t.samples().get(0).cadence()).contains(80);
        assertThat(t.samples().get(1).cadence()).contains(82);
        assertThat(t.samples().get(3).offset()).contains(Duration.ofSeconds(30));
        assertThat(t.format()).isEqualTo("GPX");
    }

    @Test
    void anHrElementOfAnotherNamespaceIsNotAHeartRate() throws Exception {
        // hr-gpxdata.gpx also holds <other:hr>999</other:hr> on its first point.
        assertThat(GpxImporter.read(resource("hr-gpxdata.gpx")).samples().get(0).heartRate()).contains(120);
    }

    @Test
    void aGpxWithoutExtensionsHasNoHeartRate() throws Exception {
        GpxTrack t = GpxImporter.read(GpxFixtures.loop(dir, "plain.gpx", 2, 50, true, true));
        assertThat(t.samples()).isNotEmpty().allSatisfy(s -> assertThat(s.heartRate()).isEmpty());
        assertThat(t.samples().get(t.samples().size() - 1).distanceM()).isCloseTo(t.distanceM(), within(0.001));
    }

    @Test
    void tcxLapsHeartRateDistanceAndAltitudeAreRead() throws Exception {
        GpxTrack t = TcxImporter.read(resource("two-laps.tcx"));
        assertThat(t.laps()).isEqualTo(2);
        assertThat(t.points()).isEqualTo(4);
        assertThat(heartRates(t)).containsExactly(120, 150, 180, 170);
        assertThat(t.distanceM()).isEqualTo(333.6);
        assertThat(t.climbM()).contains(20.0);
        assertThat(t.descentM()).contains(10.0);
        assertThat(t.duration()).contains(Duration.ofSeconds(30));
        assertThat(t.start()).contains(T0);
        assertThat(t.format()).isEqualTo("TCX");
    }

    @Test
    void aTruncatedTcxIsRefusedWithTheLine() throws Exception {
        Path file = resource("truncated.tcx");
        assertThatThrownBy(() -> TcxImporter.read(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The TCX file " + file.getFileName() + " could not be read: it is not valid"
                        + " TCX (broken at line ")
                .hasMessageContaining("Export the activity again");
    }

    @Test
    void aGpxFileReadAsTcxSaysWhatItIs() throws Exception {
        Path gpx = GpxFixtures.loop(dir, "x.tcx", 1, 0, true, false);
        assertThatThrownBy(() -> TcxImporter.read(gpx)).isInstanceOf(StoreException.class)
                .hasMessageContaining("its outer element is <gpx>, not <TrainingCenterDatabase>");
    }

    @Test
    void aTcxWithoutTrackpointsIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.tcx"), """
                <?xml version="1.0"?>
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                <Activities><Activity Sport="Running"><Lap StartTime="2026-11-17T17:30:00Z"></Lap></Activity>
                </Activities></TrainingCenterDatabase>
                """);
        assertThatThrownBy(() -> TcxImporter.read(file)).isInstanceOf(StoreException.class)
                .hasMessage("The TCX file empty.tcx has no track points in its 1 lap, so there is nothing to import."
                        + " Export the recorded activity from your watch or app and try again.");
    }

    static byte[] fitSample(FitWriter w) {
        w.fileId();
        int[] hr = {120, 150, 180, 170};
        for (int i = 0; i < 4; i++) {
            if (i == 2) {
                w.lap(T0.plusSeconds(20));
            }
            w.record(T0.plusSeconds(10L * i), 46.5 + 0.001 * i, 7.5, 1000 + (i == 3 ? 10 : 10 * i), hr[i], 80 + i,
                    111.2 * i);
        }
        w.lap(T0.plusSeconds(30));
        return w.bytes();
    }

    @Test
    void fitRecordsAndLapsAreRead() throws Exception {
        Path file = Files.write(dir.resolve("run.fit"), fitSample(new FitWriter()));
        GpxTrack t = FitImporter.read(file);
        assertFitSample(t);
    }

    @Test
    void fitWithCompressedTimestampsDeveloperFieldsAndBigEndianIsRead() throws Exception {
        for (FitWriter w : List.of(new FitWriter().compressedTimestamps(), new FitWriter().withDeveloperField(),
                new FitWriter().bigEndian().compressedTimestamps().withDeveloperField())) {
            assertFitSample(FitImporter.read(Files.write(dir.resolve("v.fit"), fitSample(w))));
        }
    }

    private static void assertFitSample(GpxTrack t) {
        assertThat(t.format()).isEqualTo("FIT");
        assertThat(heartRates(t)).containsExactly(120, 150, 180, 170);
        assertThat(t.samples().stream().map(s -> s.cadence().orElse(0)).toList()).containsExactly(80, 81, 82, 83);
        assertThat(t.laps()).isEqualTo(2);
        assertThat(t.distanceM()).isCloseTo(333.6, within(0.01));
        assertThat(t.climbM().orElseThrow()).isCloseTo(20, within(0.01));
        assertThat(t.descentM().orElseThrow()).isCloseTo(10, within(0.01));
        assertThat(t.duration()).contains(Duration.ofSeconds(30));
        assertThat(t.start()).contains(T0);
        TrackSample last = t.samples().get(3);
        assertThat(last.offset()).contains(Duration.ofSeconds(30));
        assertThat(last.elevationM().orElseThrow()).isCloseTo(1010, within(0.01));
    }

    @Test
    void aTruncatedFitIsRefusedNotHalfRead() throws Exception {
        byte[] whole = fitSample(new FitWriter());
        Path file = Files.write(dir.resolve("cut.fit"), Arrays.copyOf(whole, whole.length - 20));
        assertThatThrownBy(() -> FitImporter.read(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The FIT file cut.fit could not be read: it is cut short: the header announces "
                        + whole.length + " bytes, the file has " + (whole.length - 20))
                .hasMessageEndingWith("export it as GPX or TCX from your app and import that.");
    }

    @Test
    void aDamagedFitFailsItsChecksum() throws Exception {
        byte[] bytes = fitSample(new FitWriter());
        bytes[40] ^= 0x10;
        Path file = Files.write(dir.resolve("bad.fit"), bytes);
        assertThatThrownBy(() -> FitImporter.read(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("its checksum does not match, so the file is damaged");
    }

    @Test
    void aFileThatIsNotFitSaysSo() throws Exception {
        Path file = GpxFixtures.loop(dir, "oops.fit", 1, 0, true, false);
        assertThatThrownBy(() -> FitImporter.read(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("it does not start with the FIT signature, so it is not a FIT file");
    }

    @Test
    void aFitWithoutRecordsIsRefused() throws Exception {
        Path file = Files.write(dir.resolve("settings.fit"), new FitWriter().fileId().bytes());
        assertThatThrownBy(() -> FitImporter.read(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The FIT file settings.fit has no recorded point");
    }

    static byte[] gzip(byte[] b) {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void gzippedFilesOfEveryFormatAreUnpacked() throws Exception {
        Path fit = Files.write(dir.resolve("a.fit.gz"), gzip(fitSample(new FitWriter())));
        Path tcx = Files.write(dir.resolve("b.tcx.gz"), gzip(Files.readAllBytes(resource("two-laps.tcx"))));
        Path gpx = Files.write(dir.resolve("c.gpx.gz"), gzip(Files.readAllBytes(resource("hr-tpx-v2.gpx"))));
        for (Path p : List.of(fit, tcx, gpx)) {
            assertThat(heartRates(ActivityReader.read(ActivityEntry.of(p)))).containsExactly(120, 150, 180, 170);
        }
    }

    @Test
    void aCutGzipIsRefusedWithAClearMessage() throws Exception {
        byte[] packed = gzip(fitSample(new FitWriter()));
        Path p = Files.write(dir.resolve("cut.fit.gz"), Arrays.copyOf(packed, packed.length / 2));
        assertThatThrownBy(() -> ActivityReader.read(ActivityEntry.of(p))).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The compressed FIT file cut.fit.gz could not be unpacked")
                .hasMessageEndingWith("Export or download it again.");
    }

    @Test
    void anUnknownEndingIsRefused() {
        var entry = new ActivityEntry(dir.resolve("notes.txt"), "notes.txt", () -> new byte[] {1});
        assertThatThrownBy(() -> ActivityReader.read(entry)).isInstanceOf(StoreException.class)
                .hasMessage("notes.txt is not an activity file Switchback reads (GPX, TCX or FIT, each also as .gz)."
                        + " Export the activity in one of those formats.");
    }

    @Test
    void partsCombineTheirSamplesIntoOneOuting() throws Exception {
        GpxTrack a = GpxImporter.read(resource("hr-tpx-v1.gpx"));
        GpxTrack b = new GpxTrack(List.of(Path.of("b.gpx")), 2, 100, Optional.empty(), Optional.empty(),
                Optional.of(Duration.ofSeconds(10)), Optional.of(T0.plusSeconds(60)),
                List.of(new TrackSample(Optional.of(Duration.ZERO), 0, Optional.empty(), Optional.of(100),
                        Optional.empty())), "GPX", 0);
        GpxTrack both = GpxTrack.combine(List.of(a, b));
        assertThat(both.samples()).hasSize(5);
        assertThat(both.samples().get(4).offset()).contains(Duration.ofSeconds(60));
        assertThat(both.samples().get(4).distanceM()).isCloseTo(a.distanceM(), within(0.001));
    }
}
