package dev.switchback.ui.app;

import dev.switchback.engine.Finding;
import dev.switchback.model.Plan;
import dev.switchback.store.StoreException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the window needs from the store; {@link StorePlanFiles} is the real one, tests use a fake. */
public interface PlanFiles {

    Plan read(Path file) throws StoreException;

    void save(Path file, Plan plan, List<Finding> findings) throws StoreException;

    /** The plan opened on start: the data folder's plan file. */
    Path defaultPlanFile();

    /** Where autosave writes while there are unsaved edits. */
    Path recoveryFile();

    /**
     * Makes sure the data folder holds a plan: on first start it writes the sample plan laid out
     * around {@code today}. Returns true when it did.
     */
    boolean prepare(LocalDate today) throws StoreException;

    boolean exists(Path file);

    /** Last modification time in milliseconds, if the file exists. */
    Optional<Long> lastModified(Path file);

    void delete(Path file);
}
