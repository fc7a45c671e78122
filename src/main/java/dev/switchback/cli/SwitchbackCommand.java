package dev.switchback.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command: {@code switchback [--help] [--version] COMMAND}. The commands are added in code, not
 * by the annotation's {@code subcommands}, so that a run of one command builds picocli's model of that
 * command only ({@link #commandLineFor}): picocli reads every command's annotations by reflection when
 * it is added, and building all six was the largest part of a {@code check}'s time (docs/performance.md).
 */
@Command(
        name = "switchback",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Plan trail running and backpacking without overreaching.%n"
                + "Run without arguments to open the planner window.")
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

    /** Every command's name, in the order the root's help lists them. */
    static final List<String> COMMANDS = CommandNames.ALL;

    /**
     * A new command object. A switch, not a map of constructor references: a reference to a class's
     * constructor loads that class (and the classes it names) even when it is never called.
     */
    private static Object command(String name) {
        return switch (name) {
            case "help" -> new CommandLine.HelpCommand();
            case "validate" -> new ValidateCommand();
            case "export" -> new ExportCommand();
            case "check" -> new CheckCommand();
            case "import" -> new ImportCommand();
            case "sample" -> new SampleCommand();
            case "season" -> new SeasonCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** The whole command line, every command in it. */
    public static CommandLine commandLine() {
        return configure(build(COMMANDS));
    }

    /**
     * The command line for {@code args}: when the first argument names a command, the root with only that
     * command (it parses, runs and reports errors exactly as the whole one does, since nothing of one
     * command refers to another); otherwise (help, {@code --version}, a mistyped command, nothing) the
     * whole one, whose help lists and suggests every command.
     */
    public static CommandLine commandLineFor(String... args) {
        String alone = CommandNames.runAlone(args);
        if (alone != null) {
            return configure(build(List.of(alone)));
        }
        return configure(build(COMMANDS));
    }

    private static CommandLine build(List<String> names) {
        var cl = new CommandLine(new SwitchbackCommand());
        for (String name : names) {
            cl.addSubcommand(name, command(name));
        }
        return cl;
    }

    /** Converters and handlers reach only the commands added before them: call after adding the commands. */
    private static CommandLine configure(CommandLine cl) {
        cl.registerConverter(Path.class, new PathConverter());
        cl.setExitCodeExceptionMapper(new UsageExitCode());
        cl.setParameterExceptionHandler(new ParameterErrors());
        return cl;
    }

    // Classes, not lambdas: picocli is compiled for Java 5, and a lambda implementing one of its interfaces
    // makes -Xshare:dump link that old interface, which then leaves the class-data-sharing archive, and so do
    // the 30 built-in converters that implement ITypeConverter (docs/performance.md, session 7).

    private static final class PathConverter implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            return FileNames.path(value);
        }
    }

    private static final class UsageExitCode implements CommandLine.IExitCodeExceptionMapper {
        @Override
        public int getExitCode(Throwable exception) {
            return USAGE;
        }
    }

    private static final class ParameterErrors implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            var err = ex.getCommandLine().getErr();
            if (ex.getCause() instanceof FileNames.Unusable unusable) {
                err.println(unusable.getMessage());
                return UNREADABLE;
            }
            err.println("switchback: " + ex.getMessage());
            err.println("Try 'switchback --help'.");
            return USAGE;
        }
    }

    /**
     * Runs {@code args}: a plain {@code check} without picocli ({@link PlainCheck}), anything else with the
     * command line for them.
     */
    public static int run(String... args) {
        CheckCommand plain = PlainCheck.parse(args);
        if (plain != null) {
            PrintWriter err = PlainCheck.err();
            try {
                return plain.run(PlainCheck.out(), err);
            } catch (RuntimeException e) {
                // as picocli's execute: a bug's stack trace on standard error, the usage exit code
                e.printStackTrace(err);
                err.flush();
                return USAGE;
            }
        }
        return commandLineFor(args).execute(args);
    }
}
