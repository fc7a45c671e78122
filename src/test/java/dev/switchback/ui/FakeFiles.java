package dev.switchback.ui;

import dev.switchback.engine.Finding;
import dev.switchback.model.Plan;
import dev.switchback.store.FileChangedException;
import dev.switchback.store.FileStamp;
import dev.switchback.store.OpenedPlan;
import dev.switchback.store.StoreException;
import dev.switchback.ui.app.PlanFiles;
import dev.switchback.ui.app.RecoveredWork;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plan files in memory: what was saved where, with a modification counter per file. A file's
 * stamp stands for its content by the plan's hash, so {@link #touch} changes the time and not the
 * content, as {@code touch} does on disk.
 */
public final class FakeFiles implements PlanFiles {
    public static final Path HOME = Path.of("/data/switchback");
    public final Map<Path, Plan> disk = new HashMap<>();
    public final Map<Path, List<Finding>> savedFindings = new HashMap<>();
    private final Map<Path, Long> stamps = new HashMap<>();
    private Optional<RecoveredWork.Origin> recoveryOrigin = Optional.empty();
    private long clock;
    public Optional<String> failNextSave = Optional.empty();

    @Override
    public OpenedPlan open(Path file) throws StoreException {
        Plan p = disk.get(file);
        if (p == null) {
            throw new StoreException(file, "Could not read " + file + ": the file does not exist. Check the name.");
        }
        return new OpenedPlan(file, p, stamp(file).orElseThrow(), 1);
    }

    @Override
    public OpenedPlan save(Path file, Plan plan, List<Finding> findings) throws StoreException {
        if (failNextSave.isPresent()) {
            String m = failNextSave.get();
            failNextSave = Optional.empty();
            throw new StoreException(file, m);
        }
        put(file, plan);
        savedFindings.put(file, findings);
        return open(file);
    }

    @Override
    public OpenedPlan saveOver(OpenedPlan opened, Plan plan, List<Finding> findings) throws StoreException {
        Optional<FileStamp> now = stamp(opened.file());
        if (now.isPresent() && !now.get().sameContentAs(opened.stamp())) {
            throw new FileChangedException(opened.file());
        }
        return save(opened.file(), plan, findings);
    }

    /** Writes a file as another program would. */
    public void put(Path file, Plan plan) {
        disk.put(file, plan);
        stamps.put(file, ++clock);
    }

    /** Changes the file's modification time, not its content. */
    public void touch(Path file) {
        stamps.put(file, ++clock);
    }

    @Override
    public Optional<FileStamp> stamp(Path file) {
        Plan p = disk.get(file);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.of(new FileStamp(0, FileTime.fromMillis(stamps.get(file)), Integer.toHexString(p.hashCode())));
    }

    @Override
    public Path defaultPlanFile() {
        return HOME.resolve("plan.json");
    }

    /** The template library is a real file (its store is tested on disk), in a folder of this instance's own. */
    private Path templates;

    @Override
    public Path templatesFile() {
        if (templates == null) {
            try {
                templates = java.nio.file.Files.createTempDirectory("switchback-templates").resolve("templates.json");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return templates;
    }

    @Override
    public Path recoveryFile() {
        return HOME.resolve("recovery.json");
    }

    @Override
    public void saveRecovery(Plan plan, Optional<RecoveredWork.Origin> origin) throws StoreException {
        save(recoveryFile(), plan, List.of());
        recoveryOrigin = origin;
    }

    @Override
    public Optional<Instant> recoverySavedAt() {
        return Optional.ofNullable(stamps.get(recoveryFile())).map(Instant::ofEpochMilli);
    }

    @Override
    public Optional<RecoveredWork> readRecovery() {
        return Optional.ofNullable(disk.get(recoveryFile())).map(p -> new RecoveredWork(p,
                Instant.ofEpochMilli(stamps.get(recoveryFile())), recoveryOrigin));
    }

    @Override
    public void discardRecovery() {
        delete(recoveryFile());
        recoveryOrigin = Optional.empty();
    }

    @Override
    public boolean prepare(LocalDate today) {
        if (disk.containsKey(defaultPlanFile())) {
            return false;
        }
        put(defaultPlanFile(), DemoPlans.week(today));
        return true;
    }

    @Override
    public boolean exists(Path file) {
        return disk.containsKey(file);
    }

    @Override
    public void delete(Path file) {
        disk.remove(file);
        stamps.remove(file);
    }
}
