package dev.switchback.store;

import java.nio.file.Path;

/**
 * Saving was refused because another program changed the file since it was opened. Nothing was
 * written; the UI offers "Save As" so both versions survive.
 */
public final class FileChangedException extends StoreException {
    public FileChangedException(Path file) {
        super(file, file.getFileName() + " was changed by another program since you opened it. Nothing was saved:"
                + " use Save As to keep both versions, or reopen the file to load the other program's changes.");
    }
}
