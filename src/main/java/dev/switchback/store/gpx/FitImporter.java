package dev.switchback.store.gpx;

import dev.switchback.model.TrackSample;
import dev.switchback.store.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small decoder of the FIT binary format (Garmin's Flexible and Interoperable Data Transfer
 * protocol, as documented in its public protocol description) for activity files: it reads the
 * {@code record} messages (global number 20: timestamp, position, altitude, heart rate, cadence,
 * distance) and counts the {@code lap} messages (19). Every other message is skipped by its
 * definition, so files from any device or with developer fields decode. Why our own decoder and not
 * Garmin's SDK: docs/decisions/0004-fit-decoder.md.
 *
 * <p>Checked before anything is believed: the ".FIT" signature, that the data size fits in the file
 * (a truncated download is refused, not half read) and the file's CRC-16.
 */
public final class FitImporter {
    /** FIT timestamps count seconds from 1989-12-31T00:00:00Z. */
    static final long FIT_EPOCH_SECONDS = 631_065_600L;
    static final int MESG_FILE_ID = 0;
    static final int MESG_LAP = 19;
    static final int MESG_RECORD = 20;
    private static final int[] CRC_TABLE = {
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400};

    private FitImporter() {
    }

    public static GpxTrack read(Path file) throws StoreException {
        return read(file, String.valueOf(file.getFileName()), ActivityFiles.bytes(file, "FIT"));
    }

