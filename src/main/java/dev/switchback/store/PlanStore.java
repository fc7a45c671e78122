package dev.switchback.store;

import dev.switchback.engine.Finding;
import dev.switchback.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes plan files (format: docs/plan-format.md). Reading never changes the file;
 * saving is atomic and keeps three backups ({@code plan.json.1} newest .. {@code plan.json.3}).
 */
public final class PlanStore {
    private static final PlanStore SYSTEM = new PlanStore(FileOps.SYSTEM, PlanJson.standard());

    private final FileOps ops;
    private final PlanJson json;

    PlanStore(FileOps ops, PlanJson json) {
        this.ops = ops;
        this.json = json;
    }

    static PlanJson systemJson() {
        return SYSTEM.json;
    }

    /** Reads and validates a plan file; never modifies it. */
    public static Plan read(Path file) throws StoreException {
        return SYSTEM.open(file).plan();
    }

    /** Reads a plan and remembers what the file looked like, for {@link #save(OpenedPlan, Plan, List)}. */
    public static OpenedPlan openFile(Path file) throws StoreException {
        return SYSTEM.open(file);
    }

    /**
     * Saves atomically (temp file beside, fsync, rename) and keeps earlier versions as backups,
     * whatever is on disk now: for "Save As" and new files. {@code findings} (WARN and INFO that the
     * user saw) are written alongside for the record.
     */
    public static void save(Path file, Plan plan, List<Finding> findings) throws StoreException {
        SYSTEM.write(file, plan, findings);
    }

    /**
     * Saves over the file {@code opened} came from, unless another program changed it since: then
     * nothing is written and {@link FileChangedException} says so. A file that was deleted in the
     * meantime is written again, since no one's work is lost by that. Returns the new opened state.
     */
    public static OpenedPlan save(OpenedPlan opened, Plan plan, List<Finding> findings) throws StoreException {
        return SYSTEM.saveOver(opened, plan, findings);
    }

    /**
     * Like {@link #save(Path, Plan, List)}, and returns the opened state of what was written, so the
     * next save over it can tell whether another program changed it in between.
     */
    public static OpenedPlan saveAs(Path file, Plan plan, List<Finding> findings) throws StoreException {
        byte[] content = SYSTEM.write(file, plan, findings);
        return new OpenedPlan(file, plan, FileStamp.of(content, lastModified(file)), PlanJson.SCHEMA_VERSION);
    }

    /** What {@code file} holds now, to compare with an {@link OpenedPlan#stamp()} without parsing it. */
    public static FileStamp stampOf(Path file) throws StoreException {
        return FileStamp.of(SYSTEM.readBounded(file), lastModified(file));
    }

    OpenedPlan open(Path file) throws StoreException {
        Objects.requireNonNull(file, "file");
        byte[] content = readBounded(file);
        FileTime modified = lastModified(file);
        PlanJson.Decoded decoded = json.read(file, content);
        return new OpenedPlan(file, decoded.plan(), FileStamp.of(content, modified), decoded.schemaVersion());
    }

    OpenedPlan saveOver(OpenedPlan opened, Plan plan, List<Finding> findings) throws StoreException {
        Path file = opened.file();
        if (Files.exists(file)) {
            byte[] now = readBounded(file);
            if (!FileStamp.of(now, opened.stamp().lastModified()).sameContentAs(opened.stamp())) {
                throw new FileChangedException(file);
            }
        }
        byte[] content = write(file, plan, findings);
        return new OpenedPlan(file, plan, FileStamp.of(content, lastModified(file)), PlanJson.SCHEMA_VERSION);
    }

    byte[] write(Path file, Plan plan, List<Finding> findings) throws StoreException {
        Objects.requireNonNull(plan, "plan");
        byte[] content = json.write(plan, findings);
        if (Files.isDirectory(file)) {
            throw new StoreException(file, file + " is a folder: choose a file name such as plan.json.");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new StoreException(file, "Could not save " + file.getFileName() + ": the folder " + dir
                    + " does not exist. Choose another place with Save As.");
        }
        try {
            new AtomicWriter(ops).write(file, content);
        } catch (AccessDeniedException e) {
            throw new StoreException(file, "Could not save " + file.getFileName() + ": Switchback may not write in "
                    + dir + ". The file on disk was not changed; use Save As to save somewhere else.", e);
        } catch (IOException e) {
            throw new StoreException(file, "Could not save " + file.getFileName() + " (" + reason(e) + ")."
                    + " The file on disk was not changed; your plan is still open. Free some disk space or use"
                    + " Save As to save somewhere else.", e);
        }
        return content;
    }

    private byte[] readBounded(Path file) throws StoreException {
        try {
            if (Files.isDirectory(file)) {
                throw new StoreException(file, file + " is a folder, not a plan file: choose a .json file in it.");
            }
            long size = Files.size(file);
            if (size > PlanJson.MAX_BYTES) {
                throw json.tooLarge(file, size);
            }
            // The size may change while reading; never take more than the limit.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] content = in.readNBytes((int) PlanJson.MAX_BYTES + 1);
                if (content.length > PlanJson.MAX_BYTES) {
                    throw json.tooLarge(file, content.length);
                }
                return content;
            }
        } catch (NoSuchFileException e) {
            throw new StoreException(file, file + " does not exist. Check the name and folder.", e);
        } catch (AccessDeniedException e) {
            throw new StoreException(file, file + " cannot be read: permission denied. Check the file's"
                    + " permissions or copy it somewhere you may read.", e);
        } catch (IOException e) {
            throw new StoreException(file, file + " could not be read (" + reason(e) + ").", e);
        }
    }

    private static FileTime lastModified(Path file) throws StoreException {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new StoreException(file, file + " could not be read (" + reason(e) + ").", e);
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
