package dev.switchback.cli;

import dev.switchback.store.DataFolder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --data-dir DIR}, shared by every command that uses the data folder: the folder the window
 * opens its plan from ({@link DataFolder}). Without it the usual order applies: {@code -Dswitchback.home},
 * then {@code SWITCHBACK_HOME}, then the system's user data folder.
 */
final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the data folder (default: SWITCHBACK_HOME, else the system's user data folder)")
    Path dataDir;

    /** The data folder this command uses. */
    Path folder() {
        return dataDir != null ? dataDir : DataFolder.resolve();
    }

    /** {@code file} if given, else the plan in the data folder. */
    Path planOr(Path file) {
        return file != null ? file : folder().resolve(DataFolder.PLAN_FILE);
    }

    /**
     * When no file was named and the data folder holds no plan, what to tell the user. The store's own
     * message names only the file, and "plan.json does not exist" does not say which folder was looked in.
     */
    java.util.Optional<String> missingPlan(Path file) {
        if (file != null) {
            return java.util.Optional.empty();
        }
        Path plan = planOr(null);
        if (java.nio.file.Files.exists(plan)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(dev.switchback.model.Printable.escape(plan.toString()) + " does not exist: the"
                + " data folder holds no plan yet. Name a plan file, start the window once, or write the sample"
                + " there with 'switchback sample" + (dataDir != null ? " --data-dir DIR" : "") + "'.");
    }
}
