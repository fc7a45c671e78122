package dev.switchback.store.gpx;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * Writes small FIT activity files for the tests, following the published FIT protocol: a 14-byte
 * header with its CRC, a file_id message (type activity), record messages (timestamp, position,
 * altitude, heart rate, cadence, distance), lap messages and the file CRC. Optionally the records
 * after the first use compressed timestamp headers, and the records carry a developer field, as real
 * watches do.
 */
final class FitWriter {
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private boolean recordDefined;
    private boolean compressed;
    private boolean developerField;
    private boolean bigEndian;
    private long lastTimestamp = -1;

    FitWriter compressedTimestamps() {
        compressed = true;
        return this;
    }

    FitWriter withDeveloperField() {
        developerField = true;
        return this;
    }

    FitWriter bigEndian() {
        bigEndian = true;
        return this;
    }

    FitWriter fileId() {
        // Definition, local 0: global 0 (file_id), one field: type (0), 1 byte, enum.
        data.write(0x40);
        definitionHeader(FitImporter.MESG_FILE_ID, 1);
        field(0, 1, 0x00);
        data.write(0x00);
        data.write(4); // activity
        return this;
    }

    /** A point; {@code hr}/{@code cadence} 0 and NaN altitude/distance write the FIT "invalid" value. */
    FitWriter record(Instant time, double lat, double lon, double altitude, int hr, int cadence, double distance) {
        if (!recordDefined) {
            data.write(0x40 | 1 | (developerField ? 0x20 : 0));
            definitionHeader(FitImporter.MESG_RECORD, 7);
            field(253, 4, 0x86);
            field(0, 4, 0x85);
            field(1, 4, 0x85);
            field(2, 2, 0x84);
            field(3, 1, 0x02);
            field(4, 1, 0x02);
            field(5, 4, 0x86);
            if (developerField) {
                data.write(1); // one developer field
                data.write(0); // field number
                data.write(2); // two bytes
                data.write(0); // developer data index
            }
            recordDefined = true;
        }
        long ts = time.getEpochSecond() - FitImporter.FIT_EPOCH_SECONDS;
        if (compressed && lastTimestamp >= 0 && ts - lastTimestamp < 32 && ts >= lastTimestamp) {
            // Compressed header: local type 1, 5-bit offset; the timestamp field is still in the definition,
            // so its bytes follow as written, and the decoder must prefer the header's time.
            data.write(0x80 | (1 << 5) | (int) (ts & 0x1F));
        } else {
            data.write(1);
        }
        u32(ts);
        u32(semicircles(lat));
        u32(semicircles(lon));
        u16(Double.isNaN(altitude) ? 0xFFFF : (int) Math.round((altitude + 500) * 5));
        data.write(hr == 0 ? 0xFF : hr);
        data.write(cadence == 0 ? 0xFF : cadence);
        u32(Double.isNaN(distance) ? 0xFFFFFFFFL : Math.round(distance * 100));
        if (developerField) {
            data.write(0x12);
            data.write(0x34);
        }
        lastTimestamp = ts;
        return this;
    }

    FitWriter lap(Instant time) {
        data.write(0x40 | 2);
        definitionHeader(FitImporter.MESG_LAP, 1);
        field(253, 4, 0x86);
        data.write(2);
        u32(time.getEpochSecond() - FitImporter.FIT_EPOCH_SECONDS);
        return this;
    }

    byte[] bytes() {
        byte[] body = data.toByteArray();
        var out = new ByteArrayOutputStream();
        byte[] header = new byte[14];
        header[0] = 14;
        header[1] = 0x20; // protocol 2.0
        header[2] = (byte) 0x08; // profile 21.xx, little endian
        header[3] = (byte) 0x52;
        header[4] = (byte) body.length;
        header[5] = (byte) (body.length >> 8);
        header[6] = (byte) (body.length >> 16);
        header[7] = (byte) (body.length >> 24);
        header[8] = '.';
        header[9] = 'F';
        header[10] = 'I';
        header[11] = 'T';
        int hcrc = FitImporter.crc(header, 0, 12);
        header[12] = (byte) hcrc;
        header[13] = (byte) (hcrc >> 8);
        out.writeBytes(header);
        out.writeBytes(body);
        byte[] all = out.toByteArray();
        int crc = FitImporter.crc(all, 0, all.length);
        out.write(crc & 0xFF);
        out.write(crc >> 8 & 0xFF);
        return out.toByteArray();
    }

    private void definitionHeader(int global, int fields) {
        data.write(0); // reserved
        data.write(bigEndian ? 1 : 0);
        if (bigEndian) {
            data.write(global >> 8 & 0xFF);
            data.write(global & 0xFF);
        } else {
            data.write(global & 0xFF);
            data.write(global >> 8 & 0xFF);
        }
        data.write(fields);
    }

    private void field(int number, int size, int baseType) {
        data.write(number);
        data.write(size);
        data.write(baseType);
    }

    private void u16(int v) {
        if (bigEndian) {
            data.write(v >> 8 & 0xFF);
            data.write(v & 0xFF);
        } else {
            data.write(v & 0xFF);
            data.write(v >> 8 & 0xFF);
        }
    }

    private void u32(long v) {
        if (bigEndian) {
            for (int shift = 24; shift >= 0; shift -= 8) {
                data.write((int) (v >> shift) & 0xFF);
            }
        } else {
            for (int shift = 0; shift <= 24; shift += 8) {
                data.write((int) (v >> shift) & 0xFF);
            }
        }
    }

    private static long semicircles(double degrees) {
        return Math.round(degrees * (2147483648.0 / 180.0)) & 0xFFFFFFFFL;
    }
}