    public static GpxTrack read(Path file, String name, byte[] b) throws StoreException {
        ActivityFiles.checkSize(file, name, "FIT", b.length);
        if (b.length < 12 || (b[0] & 0xFF) < 12 || !(b[8] == '.' && b[9] == 'F' && b[10] == 'I' && b[11] == 'T')) {
            throw refused(file, name, "it does not start with the FIT signature, so it is not a FIT file");
        }
        int headerSize = b[0] & 0xFF;
        long dataSize = u32(b, 4, true);
        if (headerSize + dataSize + 2 > b.length) {
            throw refused(file, name, "it is cut short: the header announces " + (headerSize + dataSize + 2)
                    + " bytes, the file has " + b.length + " (an interrupted download or copy)");
        }
        int end = (int) (headerSize + dataSize);
        int expected = (b[end] & 0xFF) | (b[end + 1] & 0xFF) << 8;
        if (crc(b, 0, end) != expected) {
            throw refused(file, name, "its checksum does not match, so the file is damaged");
        }
        Definition[] local = new Definition[16];
        var samples = new ArrayList<TrackSample>();
        var elevations = new ArrayList<Double>();
        int laps = 0;
        long lastTimestamp = -1;
        long firstTimestamp = -1;
        long lastRecordTime = -1;
        double distance = 0;
        double previousLat = Double.NaN;
        double previousLon = Double.NaN;
        boolean ownDistance = false;
        int pos = headerSize;
        try {
            while (pos < end) {
                int header = b[pos++] & 0xFF;
                Definition d;
                Values v;
                if ((header & 0x80) != 0) {
                    // Compressed timestamp header: local type in bits 5-6, a 5-bit offset on the last time.
                    d = defined(local, (header >> 5) & 0x3, file, name);
                    int offset = header & 0x1F;
                    long ts = lastTimestamp < 0 ? offset : (lastTimestamp & ~0x1FL) + offset
                            + (offset < (lastTimestamp & 0x1F) ? 0x20 : 0);
                    lastTimestamp = ts;
                    v = d.read(b, pos, end);
                    v.timestamp = ts;
                } else if ((header & 0x40) != 0) {
                    local[header & 0x0F] = Definition.parse(b, pos, (header & 0x20) != 0);
                    pos += local[header & 0x0F].length;
                    continue;
                } else {
                    d = defined(local, header & 0x0F, file, name);
                    v = d.read(b, pos, end);
                    if (v.timestamp >= 0) {
                        lastTimestamp = v.timestamp;
                    }
                }
                pos += d.size;
                if (d.global == MESG_LAP) {
                    laps++;
                }
                Sample s = d.global == MESG_RECORD ? toSample(v) : null;
                if (s == null) {
                    continue;
                }
                firstTimestamp = firstTimestamp < 0 ? s.time : firstTimestamp;
                if (s.time < lastRecordTime) {
                    throw refused(file, name, "its times run backwards");
                }
                lastRecordTime = s.time;
                if (!Double.isNaN(s.distance)) {
                    ownDistance = true;
                    distance = Math.max(distance, s.distance);
                } else if (!ownDistance && !Double.isNaN(s.lat)) {
                    if (!Double.isNaN(previousLat)) {
                        distance += GpxImporter.haversineM(previousLat, previousLon, s.lat, s.lon);
                    }
                    previousLat = s.lat;
                    previousLon = s.lon;
                }
                add(samples, elevations, s, firstTimestamp, distance);
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw refused(file, name, "a message runs past the end of the data");
        }
        if (samples.size() < 2) {
            throw new StoreException(file, "The FIT file " + name + " has " + (samples.isEmpty() ? "no" : "only one")
                    + " recorded point, so there is nothing to import. It may be a course, workout or settings file;"
                    + " export the recorded activity and try again.");
        }
        Optional<Double> climb = Optional.empty();
        Optional<Double> descent = Optional.empty();
        if (elevations.size() >= 2) {
            double[] updown = GpxImporter.climbAndDescent(elevations, GpxImporter.ELEVATION_STEP_M);
            climb = Optional.of(updown[0]);
            descent = Optional.of(updown[1]);
        }
        Duration elapsed = Duration.ofSeconds(lastRecordTime - firstTimestamp);
        Optional<Duration> duration = elapsed.isZero() ? Optional.empty() : Optional.of(elapsed);
        return new GpxTrack(List.of(file), samples.size(), distance, climb, descent, duration,
                Optional.of(Instant.ofEpochSecond(FIT_EPOCH_SECONDS + firstTimestamp)), samples, "FIT", laps);
    }

    private static void add(List<TrackSample> samples, List<Double> elevations, Sample s, long first, double distance) {
        Optional<Double> elevation = Double.isNaN(s.altitude) ? Optional.empty() : Optional.of(s.altitude);
        elevation.ifPresent(elevations::add);
        samples.add(new TrackSample(Optional.of(Duration.ofSeconds(s.time - first)), distance, elevation,
                s.hr > 0 ? Optional.of(s.hr) : Optional.empty(),
                s.cadence > 0 ? Optional.of(s.cadence) : Optional.empty()));
    }

    private static Sample toSample(Values v) {
        if (v.timestamp < 0) {
            return null;
        }
        var s = new Sample();
        s.time = v.timestamp;
        s.lat = v.lat;
        s.lon = v.lon;
        s.altitude = !Double.isNaN(v.enhancedAltitude) ? v.enhancedAltitude : v.altitude;
        s.distance = v.distance;
        s.hr = v.hr;
        s.cadence = v.cadence;
        return s;
    }

    private static Definition defined(Definition[] local, int type, Path file, String name) throws StoreException {
        if (local[type] == null) {
            throw refused(file, name, "it uses message type " + type + " before defining it");
        }
        return local[type];
    }

    private static StoreException refused(Path file, String name, String reason) {
        return new StoreException(file, "The FIT file " + name + " could not be read: " + reason + ". Copy the"
                + " activity from the watch again, or export it as GPX or TCX from your app and import that.");
    }

    /** FIT's CRC-16 (polynomial 0xA001, nibble table), over {@code b[from..to)}. */
    static int crc(byte[] b, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            int x = b[i] & 0xFF;
            int tmp = CRC_TABLE[crc & 0xF];
            crc = (crc >> 4) & 0x0FFF;
            crc = crc ^ tmp ^ CRC_TABLE[x & 0xF];
            tmp = CRC_TABLE[crc & 0xF];
            crc = (crc >> 4) & 0x0FFF;
            crc = crc ^ tmp ^ CRC_TABLE[(x >> 4) & 0xF];
        }
        return crc;
    }

