package dev.switchback.store.gpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchback.model.Limits;
import dev.switchback.model.Route;
import dev.switchback.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planned routes from GPX (issue 17): route points first, else track points without times; long ones thinned. */
class GpxRouteTest {
    @TempDir
    Path dir;

    private Path gpx(String name, String body) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                + body + "</gpx>\n");
        return f;
    }

    @Test
    void routePointsAreReadWithTheirElevations() throws Exception {
        Route r = GpxImporter.readRoute(gpx("Kaisertal.gpx", "<wpt lat=\"1\" lon=\"1\"/><rte>"
                + "<rtept lat=\"47.5832\" lon=\"12.171\"><ele>505</ele></rtept>"
                + "<rtept lat=\"47.5901\" lon=\"12.205\"></rtept>"
                + "<rtept lat=\"47.5855\" lon=\"12.2414\"><ele>1120.5</ele></rtept></rte>"));
        assertThat(r.name()).isEqualTo("Kaisertal");
        assertThat(r.points()).hasSize(3);
        assertThat(r.points().get(0).elevationM()).contains(505.0);
        assertThat(r.points().get(1).elevationM()).isEmpty();
        assertThat(r.points().get(2).latitude()).isEqualTo(47.5855);
    }

    @Test
    void theNameIsThePlannersNameForTheRouteOrTrackElseTheMetadataElseTheFile() throws Exception {
        String points = "<rtept lat=\"0\" lon=\"0\"/><rtept lat=\"0\" lon=\"0.01\"/>";
        assertThat(GpxImporter.readRoute(gpx("export-1234.gpx", "<metadata><name>My routes</name></metadata>"
                + "<rte><name>  Schrofenpass\n  loop </name>" + points + "</rte>")).name())
                .isEqualTo("Schrofenpass loop");
        assertThat(GpxImporter.readRoute(gpx("export-1235.gpx", "<metadata><name>Allgäu</name></metadata>"
                + "<rte>" + points + "</rte>")).name()).isEqualTo("Allgäu");
        assertThat(GpxImporter.readRoute(gpx("export-1236.gpx", "<rte><name> </name>" + points + "</rte>")).name())
                .isEqualTo("export-1236");
        // a track's name, not the name of a waypoint or of the route whose points are not used
        assertThat(GpxImporter.readRoute(gpx("t.gpx", "<wpt lat=\"1\" lon=\"1\"><name>Hut</name></wpt>"
                + "<rte><name>Other</name><rtept lat=\"0\" lon=\"0\"/></rte>"
                + "<trk><name>Ridge traverse</name><trkseg><trkpt lat=\"0\" lon=\"0\"/><trkpt lat=\"0\" lon=\"0.01\"/>"
                + "<trkpt lat=\"0\" lon=\"0.02\"/></trkseg></trk>")).name()).isEqualTo("Ridge traverse");
        String longName = "N".repeat(Limits.MAX_TITLE + 20);
        assertThat(GpxImporter.readRoute(gpx("l.gpx", "<rte><name>" + longName + "</name>" + points + "</rte>"))
                .name()).hasSize(Limits.MAX_TITLE);
    }

    @Test
    void aTrackWithoutTimesServesAsARoute() throws Exception {
        Route r = GpxImporter.readRoute(gpx("track.gpx", "<trk><trkseg><trkpt lat=\"0\" lon=\"0\"><ele>10</ele></trkpt>"
                + "<trkpt lat=\"0\" lon=\"0.01\"><ele>20</ele></trkpt></trkseg></trk>"));
        assertThat(r.points()).hasSize(2);
    }

    @Test
    void aLongTrackIsThinnedToTheLimitKeepingTheLastPoint() throws Exception {
        var body = new StringBuilder("<trk><trkseg>");
        int n = Limits.MAX_ROUTE_POINTS * 2 + 7;
        for (int i = 0; i < n; i++) {
            body.append("<trkpt lat=\"0\" lon=\"").append(i / 100_000.0).append("\"/>");
        }
        Route r = GpxImporter.readRoute(gpx("long.gpx", body.append("</trkseg></trk>").toString()));
        assertThat(r.points().size()).isLessThanOrEqualTo(Limits.MAX_ROUTE_POINTS).isGreaterThan(Limits.MAX_ROUTE_POINTS / 2);
        assertThat(r.points().get(r.points().size() - 1).longitude()).isEqualTo((n - 1) / 100_000.0);
    }

    @Test
    void aFileWithOnePointIsRefusedWithWhatToDo() throws Exception {
        Path f = gpx("one.gpx", "<rte><rtept lat=\"0\" lon=\"0\"/></rte>");
        assertThatThrownBy(() -> GpxImporter.readRoute(f)).isInstanceOf(StoreException.class)
                .hasMessageContaining("one.gpx has only one route or track point")
                .hasMessageContaining("Export the route as GPX from your route planner");
    }
}
