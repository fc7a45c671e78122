package dev.switchback.ui.app;

import dev.switchback.engine.Finding;
import dev.switchback.model.Athlete;
import dev.switchback.model.Plan;
import dev.switchback.store.PlanStore;
import dev.switchback.store.SamplePlan;
import dev.switchback.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plan files through the store. The data folder is {@code ~/.switchback} unless the system property
 * {@code switchback.dataDir} names another.
 */
public final class StorePlanFiles implements PlanFiles {
    private static final Logger LOG = LoggerFactory.getLogger(StorePlanFiles.class);
    private final Path folder;

    public StorePlanFiles(Path folder) {
        this.folder = folder;
    }

    public static StorePlanFiles fromSystem() {
        String configured = System.getProperty("switchback.dataDir");
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".switchback");
        return new StorePlanFiles(folder);
    }

    @Override
    public Plan read(Path file) throws StoreException {
        try {
            return PlanStore.read(file);
        } catch (UnsupportedOperationException notYet) {
            throw new StoreException(file, "Plan files cannot be read by this build yet. " + file
                    + " was left untouched.", notYet);
        }
    }

    @Override
    public void save(Path file, Plan plan, List<Finding> findings) throws StoreException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            PlanStore.save(file, plan, findings);
        } catch (UnsupportedOperationException notYet) {
            throw new StoreException(file, "Plan files cannot be written by this build yet; your edits are "
                    + "still open in the window.", notYet);
        } catch (IOException e) {
            throw new StoreException(file, "Could not create the folder for " + file + ": " + e.getMessage()
                    + ". Choose another place with Save As.", e);
        }
    }

    @Override
    public Path defaultPlanFile() {
        return folder.resolve("plan.json");
    }

    @Override
    public Path recoveryFile() {
        return folder.resolve("recovery.json");
    }

    @Override
    public Plan sample(LocalDate today) {
        try {
            return SamplePlan.create(today);
        } catch (UnsupportedOperationException notYet) {
            LOG.info("No sample plan in this build; starting with an empty plan");
            return Plan.empty("My plan", Athlete.of("Runner", 70));
        }
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
