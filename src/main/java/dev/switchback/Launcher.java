package dev.switchback;

import dev.switchback.cli.SwitchbackCommand;

/**
 * The jar's main class. With no arguments it opens the window; with arguments it runs the command
 * line without loading JavaFX. It does not extend {@code Application}: a JavaFX application class
 * cannot be the main class of a plain jar with JavaFX on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        quietLoggingStartup();
        if (args.length == 0) {
            // Reflection keeps JavaFX classes unloaded on the command-line path.
            Class.forName("dev.switchback.ui.app.SwitchbackApp")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
            return;
        }
        System.exit(SwitchbackCommand.run(args));
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
