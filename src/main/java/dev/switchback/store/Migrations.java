package dev.switchback.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain of {@link Migration} steps up to {@link #target}. Schema 1 is the first published format;
 * {@link #standard()} holds every step since ({@link TimesOfDayMigration}: 1 to 2, {@link OverridePerFindingMigration}: 2 to 3, {@link TrailPlanMigration}: 3 to 4). A change to the
 * format adds its step here and raises {@link PlanJson#SCHEMA_VERSION}.
 */
final class Migrations {
    /**
     * The logger, made on first use: {@code LoggerFactory} starts Logback (about 200 classes), which a
     * command that only reads a plan never needs (docs/performance.md, issue 14).
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    }

    private final int target;
    private final Map<Integer, Migration> steps = new TreeMap<>();

    Migrations(int target, List<Migration> steps) {
        this.target = target;
        for (Migration step : steps) {
            if (step.fromVersion() >= target) {
                throw new IllegalArgumentException("migration from schema " + step.fromVersion()
                        + " goes beyond the current schema " + target);
            }
            if (this.steps.put(step.fromVersion(), step) != null) {
                throw new IllegalArgumentException("two migrations from schema " + step.fromVersion());
            }
        }
        // The chain must be gap-free from the oldest step up to the target.
        for (int v = oldest(); v < target; v++) {
            if (!this.steps.containsKey(v)) {
                throw new IllegalArgumentException("no migration from schema " + v + " to " + (v + 1));
            }
        }
    }

    /** Every step since schema 1, oldest first. */
    static final List<Migration> STANDARD_STEPS = List.of(new TimesOfDayMigration(), new OverridePerFindingMigration(), new TrailPlanMigration());

    static Migrations standard() {
        return new Migrations(PlanJson.SCHEMA_VERSION, STANDARD_STEPS);
    }

    int target() {
        return target;
    }

    /** The oldest schema this registry can read. */
    int oldest() {
        return steps.isEmpty() ? target : steps.keySet().iterator().next();
    }

    boolean canRead(int version) {
        return version >= oldest() && version <= target;
    }

    /** Applies every step from {@code version} up to {@link #target}; {@code version} must be readable. */
    ObjectNode migrate(ObjectNode plan, int version) {
        if (!canRead(version)) {
            throw new IllegalArgumentException("cannot migrate from schema " + version);
        }
        ObjectNode tree = plan;
        for (int v = version; v < target; v++) {
            Migration step = steps.get(v);
            Log.LOG.info("migrating plan from schema {} to {}: {}", v, v + 1, step.description());
            tree = step.apply(tree);
            tree.put("schemaVersion", v + 1);
        }
        return tree;
    }
}
