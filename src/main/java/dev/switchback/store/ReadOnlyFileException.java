package dev.switchback.store;

import java.nio.file.Path;

/**
 * Saving was refused because the plan file is marked read-only (for example {@code chmod 444}): the
 * user made it so, and Switchback never overwrites it silently. Nothing was written; the window asks
 * whether to save elsewhere or to make the file writable ({@link PlanStore#makeWritable}) and save.
 */
public final class ReadOnlyFileException extends StoreException {
    public ReadOnlyFileException(Path file) {
        super(file, "Could not save " + FileErrors.name(file) + ": the file is read-only, so Switchback does not"
                + " overwrite it. The file on disk was not changed. Use Save As to save somewhere else, or make the"
                + " file writable (in the window: Make writable and save) and save again.");
    }
}
