package dev.switchback.store.gpx;

import dev.switchback.store.StoreException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One activity file found by {@link ActivitySources}: a file on disk or an entry of an archive.
 *
 * @param origin the file on disk: the activity file itself, or the archive that holds it (for messages)
 * @param name how the user knows it: "ridge.gpx", "export.zip: activities/123.fit.gz"
 * @param content reads its bytes when the import gets to it
 */
public record ActivityEntry(Path origin, String name, Content content) {
    /** The bytes of an entry, read on demand so that an archive of 500 activities is not held in memory. */
    @FunctionalInterface
    public interface Content {
        byte[] bytes() throws StoreException;
    }

    public ActivityEntry {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /** A file on disk. */
    public static ActivityEntry of(Path file) {
        return new ActivityEntry(file, String.valueOf(file.getFileName()), () -> ActivityFiles.bytes(file,
                formatOf(String.valueOf(file.getFileName())).map(Format::name).orElse("activity")));
    }

    /** The formats read, by file name ending (case-insensitive), each also gzip-compressed (".gpx.gz"). */
    public enum Format { GPX, TCX, FIT }

    /** The format a file name announces, without a trailing ".gz". */
    public static java.util.Optional<Format> formatOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        for (Format f : Format.values()) {
            if (n.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    public static boolean compressed(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    public static boolean isArchive(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
