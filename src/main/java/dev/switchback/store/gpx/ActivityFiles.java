package dev.switchback.store.gpx;

import dev.switchback.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading an activity file's bytes, with the checks every format shares (missing, empty, too large). */
final class ActivityFiles {
    /** More than any one outing can be: a day of 1 s GPX points with every extension is about 30 MB. */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private ActivityFiles() {
    }

    static byte[] bytes(Path file, String format) throws StoreException {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new StoreException(file, "The " + format + " file " + name + " was not found in "
                        + file.toAbsolutePath().getParent() + ". Check that it was not moved or renamed.");
            }
            long size = Files.size(file);
            checkSize(file, name, format, size);
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StoreException(file, "The " + format + " file " + name + " was not found. Check that it was"
                    + " not moved or renamed.", e);
        } catch (IOException e) {
            throw new StoreException(file, "The " + format + " file " + name + " could not be read (" + e.getMessage()
                    + "). Check that you may read it and that the disk is there.", e);
        }
    }

    static void checkSize(Path file, String name, String format, long size) throws StoreException {
        if (size == 0) {
            throw new StoreException(file, "The " + format + " file " + name + " is empty (0 bytes), so there is"
                    + " nothing to import. Export the activity again from your watch or app.");
        }
        if (size > MAX_FILE_BYTES) {
            throw new StoreException(file, "The " + format + " file " + name + " is " + size / (1024 * 1024)
                    + " MB, more than one outing can be. Split it or export only the activity you want.");
        }
    }
}
