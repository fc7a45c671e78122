package dev.switchback.store.gpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.switchback.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GpxImporterTest {
    @TempDir
    Path dir;

    @Test
    void readsDistanceClimbDescentDurationAndStartOfALoop() throws Exception {
        GpxTrack t = GpxImporter.read(GpxFixtures.loop(dir, "loop.gpx", 12, 600, true, true));
        assertThat(t.points()).isEqualTo(1201);
        assertThat(t.distanceM()).isCloseTo(12_000, within(60.0));
        assertThat(t.climbM()).hasValueSatisfying(c -> assertThat(c).isCloseTo(600, within(12.0)));
        assertThat(t.descentM()).hasValueSatisfying(d -> assertThat(d).isCloseTo(600, within(12.0)));
        assertThat(t.duration()).contains(Duration.ofSeconds(1200L * GpxFixtures.SECONDS_PER_POINT));
        assertThat(t.start()).contains(GpxFixtures.START);
    }

    @Test
    void gpsNoiseOnFlatGroundIsNotClimb() throws Exception {
        GpxTrack t = GpxImporter.read(GpxFixtures.loop(dir, "flat.gpx", 5, 0, true, true));
        assertThat(t.climbM()).contains(0.0);
        assertThat(t.descentM()).contains(0.0);
    }

    @ParameterizedTest(name = "rise of {0} m with step 5 -> climb {1}")
    @CsvSource({"4.9, 0", "5, 5", "5.1, 5.1"})
    void hysteresisCountsARiseFromFiveMetres(double rise, double climb) {
        double[] r = GpxImporter.climbAndDescent(List.of(100.0, 100 + rise, 100.0), 5);
        assertThat(r[0]).isCloseTo(climb, within(1e-9));
        assertThat(r[1]).isCloseTo(climb, within(1e-9));
    }

    @Test
    void haversineOfOneDegreeOfLatitudeIsAbout111Km() {
        assertThat(GpxImporter.haversineM(46, 7, 47, 7)).isCloseTo(111_195, within(5.0));
    }

    @Test
    void withoutTimesOrElevationsThoseStayUnknown() throws Exception {
        GpxTrack t = GpxImporter.read(GpxFixtures.loop(dir, "bare.gpx", 3, 200, false, false));
        assertThat(t.distanceM()).isCloseTo(3_000, within(20.0));
        assertThat(t.climbM()).isEmpty();
        assertThat(t.descentM()).isEmpty();
        assertThat(t.duration()).isEmpty();
        assertThat(t.start()).isEmpty();
    }

    @Test
    void aGpxWithoutTrackPointsSaysThereIsNothingToImport() throws Exception {
        Path file = GpxFixtures.emptyGpx(dir);
        assertThatThrownBy(() -> GpxImporter.read(file)).isInstanceOf(StoreException.class)
                .hasMessage("The GPX file empty.gpx has no track points, so there is nothing to import. Export the"
                        + " recorded activity as GPX from your watch or app and try again.")
                .satisfies(e -> assertThat(((StoreException) e).file()).isEqualTo(file));
    }

    @Test
    void aZeroByteFileIsEmpty() throws Exception {
        Path file = GpxFixtures.write(dir.resolve("zero.gpx"), "");
        assertThatThrownBy(() -> GpxImporter.read(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The GPX file zero.gpx is empty (0 bytes)");
    }

    @Test
    void aCorruptFileNamesTheFileAndWhatToDo() throws Exception {
        Path file = GpxFixtures.corruptGpx(dir);
        assertThatThrownBy(() -> GpxImporter.read(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The GPX file corrupt.gpx could not be read: it is not valid GPX (broken at"
                        + " line 3: XML document structures must start and end within the same entity)")
                .hasMessageEndingWith("check it is GPX and not, say, a FIT or TCX file.");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
        "Invalid GPX: ParseError at [row,col]:[3,82]\\nMessage: XML document structures must start and end within"
            + " the same entity.; broken at line 3: XML document structures must start and end within the same"
            + " entity",
        "Invalid GPX: ParseError at [row,col]:[1,1]\\nMessage: Content is not allowed in prolog.; it does not start"
            + " as an XML file",
        "Invalid GPX: LocalName gpx specified did not match with current local name; it is XML, but its outer"
            + " element is not <gpx>",
        "Invalid GPX: Invalid value for 'lat': 95.000000 is not in range [-90, 90].; Invalid value for 'lat':"
            + " 95.000000 is not in range [-90, 90]",
    })
    void theParsersReasonIsPutInPlainWords(String parser, String plain) {
        assertThat(GpxImporter.reason(parser.replace("\\n", "\n"))).isEqualTo(plain);
    }

    @Test
    void anXmlFileThatIsNotGpxSaysSo() throws Exception {
        Path file = GpxFixtures.write(dir.resolve("run.tcx"), "<?xml version=\"1.0\"?>\n"
                + "<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>");
        assertThatThrownBy(() -> GpxImporter.read(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("run.tcx could not be read: it is not valid GPX (it is XML, but its outer"
                        + " element is not <gpx>)");
    }

    @Test
    void aFileThatIsNotXmlIsNotValidGpx() throws Exception {
        Path file = GpxFixtures.write(dir.resolve("run.fit"), "\u0000\u0001binary stuff");
        assertThatThrownBy(() -> GpxImporter.read(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("run.fit could not be read: it is not valid GPX");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("gone.gpx");
        assertThatThrownBy(() -> GpxImporter.read(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The GPX file gone.gpx was not found");
    }

    @Test
    void readsSeveralFilesReportingProgressAndCombinesThem() throws Exception {
        Path a = GpxFixtures.loop(dir, "a.gpx", 6, 300, true, true);
        Path b = GpxFixtures.loop(dir, "b.gpx", 4, 200, true, true);
        var progress = new ArrayList<String>();
        List<GpxTrack> tracks = GpxImporter.readAll(List.of(a, b), (done, all) -> progress.add(done + "/" + all));
        assertThat(progress).containsExactly("1/2", "2/2");
        GpxTrack both = GpxTrack.combine(tracks);
        assertThat(both.files()).containsExactly(a, b);
        assertThat(both.distanceM()).isCloseTo(10_000, within(60.0));
        assertThat(both.climbM()).hasValueSatisfying(c -> assertThat(c).isCloseTo(500, within(15.0)));
        assertThat(both.duration()).contains(Duration.ofSeconds((600L + 400) * GpxFixtures.SECONDS_PER_POINT));
    }

    @Test
    void combiningWithAPartWithoutTimesLeavesDurationUnknown() throws IOException, StoreException {
        GpxTrack timed = GpxImporter.read(GpxFixtures.loop(dir, "t.gpx", 2, 50, true, true));
        GpxTrack bare = GpxImporter.read(GpxFixtures.loop(dir, "u.gpx", 2, 50, false, true));
        assertThat(GpxTrack.combine(List.of(timed, bare)).duration()).isEmpty();
    }

    @Test
    void aBadFileAmongSeveralStopsTheImport() throws Exception {
        Path good = GpxFixtures.loop(dir, "good.gpx", 2, 50, true, true);
        Path bad = GpxFixtures.corruptGpx(dir);
        assertThatThrownBy(() -> GpxImporter.readAll(List.of(good, bad), (d, a) -> { }))
                .isInstanceOf(StoreException.class).hasMessageContaining("corrupt.gpx");
    }
}
