package dev.switchback.ui.app;

import dev.switchback.engine.Finding;
import dev.switchback.model.Plan;
import dev.switchback.store.PlanStore;
import dev.switchback.store.DataFolder;
import dev.switchback.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plan files through the store, in the store's {@link DataFolder}. */
public final class StorePlanFiles implements PlanFiles {
    private static final Logger LOG = LoggerFactory.getLogger(StorePlanFiles.class);
    private final Path folder;

    public StorePlanFiles(Path folder) {
        this.folder = folder;
    }

    public static StorePlanFiles fromSystem() {
        return new StorePlanFiles(DataFolder.resolve());
    }

    @Override
    public Plan read(Path file) throws StoreException {
        return PlanStore.read(file);
    }

    @Override
    public void save(Path file, Plan plan, List<Finding> findings) throws StoreException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            PlanStore.save(file, plan, findings);
        } catch (IOException e) {
            throw new StoreException(file, "Could not create the folder for " + file + ": " + e.getMessage()
                    + ". Choose another place with Save As.", e);
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

    @Override
    public boolean prepare(LocalDate today) throws StoreException {
        return DataFolder.prepare(folder, today).sampleWritten();
    }

    @Override
    public boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    @Override
    public Optional<Long> lastModified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }
}
