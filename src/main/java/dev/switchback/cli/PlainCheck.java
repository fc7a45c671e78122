package dev.switchback.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A plain {@code check} command line read without picocli: {@code check [FILE] [--week W | --from D --to D]
 * [--format text|json] [--today DATE] [--units U] [--data-dir DIR]}, each option at most once, as
 * {@code --opt value} or {@code --opt=value}, every value one picocli would accept as it is. Anything else
 * (help, a mistyped or repeated option, a value that starts with '-' or '@', a second file, a date or file
 * name picocli's converter would refuse, an {@code @file}) gives null and picocli parses it, with its
 * messages and exit codes. Building picocli's model of even one command is a fixed 45-50 ms of every run
 * (its class set-up and the reflection over the annotations, docs/performance.md), more than the check of
 * a sample plan. {@code LeanCommandLineTest} runs a table of command lines both ways and compares exit
 * code, standard output and standard error.
 */
final class PlainCheck {
    private PlainCheck() {
    }

    /** The command with its options set, or null when picocli must read {@code args}. */
    static CheckCommand parse(String[] args) {
        if (args.length == 0 || !args[0].equals("check")) {
            return null;
        }
        var c = new CheckCommand();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.charAt(0) == '@') {
                return null;
            }
            if (a.charAt(0) != '-') {
                if (c.file != null) {
                    return null;
                }
                c.file = path(a);
                if (c.file == null) {
                    return null;
                }
                continue;
            }
            String name = a;
            String value;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return null;
            }
            if (value.isEmpty() || value.charAt(0) == '-' || value.charAt(0) == '@') {
                return null;
            }
            if (!set(c, name, value)) {
                return null;
            }
        }
        if (c.format == null) {
            c.format = CheckCommand.Format.text; // the option's defaultValue
        }
        return c;
    }

    /** Sets one option once; false for an option it does not know, a second time, or a value picocli refuses. */
    private static boolean set(CheckCommand c, String name, String value) {
        switch (name) {
            case "--week":
                if (c.range.week != null) {
                    return false;
                }
                c.range.week = value;
                return true;
            case "--from":
                if (c.range.from != null) {
                    return false;
                }
                c.range.from = value;
                return true;
            case "--to":
                if (c.range.to != null) {
                    return false;
                }
                c.range.to = value;
                return true;
            case "--units":
                if (c.units != null) {
                    return false;
                }
                c.units = value;
                return true;
            case "--format":
                if (c.format != null) {
                    return false;
                }
                // picocli's enum converter: the constant's exact name
                c.format = value.equals("text") ? CheckCommand.Format.text
                        : value.equals("json") ? CheckCommand.Format.json : null;
                return c.format != null;
            case "--today":
                if (c.today != null) {
                    return false;
                }
                try {
                    c.today = LocalDate.parse(value); // what picocli's java.time converter calls
                } catch (DateTimeParseException e) {
                    return false;
                }
                return true;
            case "--data-dir":
                if (c.data.dataDir != null) {
                    return false;
                }
                c.data.dataDir = path(value);
                return c.data.dataDir != null;
            default:
                return false;
        }
    }

    /** The root's converter for paths; null where it refuses the name (picocli then says why). */
    private static Path path(String value) {
        try {
            return FileNames.path(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Standard output as picocli writes it: its charset, buffered, flushed at each line. */
    static PrintWriter out() {
        return writer(System.out, System.getProperty("sun.stdout.encoding"));
    }

    /** Standard error, the same way. */
    static PrintWriter err() {
        return writer(System.err, System.getProperty("sun.stderr.encoding"));
    }

    private static PrintWriter writer(OutputStream stream, String encoding) {
        Charset charset = Charset.defaultCharset();
        if (encoding != null) {
            try {
                charset = Charset.forName("cp65001".equalsIgnoreCase(encoding) ? "UTF-8" : encoding);
            } catch (RuntimeException e) {
                charset = Charset.defaultCharset();
            }
        }
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }
}
