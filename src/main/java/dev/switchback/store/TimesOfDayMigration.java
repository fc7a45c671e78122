package dev.switchback.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Schema 1 to 2: sessions and logs may carry a {@code startTime} ("07:30"), the planned start of a
 * session (timed calendar events) and the recorded start of an imported outing (the duplicate check
 * of bulk import). A schema-1 file has no times: every session is "some time that day" and every log
 * "start unknown", which is exactly what the absent field means in schema 2. So the tree needs no
 * change; the step exists so that the file's version is raised on the next save and the change is
 * on record (docs/plan-format.md, "History").
 */
final class TimesOfDayMigration implements Migration {
    @Override
    public int fromVersion() {
        return 1;
    }

    @Override
    public String description() {
        return "sessions and logs may have a startTime (HH:MM); schema-1 plans have none, nothing to change";
    }

    @Override
    public ObjectNode apply(ObjectNode plan) {
        return plan;
    }
}
