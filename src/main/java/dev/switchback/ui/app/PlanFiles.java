package dev.switchback.ui.app;

import dev.switchback.engine.Finding;
import dev.switchback.model.Plan;
import dev.switchback.store.FileChangedException;
import dev.switchback.store.FileStamp;
import dev.switchback.store.OpenedPlan;
import dev.switchback.store.StoreException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the window needs from the store; {@link StorePlanFiles} is the real one, tests use a fake. */
public interface PlanFiles {

    /** Reads a plan and the stamp of the bytes it came from. */
    OpenedPlan open(Path file) throws StoreException;

    default Plan read(Path file) throws StoreException {
        return open(file).plan();
    }

    /** Writes whatever is on disk now (Save As, new files, the user chose to keep theirs). */
    OpenedPlan save(Path file, Plan plan, List<Finding> findings) throws StoreException;

    /**
     * Writes over the file {@code opened} came from, or throws {@link FileChangedException} and writes
     * nothing when its content changed since.
     */
    OpenedPlan saveOver(OpenedPlan opened, Plan plan, List<Finding> findings) throws StoreException;

    /** What the file holds now; empty when it is gone or cannot be read. */
    Optional<FileStamp> stamp(Path file);

    /** The plan opened on start: the data folder's plan file. */
    Path defaultPlanFile();

    /** The template library of the data folder (decisions/0009): {@code templates.json} beside the default plan. */
    default Path templatesFile() {
        return defaultPlanFile().toAbsolutePath().resolveSibling(dev.switchback.store.TemplateStore.FILE);
    }

    /** Where autosave writes while there are unsaved edits. */
    Path recoveryFile();

    /**
     * Writes unsaved work to the recovery file, with the file it belongs to and what that file held
     * when it was read (none for a plan never saved).
     */
    void saveRecovery(Plan plan, Optional<RecoveredWork.Origin> origin) throws StoreException;

    /** When the recovery file was written; empty when there is none. Cheap: reads no plan. */
    Optional<Instant> recoverySavedAt();

    /** The work autosaved by an earlier run, if any. */
    Optional<RecoveredWork> readRecovery() throws StoreException;

    /** Removes the recovery file and what was written beside it. */
    void discardRecovery();

    /**
     * A recovery file that cannot be read is moved aside under a name that says so (it may hold work
     * someone can still rescue by hand) and is no longer offered. Returns where it went; empty when
     * it could not be kept.
     */
    default Optional<Path> setAsideRecovery() {
        discardRecovery();
        return Optional.empty();
    }

    /** The file the recovery file's work belongs to, as recorded beside it; empty when unknown. */
    default Optional<Path> recoveryOrigin() {
        return Optional.empty();
    }

    /** Lets the user write a read-only plan file again (they chose "Make writable and save"). */
    default void makeWritable(Path file) throws StoreException {
        throw new StoreException(file, file.getFileName() + " cannot be made writable here.");
    }

    /**
     * Makes sure the data folder holds a plan: on first start it writes the sample plan laid out
     * around {@code today}. Returns true when it did.
     */
    boolean prepare(LocalDate today) throws StoreException;

    boolean exists(Path file);

    void delete(Path file);
}
