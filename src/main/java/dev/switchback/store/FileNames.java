package dev.switchback.store;

import dev.switchback.model.Printable;
import java.nio.charset.Charset;

/**
 * File names the system cannot use. Java can only make a path of a name the system's language
 * setting can encode (with {@code LANG=C}, plain ASCII); the command line and the window's file
 * choosers both say so in these words.
 */
public final class FileNames {
    private FileNames() {
    }

    /** Why {@code name} cannot be a path here, and what to do. */
    public static String unusable(String name) {
        String encoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
        boolean nul = name.indexOf('\0') >= 0;
        return "The file name \"" + Printable.excerpt(name, 80) + "\" cannot be used: " + (nul
                ? "it contains a zero byte." : "this system's language setting (file names in " + encoding
                + ", from LANG or LC_ALL) cannot spell its characters. Run Switchback with a UTF-8 setting, for"
                + " example LANG=C.UTF-8, or rename the file using plain letters.");
    }
}
