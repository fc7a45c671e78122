package dev.switchback.ui.app;

import dev.switchback.model.Plan;
import dev.switchback.store.FileStamp;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Work autosaved by a run that did not end cleanly.
 *
 * @param origin the file the work belongs to and what it held when read; empty for a plan that was
 *     never saved, or a recovery file written before origins were recorded
 */
public record RecoveredWork(Plan plan, Instant savedAt, Optional<Origin> origin) {
    public RecoveredWork {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(origin, "origin");
    }

    /** The file unsaved work was based on, and the content it had then (only size and hash count). */
    public record Origin(Path file, FileStamp stamp) {
        public Origin {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(stamp, "stamp");
        }
    }
}
