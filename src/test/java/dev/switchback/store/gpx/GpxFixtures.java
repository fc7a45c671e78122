package dev.switchback.store.gpx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/** Real-looking GPX tracks written by the tests: a loop with a climb, GPS noise and timestamps. */
public final class GpxFixtures {
    public static final Instant START = Instant.parse("2026-11-14T08:00:00Z");
    public static final int SECONDS_PER_POINT = 6;

    private GpxFixtures() {
    }

    /**
     * A circular loop of {@code km} around 46.5 N 7.5 E with one climb of {@code climbM} up and back
     * down, elevation noise of +-2 m, one point about every 10 m.
     */
    public static Path loop(Path dir, String name, double km, double climbM, boolean times, boolean elevations)
            throws IOException {
        return loop(dir, name, km, climbM, times, elevations, START);
    }

    /** The same loop recorded from {@code start}. */
    public static Path loop(Path dir, String name, double km, double climbM, boolean times, boolean elevations,
            Instant start) throws IOException {
        int n = (int) Math.round(km * 100);
        double radius = km * 1000 / (2 * Math.PI);
        double lat0 = 46.5;
        double lon0 = 7.5;
        double mPerDegLat = 111_195.0;
        double mPerDegLon = mPerDegLat * Math.cos(Math.toRadians(lat0));
        var gpx = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="Switchback tests" xmlns="http://www.topografix.com/GPX/1/1">
                  <trk><name>Loop</name><trkseg>
                """);
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double a = 2 * Math.PI * t;
            double lat = lat0 + radius * Math.sin(a) / mPerDegLat;
            double lon = lon0 + radius * (1 - Math.cos(a)) / mPerDegLon;
            gpx.append(String.format(Locale.ROOT, "    <trkpt lat=\"%.7f\" lon=\"%.7f\">", lat, lon));
            if (elevations) {
                double ele = 1000 + climbM / 2 * (1 - Math.cos(a)) + 2 * Math.sin(i * 1.7);
                gpx.append(String.format(Locale.ROOT, "<ele>%.1f</ele>", ele));
            }
            if (times) {
                gpx.append("<time>").append(start.plusSeconds((long) i * SECONDS_PER_POINT)).append("</time>");
            }
            gpx.append("</trkpt>\n");
        }
        gpx.append("  </trkseg></trk>\n</gpx>\n");
        return write(dir.resolve(name), gpx.toString());
    }

    public static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    public static Path emptyGpx(Path dir) throws IOException {
        return write(dir.resolve("empty.gpx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="Switchback tests" xmlns="http://www.topografix.com/GPX/1/1"></gpx>
                """);
    }

    public static Path corruptGpx(Path dir) throws IOException {
        return write(dir.resolve("corrupt.gpx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">
                  <trk><trkseg><trkpt lat="46.5" lon="7.5"><ele>10</ele></trkpt><trkpt lat="46.6\"""");
    }
}
