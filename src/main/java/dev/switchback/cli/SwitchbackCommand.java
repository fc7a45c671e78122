package dev.switchback.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code switchback [--help] [--version] COMMAND}. */
@Command(
        name = "switchback",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Plan trail running and backpacking without overreaching.%n"
                + "Run without arguments to open the planner window.",
        subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, ExportCommand.class, CheckCommand.class,
                ImportCommand.class, SampleCommand.class, SeasonCommand.class})
public final class SwitchbackCommand implements Runnable {

    /** Exit codes shared by all commands. */
    public static final int OK = 0;
    public static final int WARNINGS = 1;
    public static final int UNREADABLE = 2;
    public static final int BLOCKED = 3;
    public static final int USAGE = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        var cl = new CommandLine(new SwitchbackCommand());
        cl.registerConverter(Path.class, FileNames::path);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, args) -> {
            var err = ex.getCommandLine().getErr();
            if (ex.getCause() instanceof FileNames.Unusable unusable) {
                err.println(unusable.getMessage());
                return UNREADABLE;
            }
            err.println("switchback: " + ex.getMessage());
            err.println("Try 'switchback --help'.");
            return USAGE;
        });
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
