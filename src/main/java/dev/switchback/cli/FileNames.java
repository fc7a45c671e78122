package dev.switchback.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.TypeConversionException;

/**
 * File names from the command line: a name the system cannot use gets the store's sentence saying
 * so and what to do ({@link dev.switchback.store.FileNames}), and exit code 2, not
 * {@code InvalidPathException}.
 */
final class FileNames {
    private FileNames() {
    }

    /** The name could not become a path; the message is for people. */
    static final class Unusable extends TypeConversionException {
        Unusable(String message) {
            super(message);
        }
    }

    static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new Unusable("switchback: " + dev.switchback.store.FileNames.unusable(name));
        }
    }
}
