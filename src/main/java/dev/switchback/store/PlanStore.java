package dev.switchback.store;

import dev.switchback.engine.Finding;
import dev.switchback.model.Plan;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes plan files. */
public final class PlanStore {
    private PlanStore() {
    }

    /** Reads and validates a plan file; never modifies it. */
    public static Plan read(Path file) throws StoreException {
        throw new UnsupportedOperationException("plan files are being built (issue 2)");
    }

    /**
     * Saves atomically (temp file beside, fsync, rename) and keeps earlier versions as backups.
     * {@code findings} (WARN and INFO that the user saw) are written alongside for the record.
     */
    public static void save(Path file, Plan plan, List<Finding> findings) throws StoreException {
        throw new UnsupportedOperationException("plan files are being built (issue 2)");
    }
}
