package dev.switchback.store.gpx;

import dev.switchback.model.TrackSample;
import dev.switchback.store.StoreException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Garmin Training Center XML (TCX v2): the first activity's laps and their track points
 * (time, position, altitude, distance, heart rate, cadence), with the JDK's StAX parser.
 *
 * <p>Distance is the file's own {@code DistanceMeters} along the track when the points carry it
 * (the watch's odometer, often from a foot pod), else the haversine sum over positions like GPX.
 * Climb and descent use the same 5 m hysteresis as GPX; duration is first to last timestamp.
 * External entities are switched off: a TCX file is data, never a reason to open another file.
 */
public final class TcxImporter {
    private TcxImporter() {
    }

    public static GpxTrack read(Path file) throws StoreException {
        return read(file, String.valueOf(file.getFileName()), ActivityFiles.bytes(file, "TCX"));
    }

    public static GpxTrack read(Path file, String name, byte[] content) throws StoreException {
        ActivityFiles.checkSize(file, name, "TCX", content.length);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        var points = new ArrayList<Point>();
        int laps = 0;
        double lapDistance = 0;
        boolean root = false;
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            Point current = null;
            int depthInActivity = 0;
            int activities = 0;
            String hrParent = null;
            String lastElement = "";
            StringBuilder text = new StringBuilder();
            boolean inLapTotals = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = r.getLocalName();
                    if (!root) {
                        if (!"TrainingCenterDatabase".equals(local)) {
                            throw new StoreException(file, "The TCX file " + name + " could not be read: it is XML,"
                                    + " but its outer element is <" + local + ">, not <TrainingCenterDatabase>."
                                    + " Export the activity as TCX again, or import it as the format it is.");
                        }
                        root = true;
                    }
                    if ("Activity".equals(local)) {
                        activities++;
                    }
                    if (activities > 1) {
                        // Only the first activity: a multi-activity TCX is a history export, not one outing.
                        break;
                    }
                    switch (local) {
                        case "Lap" -> {
                            laps++;
                            inLapTotals = true;
                        }
                        case "Track" -> inLapTotals = false;
                        case "Trackpoint" -> current = new Point();
                        case "HeartRateBpm" -> hrParent = current != null ? "point" : null;
                        default -> { }
                    }
                    text.setLength(0);
                    lastElement = local;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = r.getLocalName();
                    String value = text.toString().strip();
                    if (current != null) {
                        switch (local) {
                            case "Time" -> current.time = instant(file, name, value);
                            case "LatitudeDegrees" -> current.lat = number(file, name, local, value);
                            case "LongitudeDegrees" -> current.lon = number(file, name, local, value);
                            case "AltitudeMeters" -> current.altitude = number(file, name, local, value);
                            case "DistanceMeters" -> current.distance = number(file, name, local, value);
                            case "Value" -> {
                                if ("point".equals(hrParent)) {
                                    current.hr = (int) Math.round(number(file, name, "HeartRateBpm", value));
                                }
                            }
                            case "Cadence", "RunCadence" -> current.cadence =
                                    (int) Math.round(number(file, name, local, value));
                            case "Trackpoint" -> {
                                points.add(current);
                                current = null;
                            }
                            default -> { }
                        }
                    } else if (inLapTotals && "DistanceMeters".equals(local)) {
                        lapDistance += number(file, name, local, value);
                    }
                    if ("HeartRateBpm".equals(local)) {
                        hrParent = null;
                    }
                    text.setLength(0);
                }
            }
            if (!root) {
                throw new StoreException(file, "The TCX file " + name + " could not be read: it holds no XML"
                        + " element. Export the activity again.");
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : "broken at line " + e.getLocation().getLineNumber();
            String reason = e.getLocation() != null && e.getLocation().getLineNumber() <= 1
                    && e.getLocation().getColumnNumber() <= 1 ? "it does not start as an XML file" : where;
            throw new StoreException(file, "The TCX file " + name + " could not be read: it is not valid TCX ("
                    + (reason.isEmpty() ? "not XML" : reason) + "). Export the activity again, or open the file in"
                    + " a text editor to check it is TCX and not, say, a FIT or GPX file.", e);
        }
        return toTrack(file, name, points, laps, lapDistance);
    }

    private static GpxTrack toTrack(Path file, String name, List<Point> points, int laps, double lapDistance)
            throws StoreException {
        if (points.size() < 2) {
            String found = points.isEmpty() ? "no track points" : "only one track point";
            throw new StoreException(file, "The TCX file " + name + " has " + found + (laps > 0 ? " in its " + laps
                    + (laps == 1 ? " lap" : " laps") : "") + ", so there is nothing to import. Export the"
                    + " recorded activity from your watch or app and try again.");
        }
        boolean ownDistance = points.stream().anyMatch(p -> !Double.isNaN(p.distance));
        double distance = 0;
        Point previousPositioned = null;
        double lastOwn = 0;
        Instant first = null;
        Instant last = null;
        var samples = new ArrayList<TrackSample>();
        var elevations = new ArrayList<Double>();
        for (Point p : points) {
            if (ownDistance) {
                if (!Double.isNaN(p.distance)) {
                    lastOwn = Math.max(lastOwn, p.distance);
                }
                distance = lastOwn;
            } else if (!Double.isNaN(p.lat) && !Double.isNaN(p.lon)) {
                if (previousPositioned != null) {
                    distance += GpxImporter.haversineM(previousPositioned.lat, previousPositioned.lon, p.lat, p.lon);
                }
                previousPositioned = p;
            }
            if (p.time != null) {
                if (first == null) {
                    first = p.time;
                }
                last = p.time;
            }
            Optional<Double> elevation = Double.isNaN(p.altitude) ? Optional.empty() : Optional.of(p.altitude);
            elevation.ifPresent(elevations::add);
            Instant t0 = first;
            samples.add(new TrackSample(Optional.ofNullable(p.time).map(t -> Duration.between(t0, t)), distance,
                    elevation, p.hr > 0 && p.hr <= 300 ? Optional.of(p.hr) : Optional.empty(),
                    p.cadence > 0 && p.cadence <= 300 ? Optional.of(p.cadence) : Optional.empty()));
        }
        if (distance == 0 && lapDistance > 0) {
            distance = lapDistance;
        }
        Optional<Double> climb = Optional.empty();
        Optional<Double> descent = Optional.empty();
        if (elevations.size() >= 2) {
            double[] updown = GpxImporter.climbAndDescent(elevations, GpxImporter.ELEVATION_STEP_M);
            climb = Optional.of(updown[0]);
            descent = Optional.of(updown[1]);
        }
        Optional<Duration> duration = Optional.empty();
        if (first != null && !first.equals(last)) {
            Duration elapsed = Duration.between(first, last);
            if (elapsed.isNegative()) {
                throw new StoreException(file, "The TCX file " + name + " has timestamps that run backwards (first "
                        + first + ", last " + last + "). Export the activity again from its source.");
            }
            duration = Optional.of(elapsed);
        }
        return new GpxTrack(List.of(file), points.size(), distance, climb, descent, duration,
                Optional.ofNullable(first), samples, "TCX", laps);
    }

    private static Instant instant(Path file, String name, String value) throws StoreException {
        try {
            return IsoTimes.parse(value);
        } catch (DateTimeParseException e) {
            throw new StoreException(file, "The TCX file " + name + " has a time that cannot be read (\"" + value
                    + "\"; expected e.g. 2026-11-14T08:00:00Z). Export the activity again.", e);
        }
    }

    private static double number(Path file, String name, String element, String value) throws StoreException {
        try {
            double v = Double.parseDouble(value);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new StoreException(file, "The TCX file " + name + " has a " + element + " that is not a number (\""
                    + value + "\"). Export the activity again.", e);
        }
    }

    private static final class Point {
        Instant time;
        double lat = Double.NaN;
        double lon = Double.NaN;
        double altitude = Double.NaN;
        double distance = Double.NaN;
        int hr;
        int cadence;
    }
}
