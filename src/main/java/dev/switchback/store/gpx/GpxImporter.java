package dev.switchback.store.gpx;

import dev.switchback.store.StoreException;
import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Length;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import dev.switchback.model.TrackSample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads GPX tracks (with jpx) into distance, climb, descent, duration and start time. Reading never
 * changes anything: a bad file gives a {@link StoreException} saying which file and what is wrong.
 *
 * <p>Climb and descent use a hysteresis of {@link #ELEVATION_STEP_M}: elevation counts only once it
 * has moved that far from the last counted point, so GPS and barometer noise of a few metres is not
 * summed into hundreds of metres of phantom climb. A long steady climb loses at most one step.
 * Distance is summed within each track segment; the gap between segments (a pause) is not counted.
 */
public final class GpxImporter {
    /** Elevation change, in metres, that counts as a real rise or fall. */
    public static final double ELEVATION_STEP_M = 5.0;
    /** Mean Earth radius (IUGG), metres. */
    static final double EARTH_RADIUS_M = 6_371_008.8;
    private static final Pattern PARSE_ERROR = Pattern.compile("\\[row,col\\]:\\[(\\d+),(\\d+)\\]");

    private GpxImporter() {
    }

    /** Reads one GPX file. */
    public static GpxTrack read(Path file) throws StoreException {
        return read(file, String.valueOf(file.getFileName()), ActivityFiles.bytes(file, "GPX"));
    }

    /**
     * Reads GPX from {@code content}; {@code file} and {@code name} are for messages (an entry of an
     * archive is named "export.zip: activities/12.gpx").
     */
    public static GpxTrack read(Path file, String name, byte[] content) throws StoreException {
        GPX gpx = parse(file, name, content);
        List<List<WayPoint>> segments = gpx.getTracks().stream()
                .map(Track::getSegments)
                .flatMap(List::stream)
                .map(TrackSegment::getPoints)
                .filter(points -> !points.isEmpty())
                .toList();
        int points = segments.stream().mapToInt(List::size).sum();
        if (points < 2) {
            String found = points == 0 ? "no track points" : "only one track point";
            String more = gpx.getRoutes().isEmpty() && gpx.getWayPoints().isEmpty() ? ""
                    : " (it holds a planned route or waypoints, not a recorded track)";
            throw new StoreException(file, "The GPX file " + name + " has " + found + more
                    + ", so there is nothing to import. Export the recorded activity as GPX from your watch or"
                    + " app and try again.");
        }
        double distance = 0;
        var elevations = new ArrayList<Double>();
        var samples = new ArrayList<TrackSample>();
        Instant first = null;
        Instant last = null;
        for (List<WayPoint> segment : segments) {
            WayPoint previous = null;
            for (WayPoint p : segment) {
                if (previous != null) {
                    distance += haversineM(previous, p);
                }
                previous = p;
                Optional<Double> elevation = p.getElevation().map(Length::doubleValue);
                elevation.ifPresent(elevations::add);
                Optional<Instant> time = p.getTime();
                if (time.isPresent()) {
                    if (first == null) {
                        first = time.get();
                    }
                    last = time.get();
                }
                Instant t0 = first;
                int[] hrCad = p.getExtensions().map(GpxImporter::heartRateAndCadence).orElse(NONE);
                samples.add(new TrackSample(time.map(t -> Duration.between(t0, t)), distance, elevation,
                        hrCad[0] > 0 ? Optional.of(hrCad[0]) : Optional.empty(),
                        hrCad[1] > 0 ? Optional.of(hrCad[1]) : Optional.empty()));
            }
        }
        Optional<Double> climb = Optional.empty();
        Optional<Double> descent = Optional.empty();
        if (elevations.size() >= 2) {
            double[] updown = climbAndDescent(elevations, ELEVATION_STEP_M);
            climb = Optional.of(updown[0]);
            descent = Optional.of(updown[1]);
        }
        Optional<Duration> duration = Optional.empty();
        Optional<Instant> start = Optional.ofNullable(first);
        if (first != null && !first.equals(last)) {
            Duration elapsed = Duration.between(first, last);
            if (elapsed.isNegative()) {
                throw new StoreException(file, "The GPX file " + name + " has timestamps that run"
                        + " backwards (first " + first + ", last " + last + "). Export the activity again from its"
                        + " source.");
            }
            duration = Optional.of(elapsed);
        }
        return new GpxTrack(List.of(file), points, distance, climb, descent, duration, start, samples, "GPX", 0);
    }

    private static final int[] NONE = {0, 0};

    /**
     * Heart rate and cadence from a track point's extensions: Garmin's TrackPointExtension v1 and v2
     * ({@code gpxtpx:hr}, {@code gpxtpx:cad}) and Cluetrust gpxdata ({@code gpxdata:hr},
     * {@code gpxdata:cadence}). Elements of other namespaces with the same local name are ignored.
     * A value that is not a whole number from 1 to 300 is treated as absent (0).
     */
    static int[] heartRateAndCadence(Document extensions) {
        int[] out = {0, 0};
        NodeList all = extensions.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String ns = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
            boolean known = ns.contains("garmin.com/xmlschemas/TrackPointExtension")
                    || ns.contains("cluetrust.com/XML/GPXDATA");
            if (!known) {
                continue;
            }
            String local = e.getLocalName();
            if ("hr".equals(local)) {
                out[0] = wholeNumber(e.getTextContent());
            } else if ("cad".equals(local) || "cadence".equals(local)) {
                out[1] = wholeNumber(e.getTextContent());
            }
        }
        return out;
    }

    private static int wholeNumber(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            return v >= 1 && v <= 300 ? (int) Math.round(v) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Reads several files, one outing's parts; {@code progress} hears (files done, files in all)
     * after each. Fails on the first bad file, having changed nothing.
     */
    public static List<GpxTrack> readAll(List<Path> files, BiConsumer<Integer, Integer> progress)
            throws StoreException {
        var tracks = new ArrayList<GpxTrack>();
        for (Path file : files) {
            tracks.add(read(file));
            progress.accept(tracks.size(), files.size());
        }
        return tracks;
    }

    /** Great-circle distance between two points, metres. */
    static double haversineM(WayPoint a, WayPoint b) {
        return haversineM(a.getLatitude().toDegrees(), a.getLongitude().toDegrees(), b.getLatitude().toDegrees(),
                b.getLongitude().toDegrees());
    }

    static double haversineM(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** {climb, descent} with hysteresis {@code step}: see the class comment. */
    static double[] climbAndDescent(List<Double> elevations, double step) {
        double climb = 0;
        double descent = 0;
        double anchor = elevations.get(0);
        for (double e : elevations) {
            if (e - anchor >= step) {
                climb += e - anchor;
                anchor = e;
            } else if (anchor - e >= step) {
                descent += anchor - e;
                anchor = e;
            }
        }
        return new double[] {climb, descent};
    }

    private static GPX parse(Path file, String name, byte[] content) throws StoreException {
        ActivityFiles.checkSize(file, name, "GPX", content.length);
        try {
            return GPX.Reader.DEFAULT.read(new ByteArrayInputStream(content));
        } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
            // jpx reports malformed XML and invalid values (a latitude of 95, a broken date) this way.
            throw new StoreException(file, "The GPX file " + name + " could not be read: it is not valid GPX ("
                    + reason(e.getMessage()) + "). Export the activity again, or open the file in a text"
                    + " editor to check it is GPX and not, say, a FIT or TCX file.", e);
        }
    }

    /**
     * The parser's reason in plain words. jpx reports XML errors as "Invalid GPX: ParseError at
     * [row,col]:[3,82]\nMessage: ..."; people need the line, not the column and the jargon.
     */
    static String reason(String message) {
        String m = message == null ? "" : message.strip();
        if (m.startsWith("Invalid GPX:")) {
            m = m.substring("Invalid GPX:".length()).strip();
        }
        Matcher at = PARSE_ERROR.matcher(m);
        if (at.find()) {
            int line = Integer.parseInt(at.group(1));
            int column = Integer.parseInt(at.group(2));
            if (line == 1 && column == 1) {
                return "it does not start as an XML file";
            }
            String detail = m.lines().filter(l -> l.startsWith("Message:")).findFirst()
                    .map(l -> withoutPeriod(l.substring("Message:".length()).strip())).orElse("");
            return "broken at line " + line + (detail.isEmpty() ? "" : ": " + detail);
        }
        if (m.startsWith("LocalName gpx specified did not match")) {
            return "it is XML, but its outer element is not <gpx>";
        }
        return withoutPeriod(firstLine(m));
    }

    /** The reason goes inside parentheses in a sentence: "(broken at line 3: ...)." */
    private static String withoutPeriod(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no details";
        }
        String line = message.strip().lines().findFirst().orElse(message);
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }
}
