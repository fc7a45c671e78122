package dev.switchback.cli;

import dev.switchback.model.Printable;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.TypeConversionException;

/**
 * File names from the command line. Java can only use a name the system's language setting can
 * encode (with {@code LANG=C}, plain ASCII): any other name gets a sentence saying so and what to do,
 * not {@code InvalidPathException}.
 */
final class FileNames {
    private FileNames() {
    }

    /** The name could not become a path; the message is for people. Exit code 2. */
    static final class Unusable extends TypeConversionException {
        Unusable(String message) {
            super(message);
        }
    }

    static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            String encoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
            boolean nul = name.indexOf('\0') >= 0;
            throw new Unusable("switchback: the file name \"" + Printable.excerpt(name, 80) + "\" cannot be used: "
                    + (nul ? "it contains a zero byte." : "this system's language setting (file names in "
                    + encoding + ", from LANG or LC_ALL) cannot spell its characters. Run Switchback with a UTF-8"
                    + " setting, for example LANG=C.UTF-8, or rename the file using plain letters."));
        }
    }
}
