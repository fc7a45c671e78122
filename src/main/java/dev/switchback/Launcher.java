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
        if (args.length == 0) {
            // Reflection keeps JavaFX classes unloaded on the command-line path.
            Class.forName("dev.switchback.ui.app.SwitchbackApp")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
            return;
        }
        System.exit(SwitchbackCommand.run(args));
    }
}