    static long u32(byte[] b, int at, boolean little) {
        return little
                ? (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24
                : (b[at + 3] & 0xFFL) | (b[at + 2] & 0xFFL) << 8 | (b[at + 1] & 0xFFL) << 16 | (b[at] & 0xFFL) << 24;
    }

    private static final class Definition {
        final int global;
        final boolean bigEndian;
        final int[] number;
        final int[] width;
        /** Bytes of one data message of this definition, developer fields included. */
        int size;
        /** Bytes of the definition message itself, after its header byte. */
        int length;

        /** The definition message starting at {@code at} (after its header byte). */
        static Definition parse(byte[] b, int at, boolean developer) {
            int pos = at + 1; // reserved
            boolean bigEndian = b[pos++] == 1;
            int global = bigEndian ? (b[pos] & 0xFF) << 8 | (b[pos + 1] & 0xFF)
                    : (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8;
            pos += 2;
            int fields = b[pos++] & 0xFF;
            var d = new Definition(global, bigEndian, fields);
            for (int f = 0; f < fields; f++) {
                d.number[f] = b[pos] & 0xFF;
                d.width[f] = b[pos + 1] & 0xFF;
                d.size += d.width[f];
                pos += 3;
            }
            if (developer) {
                int devFields = b[pos++] & 0xFF;
                for (int f = 0; f < devFields; f++) {
                    d.size += b[pos + 1] & 0xFF;
                    pos += 3;
                }
            }
            d.length = pos - at;
            return d;
        }

        Definition(int global, boolean bigEndian, int fields) {
            this.global = global;
            this.bigEndian = bigEndian;
            this.number = new int[fields];
            this.width = new int[fields];
        }

        Values read(byte[] b, int at, int end) {
            if (at + size > end) {
                throw new ArrayIndexOutOfBoundsException("message past the end");
            }
            var v = new Values();
            int p = at;
            for (int f = 0; f < number.length; f++) {
                int w = width[f];
                long raw = w == 1 ? b[p] & 0xFF : w == 2 ? u16(b, p) : w == 4 ? u32(b, p, !bigEndian) : -1;
                boolean invalid = raw < 0 || w == 1 && raw == 0xFF || w == 2 && raw == 0xFFFF
                        || w == 4 && raw == 0xFFFFFFFFL;
                int n = number[f];
                if (n == 253 && w == 4 && !invalid) {
                    v.timestamp = raw;
                } else if (global == MESG_RECORD && !invalid) {
                    switch (n) {
                        case 0 -> v.lat = w == 4 && raw != 0x7FFFFFFFL ? semicircles(raw) : Double.NaN;
                        case 1 -> v.lon = w == 4 && raw != 0x7FFFFFFFL ? semicircles(raw) : Double.NaN;
                        case 2 -> v.altitude = w == 2 ? raw / 5.0 - 500 : Double.NaN;
                        case 3 -> v.hr = w == 1 ? (int) raw : 0;
                        case 4 -> v.cadence = w == 1 ? (int) raw : 0;
                        case 5 -> v.distance = w == 4 ? raw / 100.0 : Double.NaN;
                        case 78 -> v.enhancedAltitude = w == 4 ? raw / 5.0 - 500 : Double.NaN;
                        default -> { }
                    }
                }
                p += w;
            }
            return v;
        }

        private int u16(byte[] b, int p) {
            return bigEndian ? (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF) : (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
        }

        private static double semicircles(long raw) {
            return (int) raw * (180.0 / 2147483648.0);
        }
    }

    private static final class Values {
        long timestamp = -1;
        double lat = Double.NaN;
        double lon = Double.NaN;
        double altitude = Double.NaN;
        double enhancedAltitude = Double.NaN;
        double distance = Double.NaN;
        int hr;
        int cadence;
    }

    private static final class Sample {
        long time;
        double lat;
        double lon;
        double altitude;
        double distance;
        int hr;
        int cadence;
    }
}
