package dev.switchback.ui.app;

import dev.switchback.engine.Finding;
import dev.switchback.model.Plan;
import dev.switchback.store.DataFolder;
import dev.switchback.store.FileStamp;
import dev.switchback.store.OpenedPlan;
import dev.switchback.store.PlanStore;
import dev.switchback.store.StoreException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plan files through the store, in the store's {@link DataFolder}. The recovery file is a plan file;
 * the file its work belongs to is recorded beside it in {@code recovery.origin} (a properties file),
 * so that the plan format needs no field for it.
 */
public final class StorePlanFiles implements PlanFiles {
    /** The logger, made on first use: Logback starts only when something is logged. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(StorePlanFiles.class);
    }
    private final Path folder;

    public StorePlanFiles(Path folder) {
        this.folder = folder;
    }

    public static StorePlanFiles fromSystem() {
        return new StorePlanFiles(DataFolder.resolve());
    }

    @Override
    public OpenedPlan open(Path file) throws StoreException {
        PlanStore.cleanLeftovers(file);
        return PlanStore.openFile(file);
    }

    @Override
    public OpenedPlan save(Path file, Plan plan, List<Finding> findings) throws StoreException {
        createFolderOf(file);
        return PlanStore.saveAs(file, plan, findings);
    }

    @Override
    public OpenedPlan saveOver(OpenedPlan opened, Plan plan, List<Finding> findings) throws StoreException {
        createFolderOf(opened.file());
        return PlanStore.save(opened, plan, findings);
    }

    private static void createFolderOf(Path file) throws StoreException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException(file, "Could not create the folder for " + file + ": " + e.getMessage()
                    + ". Choose another place with Save As.", e);
        }
    }

    @Override
    public Optional<FileStamp> stamp(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PlanStore.stampOf(file));
        } catch (StoreException e) {
            Log.LOG.warn("Could not read {} to compare it: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Path defaultPlanFile() {
        return folder.resolve(DataFolder.PLAN_FILE);
    }

    @Override
    public Path recoveryFile() {
        return folder.resolve("recovery.json");
    }

    Path originFile() {
        return folder.resolve("recovery.origin");
    }

    @Override
    public void saveRecovery(Plan plan, Optional<RecoveredWork.Origin> origin) throws StoreException {
        // The origin first: a recovery file never sits beside an origin older than itself.
        writeOrigin(origin);
        save(recoveryFile(), plan, List.of());
    }

    private void writeOrigin(Optional<RecoveredWork.Origin> origin) throws StoreException {
        Properties p = new Properties();
        origin.ifPresent(o -> {
            p.setProperty("file", o.file().toAbsolutePath().toString());
            p.setProperty("size", Long.toString(o.stamp().size()));
            p.setProperty("sha256", o.stamp().sha256());
        });
        Path target = originFile();
        try {
            Files.createDirectories(folder);
            StringWriter text = new StringWriter();
            p.store(text, "The file the autosaved work in recovery.json belongs to");
            Path tmp = Files.createTempFile(folder, ".recovery.origin.", ".tmp");
            try {
                Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new StoreException(target, "Could not autosave to " + folder + " (" + e.getMessage()
                    + "). Save your plan to keep your edits.", e);
        }
    }

    @Override
    public Optional<Instant> recoverySavedAt() {
        try {
            return Files.isRegularFile(recoveryFile())
                    ? Optional.of(Files.getLastModifiedTime(recoveryFile()).toInstant()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<RecoveredWork> readRecovery() throws StoreException {
        Path file = recoveryFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Plan plan = PlanStore.read(file);
        Instant savedAt;
        try {
            savedAt = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            savedAt = Instant.now();
        }
        return Optional.of(new RecoveredWork(plan, savedAt, readOrigin()));
    }

    /** Empty when none was recorded or the record cannot be read: then the work belongs to no file. */
    private Optional<RecoveredWork.Origin> readOrigin() {
        Path file = originFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            String path = p.getProperty("file");
            String size = p.getProperty("size");
            String sha = p.getProperty("sha256");
            if (path == null || size == null || sha == null) {
                return Optional.empty();
            }
            return Optional.of(new RecoveredWork.Origin(Path.of(path),
                    new FileStamp(Long.parseLong(size), FileTime.fromMillis(0), sha)));
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a hand-edited or damaged record (bad number, path or escape);
            // the work itself is fine.
            Log.LOG.warn("Ignoring unreadable {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void discardRecovery() {
        delete(recoveryFile());
        delete(originFile());
        // Autosave keeps backups like any save; once the work is saved or dropped they are stale copies.
        PlanStore.backups(recoveryFile()).forEach(this::delete);
        cleanLeftovers();
    }

    /** Temp files of saves and autosaves that never finished (a crash), beside the data folder's files. */
    private void cleanLeftovers() {
        PlanStore.cleanLeftovers(recoveryFile());
        PlanStore.cleanLeftovers(originFile());
        PlanStore.cleanLeftovers(defaultPlanFile());
    }

    @Override
    public Optional<Path> setAsideRecovery() {
        Path damaged = recoveryFile();
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss"));
        Path kept = folder.resolve("recovery-damaged-" + stamp + ".json");
        try {
            if (Files.exists(damaged, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.move(damaged, kept);
            } else {
                kept = null;
            }
        } catch (IOException e) {
            Log.LOG.warn("Could not keep the damaged recovery file {} aside: {}", damaged, e.getMessage());
            kept = null;
        }
        delete(originFile());
        return Optional.ofNullable(kept);
    }

    @Override
    public Optional<Path> recoveryOrigin() {
        return readOrigin().map(RecoveredWork.Origin::file);
    }

    @Override
    public void makeWritable(Path file) throws StoreException {
        PlanStore.makeWritable(file);
    }

    @Override
    public boolean prepare(LocalDate today) throws StoreException {
        cleanLeftovers();
        return DataFolder.prepare(folder, today).sampleWritten();
    }

    @Override
    public boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    @Override
    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.LOG.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }
}
