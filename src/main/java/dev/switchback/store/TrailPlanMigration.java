package dev.switchback.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Schema 3 to 4 (issue 17, out on the trail): sessions and trip stages may carry a {@code turnaround},
 * {@code bailouts}, expected {@code conditions} and a planned {@code route}; stages also a
 * {@code sleepingAltitudeM} and {@code highPointM}. A schema-3 (or older) file has none of them, which is exactly
 * what the absent fields mean in schema 4 (no turnaround, no bailouts, no expected weather, no route,
 * altitude unknown). So the tree needs no change; the step raises the file's version on the next save
 * and puts the change on record (docs/plan-format.md, "History").
 */
final class TrailPlanMigration implements Migration {
    @Override
    public int fromVersion() {
        return 3;
    }

    @Override
    public String description() {
        return "sessions and stages may have a turnaround, bailouts, conditions and a route, stages altitudes;"
                + " schema-3 plans have none, nothing to change";
    }

    @Override
    public ObjectNode apply(ObjectNode plan) {
        return plan;
    }
}
