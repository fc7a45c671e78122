package dev.switchback.store.gpx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Activities and export archives written by the tests: the same outing (a point every 10 s going
 * north at 3 m/s, climbing 1 m per point for the first half, heart rate rising from 110 to 170)
 * as GPX with Garmin's extension, TCX or FIT; Strava and Garmin archives of them.
 */
public final class ActivityFixtures {
    public static final int SECONDS_PER_POINT = 10;

    private ActivityFixtures() {
    }

    private static int hr(int i, int n) {
        return 110 + (int) Math.round(60.0 * i / Math.max(1, n));
    }

    /** 1 m up every 10 s for the first half, then level, whatever the recording interval. */
    private static double elevation(int i, int n, int step) {
        return 1000 + Math.min(i, n / 2) * step / 10.0;
    }

    private static double lat(int i, int step) {
        return 46.5 + i * 3.0 * step / 111_195.0;
    }

    public static byte[] gpx(Instant start, int minutes) {
        return gpx(start, minutes, SECONDS_PER_POINT);
    }

    /** The same outing with a point every {@code step} seconds (watches record every 1 s). */
    public static byte[] gpx(Instant start, int minutes, int step) {
        int n = minutes * 60 / step;
        var b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="Switchback tests" xmlns="http://www.topografix.com/GPX/1/1"
                     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><trkseg>
                """);
        for (int i = 0; i <= n; i++) {
            b.append(String.format(Locale.ROOT, "<trkpt lat=\"%.7f\" lon=\"7.5\"><ele>%.1f</ele><time>%s</time>"
                    + "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>%d</gpxtpx:hr></gpxtpx:TrackPointExtension>"
                    + "</extensions></trkpt>%n", lat(i, step), elevation(i, n, step), start.plusSeconds((long) i * step),
                    hr(i, n)));
        }
        return b.append("</trkseg></trk></gpx>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] tcx(Instant start, int minutes) {
        return tcx(start, minutes, SECONDS_PER_POINT);
    }

    /** The same outing with a point every {@code step} seconds (watches record every 1 s). */
    public static byte[] tcx(Instant start, int minutes, int step) {
        int n = minutes * 60 / step;
        var b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                <Activities><Activity Sport="Running"><Lap StartTime="%s"><Track>
                """.formatted(start));
        for (int i = 0; i <= n; i++) {
            b.append(String.format(Locale.ROOT, "<Trackpoint><Time>%s</Time><Position><LatitudeDegrees>%.7f"
                    + "</LatitudeDegrees><LongitudeDegrees>7.5</LongitudeDegrees></Position><AltitudeMeters>%.1f"
                    + "</AltitudeMeters><DistanceMeters>%d</DistanceMeters><HeartRateBpm><Value>%d</Value>"
                    + "</HeartRateBpm></Trackpoint>%n", start.plusSeconds((long) i * step), lat(i, step),
                    elevation(i, n, step), i * 3 * step, hr(i, n)));
        }
        return b.append("</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n").toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] fit(Instant start, int minutes) {
        return fit(start, minutes, SECONDS_PER_POINT);
    }

    /** The same outing with a point every {@code step} seconds (watches record every 1 s). */
    public static byte[] fit(Instant start, int minutes, int step) {
        int n = minutes * 60 / step;
        FitWriter w = new FitWriter().fileId();
        for (int i = 0; i <= n; i++) {
            w.record(start.plusSeconds((long) i * step), lat(i, step), 7.5, elevation(i, n, step), hr(i, n), 85,
                    i * 3.0 * step);
        }
        return w.lap(start.plusSeconds((long) n * step)).bytes();
    }

    /** A zip of {@code entries} (name to bytes), in order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Path write(Path file, byte[] content) {
        try {
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, byte[]> entries() {
        return new LinkedHashMap<>();
    }
}
