package dev.switchback.ui;

import dev.switchback.engine.Finding;
import dev.switchback.model.Plan;
import dev.switchback.store.StoreException;
import dev.switchback.ui.app.PlanFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plan files in memory: what was saved where, with a modification counter per file. */
public final class FakeFiles implements PlanFiles {
    public static final Path HOME = Path.of("/data/switchback");
    public final Map<Path, Plan> disk = new HashMap<>();
    public final Map<Path, List<Finding>> savedFindings = new HashMap<>();
    private final Map<Path, Long> stamps = new HashMap<>();
    private long clock;
    public Optional<String> failNextSave = Optional.empty();

    @Override
    public Plan read(Path file) throws StoreException {
        Plan p = disk.get(file);
        if (p == null) {
            throw new StoreException(file, "Could not read " + file + ": the file does not exist. Check the name.");
        }
        return p;
    }

    @Override
    public void save(Path file, Plan plan, List<Finding> findings) throws StoreException {
        if (failNextSave.isPresent()) {
            String m = failNextSave.get();
            failNextSave = Optional.empty();
            throw new StoreException(file, m);
        }
        put(file, plan);
        savedFindings.put(file, findings);
    }

    /** Writes a file as another program would. */
    public void put(Path file, Plan plan) {
        disk.put(file, plan);
        stamps.put(file, ++clock);
    }

    @Override
    public Path defaultPlanFile() {
        return HOME.resolve("plan.json");
    }

    @Override
    public Path recoveryFile() {
        return HOME.resolve("recovery.json");
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
    public Optional<Long> lastModified(Path file) {
        return Optional.ofNullable(stamps.get(file));
    }

    @Override
    public void delete(Path file) {
        disk.remove(file);
        stamps.remove(file);
    }
}
