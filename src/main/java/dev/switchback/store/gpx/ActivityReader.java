package dev.switchback.store.gpx;

import dev.switchback.store.StoreException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Reads any activity entry: unpacks ".gz", then GPX, TCX or FIT by the name's ending. */
public final class ActivityReader {
    private ActivityReader() {
    }

    public static GpxTrack read(ActivityEntry entry) throws StoreException {
        ActivityEntry.Format format = ActivityEntry.formatOf(entry.name()).orElseThrow(() -> new StoreException(
                entry.origin(), entry.name() + " is not an activity file Switchback reads (GPX, TCX or FIT, each"
                        + " also as .gz). Export the activity in one of those formats."));
        byte[] bytes = entry.content().bytes();
        if (ActivityEntry.compressed(entry.name())) {
            bytes = gunzip(entry, format, bytes);
        }
        return switch (format) {
            case GPX -> GpxImporter.read(entry.origin(), entry.name(), bytes);
            case TCX -> TcxImporter.read(entry.origin(), entry.name(), bytes);
            case FIT -> FitImporter.read(entry.origin(), entry.name(), bytes);
        };
    }

    private static byte[] gunzip(ActivityEntry entry, ActivityEntry.Format format, byte[] packed)
            throws StoreException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            var out = new ByteArrayOutputStream(packed.length * 4);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > ActivityFiles.MAX_FILE_BYTES) {
                    ActivityFiles.checkSize(entry.origin(), entry.name(), format.name(), total);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new StoreException(entry.origin(), "The compressed " + format + " file " + entry.name()
                    + " could not be unpacked (" + e.getMessage() + "): the download or copy was probably cut"
                    + " short. Export or download it again.", e);
        }
    }
}
