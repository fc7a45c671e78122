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
}
