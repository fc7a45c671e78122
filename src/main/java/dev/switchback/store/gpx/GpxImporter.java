package dev.switchback.store.gpx;

import dev.switchback.engine.Geo;
import dev.switchback.model.Limits;
import dev.switchback.model.Route;
import dev.switchback.model.RoutePoint;

import dev.switchback.store.StoreException;
import dev.switchback.model.TrackSample;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads GPX tracks (StAX, see {@link #parse}) into distance, climb, descent, duration and start time. Reading never
 * changes anything: a bad file gives a {@link StoreException} saying which file and what is wrong.
 *
 * <p>Climb and descent use a hysteresis of {@link #ELEVATION_STEP_M}: elevation counts only once it
 * has moved that far from the last counted point, so GPS and barometer noise of a few metres is not
 * summed into hundreds of metres of phantom climb. A long steady climb loses at most one step.
 * Distance is summed within each track segment; the gap between segments (a pause) is not counted.
 */
public final class GpxImporter {
    /** Elevation change, in metres, that counts as a real rise or fall (the engine's, shared with planned routes). */
    public static final double ELEVATION_STEP_M = Geo.ELEVATION_STEP_M;
    /** Mean Earth radius (IUGG), metres. */
    static final double EARTH_RADIUS_M = Geo.EARTH_RADIUS_M;
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
        ActivityFiles.checkSize(file, name, "GPX", content.length);
        Parsed gpx = parse(file, name, content);
        List<List<Point>> segments = gpx.segments().stream().filter(seg -> !seg.isEmpty()).toList();
        int points = segments.stream().mapToInt(List::size).sum();
        if (points < 2) {
            String found = points == 0 ? "no track points" : "only one track point";
            String more = gpx.routeOrWaypoints() ? " (it holds a planned route or waypoints, not a recorded track)"
                    : "";
            throw new StoreException(file, "The GPX file " + name + " has " + found + more
                    + ", so there is nothing to import. Export the recorded activity as GPX from your watch or"
                    + " app and try again.");
        }
        double distance = 0;
        var elevations = new ArrayList<Double>();
        var samples = new ArrayList<TrackSample>();
        Instant first = null;
        Instant last = null;
        for (List<Point> segment : segments) {
            Point previous = null;
            for (Point p : segment) {
                if (previous != null) {
                    distance += haversineM(previous.lat, previous.lon, p.lat, p.lon);
                }
                previous = p;
                Optional<Double> elevation = Double.isNaN(p.ele) ? Optional.empty() : Optional.of(p.ele);
                elevation.ifPresent(elevations::add);
                if (p.time != null) {
                    if (first == null) {
                        first = p.time;
                    }
                    last = p.time;
                }
                Instant t0 = first;
                samples.add(new TrackSample(Optional.ofNullable(p.time).map(t -> Duration.between(t0, t)), distance,
                        elevation, p.hr > 0 ? Optional.of(p.hr) : Optional.empty(),
                        p.cad > 0 ? Optional.of(p.cad) : Optional.empty()));
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

    /** One track point as read: NaN and null for what the file does not say, 0 for no heart rate or cadence. */
    private static final class Point {
        double lat;
        double lon;
        double ele = Double.NaN;
        Instant time;
        int hr;
        int cad;
    }

    /**
     * @param routeName the {@code <name>} of the file's first route ({@code rte}), blank if none
     * @param trackName the {@code <name>} of its first track ({@code trk}), blank if none
     * @param fileName the {@code <name>} of its {@code metadata}, blank if none
     */
    private record Parsed(List<List<Point>> segments, boolean routeOrWaypoints, List<Point> routePoints,
            String routeName, String trackName, String fileName) {
    }

    /**
     * Reads a planned route to attach to a session or a trip stage (issue 17): the points of the
     * file's routes ({@code rte/rtept}) if it has at least two, else those of its tracks (a planner's
     * export or an old recording; times, if any, are ignored). A route of more than
     * {@link Limits#MAX_ROUTE_POINTS} points is thinned to every n-th point, the last one kept. Its name
     * is the {@code <name>} the planner gave the route (or track) in the file, else the file's metadata
     * name, else the file's name without ".gpx".
     */
    public static Route readRoute(Path file) throws StoreException {
        String name = String.valueOf(file.getFileName());
        byte[] content = ActivityFiles.bytes(file, "GPX");
        ActivityFiles.checkSize(file, name, "GPX", content.length);
        Parsed gpx = parse(file, name, content);
        List<Point> track = gpx.segments().stream().flatMap(List::stream).toList();
        boolean asRoute = gpx.routePoints().size() >= 2 || gpx.routePoints().size() > track.size();
        List<Point> points = asRoute ? gpx.routePoints() : track;
        if (points.size() < 2) {
            throw new StoreException(file, "The GPX file " + name + " has " + (points.isEmpty() ? "no" : "only one")
                    + " route or track point, so there is no route to attach. Export the route as GPX from your"
                    + " route planner (a route or a track) and try again.");
        }
        // every n-th point keeps at most (size - 1) / n + 1 points, and the last one at most one more
        int every = points.size() <= Limits.MAX_ROUTE_POINTS ? 1
                : (points.size() - 1 + Limits.MAX_ROUTE_POINTS - 3) / (Limits.MAX_ROUTE_POINTS - 2);
        var kept = new ArrayList<RoutePoint>();
        for (int i = 0; i < points.size(); i += Math.max(1, every)) {
            kept.add(routePoint(points.get(i)));
        }
        if ((points.size() - 1) % Math.max(1, every) != 0) {
            kept.add(routePoint(points.get(points.size() - 1)));
        }
        String own = asRoute ? gpx.routeName() : gpx.trackName();
        String title = !own.isBlank() ? own : !gpx.fileName().isBlank() ? gpx.fileName()
                : name.toLowerCase(java.util.Locale.ROOT).endsWith(".gpx") ? name.substring(0, name.length() - 4)
                : name;
        title = title.strip();
        return new Route(title.length() > Limits.MAX_TITLE ? title.substring(0, Limits.MAX_TITLE).strip() : title,
                kept);
    }

    private static RoutePoint routePoint(Point p) {
        boolean plausible = !Double.isNaN(p.ele) && p.ele >= Limits.MIN_ALTITUDE_M && p.ele <= Limits.MAX_ALTITUDE_M;
        return new RoutePoint(p.lat, p.lon, plausible ? Optional.of(p.ele) : Optional.empty());
    }

    /**
     * GPX 1.0 and 1.1 tracks with the JDK's StAX parser: {@code trk/trkseg/trkpt} with {@code ele},
     * {@code time} and the heart-rate and cadence extensions (Garmin TrackPointExtension v1 and v2,
     * Cluetrust gpxdata; elements of other namespaces with the same local name are ignored). Earlier
     * versions used jpx, whose copy of every point's extensions through an XSLT transformer took
     * most of a bulk import's time (docs/performance.md, "Activity import").
     */
    private static Parsed parse(Path file, String name, byte[] content) throws StoreException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        var segments = new ArrayList<List<Point>>();
        var routePoints = new ArrayList<Point>();
        boolean routeOrWaypoints = false;
        boolean root = false;
        List<Point> segment = null;
        Point point = null;
        String field = null;
        var text = new StringBuilder();
        // the names of the first route, track and metadata: the element a <name> belongs to is its parent
        var open = new java.util.ArrayDeque<String>();
        String[] names = {"", "", ""};
        StringBuilder nameText = null;
        int nameOf = -1;
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = r.getLocalName();
                    if (!root) {
                        if (!"gpx".equals(local)) {
                            throw invalid(file, name, "it is XML, but its outer element is not <gpx>", null);
                        }
                        root = true;
                        continue;
                    }
                    String parent = open.peek();
                    open.push(local);
                    if ("name".equals(local) && point == null && parent != null) {
                        int which = switch (parent) {
                            case "rte" -> 0;
                            case "trk" -> 1;
                            case "metadata" -> 2;
                            default -> -1;
                        };
                        if (which >= 0 && names[which].isEmpty()) {
                            nameOf = which;
                            nameText = new StringBuilder();
                        }
                    }
                    switch (local) {
                        case "trkseg" -> {
                            segment = new ArrayList<>();
                            segments.add(segment);
                        }
                        case "trkpt" -> {
                            if (segment == null) {
                                segment = new ArrayList<>();
                                segments.add(segment);
                            }
                            point = new Point();
                            point.lat = coordinate(file, name, r, "lat", 90);
                            point.lon = coordinate(file, name, r, "lon", 180);
                        }
                        case "rtept" -> {
                            routeOrWaypoints = true;
                            point = new Point();
                            point.lat = coordinate(file, name, r, "lat", 90);
                            point.lon = coordinate(file, name, r, "lon", 180);
                        }
                        case "wpt" -> routeOrWaypoints = true;
                        default -> {
                            if (point != null) {
                                field = fieldOf(local, r.getNamespaceURI());
                                text.setLength(0);
                            }
                        }
                    }
                } else if (nameText != null && (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA)) {
                    nameText.append(r.getText());
                } else if (field != null && (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA)) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = r.getLocalName();
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                    if (nameText != null && "name".equals(local)) {
                        names[nameOf] = nameText.toString().strip().replaceAll("\\s+", " ");
                        nameText = null;
                    }
                    if (field != null && point != null) {
                        String value = text.toString().strip();
                        switch (field) {
                            case "ele" -> point.ele = elevation(file, name, value);
                            case "time" -> point.time = time(file, name, value);
                            case "hr" -> point.hr = wholeNumber(value);
                            default -> point.cad = wholeNumber(value);
                        }
                        field = null;
                    }
                    if ("trkpt".equals(local) && point != null) {
                        segment.add(point);
                        point = null;
                    } else if ("rtept".equals(local) && point != null) {
                        routePoints.add(point);
                        point = null;
                    } else if ("trkseg".equals(local)) {
                        segment = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw invalid(file, name, reason(e.getMessage()), e);
        }
        if (!root) {
            throw invalid(file, name, "it holds no XML element", null);
        }
        return new Parsed(segments, routeOrWaypoints, routePoints, names[0], names[1], names[2]);
    }

    /** What a child element of a track point holds: "ele", "time", "hr", "cad", or null for anything else. */
    private static String fieldOf(String local, String namespace) {
        String ns = namespace == null ? "" : namespace;
        if (ns.startsWith("http://www.topografix.com/GPX/")) {
            return "ele".equals(local) || "time".equals(local) ? local : null;
        }
        boolean extension = ns.contains("garmin.com/xmlschemas/TrackPointExtension")
                || ns.contains("cluetrust.com/XML/GPXDATA");
        if (!extension) {
            return ns.isEmpty() && ("ele".equals(local) || "time".equals(local)) ? local : null;
        }
        return "hr".equals(local) ? "hr" : "cad".equals(local) || "cadence".equals(local) ? "cad" : null;
    }

    private static double coordinate(Path file, String name, XMLStreamReader r, String attribute, double limit)
            throws StoreException {
        String value = r.getAttributeValue(null, attribute);
        if (value == null) {
            throw invalid(file, name, "a track point at line " + r.getLocation().getLineNumber() + " has no '"
                    + attribute + "'", null);
        }
        try {
            double v = Double.parseDouble(value.strip());
            if (!(v >= -limit && v <= limit)) {
                throw invalid(file, name, String.format(java.util.Locale.ROOT,
                        "Invalid value for '%s': %f is not in range [%d, %d]", attribute, v, (int) -limit,
                        (int) limit), null);
            }
            return v;
        } catch (NumberFormatException e) {
            throw invalid(file, name, "'" + attribute + "' at line " + r.getLocation().getLineNumber()
                    + " is not a number (\"" + value + "\")", e);
        }
    }

    private static double elevation(Path file, String name, String value) throws StoreException {
        try {
            double v = Double.parseDouble(value);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw invalid(file, name, "an elevation is not a number (\"" + value + "\")", e);
        }
    }

    private static Instant time(Path file, String name, String value) throws StoreException {
        try {
            return IsoTimes.parse(value);
        } catch (DateTimeException e) {
            throw invalid(file, name, "a time cannot be read (\"" + value + "\"; expected e.g."
                    + " 2026-11-14T08:00:00Z)", e);
        }
    }

    /** A heart rate or cadence: a whole number from 1 to 300, else absent (0). */
    static int wholeNumber(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            return v >= 1 && v <= 300 ? (int) Math.round(v) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static StoreException invalid(Path file, String name, String reason, Throwable cause) {
        return new StoreException(file, "The GPX file " + name + " could not be read: it is not valid GPX ("
                + reason + "). Export the activity again, or open the file in a text"
                + " editor to check it is GPX and not, say, a FIT or TCX file.", cause);
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

    /** Great-circle distance between two points, metres ({@link Geo#haversineM}). */
    static double haversineM(double lat1, double lon1, double lat2, double lon2) {
        return Geo.haversineM(lat1, lon1, lat2, lon2);
    }

    /** {climb, descent} with hysteresis {@code step} ({@link Geo#climbAndDescent}). */
    static double[] climbAndDescent(List<Double> elevations, double step) {
        return Geo.climbAndDescent(elevations, step);
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
