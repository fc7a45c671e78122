package dev.switchback.store;

import dev.switchback.model.Plan;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A plan as read from {@link #file}, with the {@link #stamp} of the bytes it came from, so that a
 * later save can tell whether another program changed the file in between.
 *
 * @param schemaVersion the version the file was written in, before any migration
 */
public record OpenedPlan(Path file, Plan plan, FileStamp stamp, int schemaVersion) {
    public OpenedPlan {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(stamp, "stamp");
    }

    /** True when the file was migrated from an older schema: the next save rewrites it in the current one. */
    public boolean migrated() {
        return schemaVersion < PlanJson.SCHEMA_VERSION;
    }
}
