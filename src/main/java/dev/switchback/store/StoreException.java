package dev.switchback.store;

import java.nio.file.Path;

/**
 * A plan file could not be read or written. The message is for people: which file, where in it,
 * what is wrong and what to do. Subclasses mark the cases a UI handles differently.
 */
public class StoreException extends Exception {
    private final transient Path file;

    public StoreException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public StoreException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
