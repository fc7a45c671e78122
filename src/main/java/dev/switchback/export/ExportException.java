package dev.switchback.export;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An export could not be written. The message is for people: which file, what went wrong and what
 * to do; it never holds a stack trace.
 */
public final class ExportException extends Exception {
    private final transient Path target;

    public ExportException(Path target, String message) {
        super(message);
        this.target = target;
    }

    public ExportException(Path target, String message, Throwable cause) {
        super(message, cause);
        this.target = target;
    }

    /** The file that was to be written, when there was one. */
    public Optional<Path> target() {
        return Optional.ofNullable(target);
    }
}
