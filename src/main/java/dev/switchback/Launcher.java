package dev.switchback;

import dev.switchback.cli.CommandNames;
import dev.switchback.cli.SwitchbackCommand;
import dev.switchback.store.DataFolder;
import java.util.Optional;

/**
 * The jar's main class. With no arguments (or only {@code --data-dir DIR}) it opens the window; with a
 * command it runs the command line without loading JavaFX. It does not extend {@code Application}: a JavaFX application class
 * cannot be the main class of a plain jar with JavaFX on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Set by the packaged app's {@code switchback} command: without arguments it prints help, not the window. */
    static final String CLI_PROPERTY = "switchback.cli";

    public static void main(String[] args) throws ReflectiveOperationException {
        quietLoggingStartup();
        var window = Boolean.getBoolean(CLI_PROPERTY) ? Optional.<Optional<String>>empty() : windowDataDir(args);
        Optional<Integer> relaunched = Relaunch.run(archiveKind(window.isPresent(), args), args, window.isPresent());
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        if (window.isPresent()) {
            if (window.get().isPresent()) { // no lambda: see Relaunch
                System.setProperty(DataFolder.PROPERTY, window.get().get());
            }
            // Reflection keeps JavaFX classes unloaded on the command-line path.
            Class.forName("dev.switchback.ui.app.SwitchbackApp")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) new String[0]);
            return;
        }
        System.exit(SwitchbackCommand.run(args));
    }

    /**
     * Which class-data-sharing archive the relaunched JVM uses: the window's, one per command (a first
     * {@code sample} must not make the archive {@code check} then uses without the engine's classes), or
     * the command line's for help, {@code --version} and mistakes.
     */
    static String archiveKind(boolean window, String[] args) {
        if (window) {
            return "window";
        }
        String command = CommandNames.runAlone(args);
        return command == null ? "cli" : "cli-" + command;
    }

    /**
     * Whether {@code args} ask for the window: none, or only {@code --data-dir DIR} (then its folder).
     * Anything else is a command.
     */
    static Optional<Optional<String>> windowDataDir(String[] args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length == 2 && args[0].equals("--data-dir") && !args[1].isBlank()) {
            return Optional.of(Optional.of(args[1]));
        }
        if (args.length == 1 && args[0].startsWith("--data-dir=") && args[0].length() > "--data-dir=".length()) {
            return Optional.of(Optional.of(args[0].substring("--data-dir=".length())));
        }
        return Optional.empty();
    }

    /**
     * ical4j registers a java.time zone provider that logs while Logback is still starting, and
     * SLF4J then prints a three-line "replay" notice on every run. The notice means nothing to a
     * user; real warnings still reach the log.
     */
    public static void quietLoggingStartup() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }
}
