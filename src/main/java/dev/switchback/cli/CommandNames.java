package dev.switchback.cli;

import java.util.List;

/**
 * The commands' names, apart from the commands: the jar's launcher names a command's class-data-sharing
 * archive after it (dev.switchback.Relaunch) without loading picocli or any command.
 */
public final class CommandNames {
    /** Every command's name, in the order the root's help lists them. */
    public static final List<String> ALL = List.of("help", "validate", "export", "check", "import", "sample", "season");

    private CommandNames() {
    }

    /**
     * The command {@code args} run on their own, or null: help, {@code --version}, a mistyped command and
     * no command run the whole command line.
     */
    public static String runAlone(String[] args) {
        return args.length > 0 && !args[0].equals("help") && ALL.contains(args[0]) ? args[0] : null;
    }
}
