package dev.switchback.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The command line as a user runs it, in-process: the whole picocli command line with its standard output
 * and standard error kept, for the command tests to read. One JVM for all of them; a test that needs a JVM
 * of its own (start-up, loaded classes) starts one ({@link NoLoggingOnAPlainReadTest}).
 */
abstract class CommandLineTest {
    /** What the last runs printed to standard output. */
    final StringWriter out = new StringWriter();
    /** What the last runs printed to standard error. */
    final StringWriter err = new StringWriter();

    /** Runs {@code switchback args...}: its exit code. */
    int run(String... args) {
        var cl = SwitchbackCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
