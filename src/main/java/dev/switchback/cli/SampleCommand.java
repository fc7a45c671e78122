package dev.switchback.cli;

import dev.switchback.store.PlanStore;
import dev.switchback.store.SamplePlan;
import dev.switchback.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchback sample [-o FILE | --data-dir DIR] [--today DATE] [--force]}: writes the sample plan,
 * laid out around today, to try the other commands on. An existing file is kept unless {@code --force}.
 */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = {"Write the sample plan (eleven weeks around today: history, logs, a goal trip) to try"
                + " the other commands on.",
            "Without -o it becomes plan.json in the data folder, which the window opens."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file was written", "64:wrong usage, or the file exists (give --force to replace it)",
                "73:the file cannot be written"})
public final class SampleCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write it, e.g. plan.json")
    Path output;

    @CommandLine.Mixin
    DataDirOption data = new DataDirOption();

    @Option(names = "--today", paramLabel = "DATE", description = "the day to lay the plan out around (default: today)")
    LocalDate today;

    @Option(names = "--force", description = "replace the file if it exists (its previous versions are kept as FILE.1 ...)")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && data.dataDir != null) {
            err.println("switchback sample: give either -o FILE or --data-dir DIR, not both");
            return SwitchbackCommand.USAGE;
        }
        Path file = data.planOr(output);
        if (Files.exists(file) && !force) {
            err.println("switchback sample: " + file + " already exists and was not changed. Give another name"
                    + " with -o, or --force to replace it (the old version is kept as " + file.getFileName()
                    + ".1).");
            return SwitchbackCommand.USAGE;
        }
        LocalDate day = today != null ? today : LocalDate.now();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            PlanStore.save(file, SamplePlan.create(day), List.of());
        } catch (StoreException e) {
            err.println(e.getMessage());
            return ExportCommand.CANNOT_WRITE;
        } catch (java.io.IOException e) {
            err.println("switchback sample: could not create the folder for " + file + " (" + e.getMessage()
                    + "). Choose a folder you may write to.");
            return ExportCommand.CANNOT_WRITE;
        }
        out.println("Wrote the sample plan around " + day + " to " + file);
        out.println("Try: switchback check " + quoted(file) + " --week " + dev.switchback.model.Weeks.label(day));
        out.flush();
        return SwitchbackCommand.OK;
    }

    private static String quoted(Path file) {
        String s = file.toString();
        return s.matches("[A-Za-z0-9_./:\\\\-]+") ? s : "'" + s + "'";
    }
}
