package dev.switchback.store.gpx;

import dev.switchback.model.Plan;
import dev.switchback.store.StoreException;
import dev.switchback.store.gpx.ActivityMatcher.Outcome;
import dev.switchback.store.gpx.ActivityMatcher.Read;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bulk import from start to end, for the window and the command line alike: expand the inputs
 * ({@link ActivitySources}), read every entry ({@link ActivityReader}; a bad file becomes a refused
 * outcome and never stops the rest), then match them to the plan ({@link ActivityMatcher}). It does
 * not change the plan: {@link ActivityMatcher#apply} does, as one edit, when the caller decides.
 */
public final class ActivityImport {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityImport.class);

    /** Reads one entry; {@link ActivityReader#read} in the product, fakes in tests. */
    @FunctionalInterface
    public interface Reader {
        GpxTrack read(ActivityEntry entry) throws StoreException;
    }

    /** Hears "about to read entry {@code index} (0-based) of {@code total}". Called on the reading thread. */
    @FunctionalInterface
    public interface Progress {
        void reading(int index, int total, String name);
    }

    /**
     * @param outcomes one per activity file found and per input that gave none, in order; empty when cancelled
     * @param read entries read before a cancel (all of them otherwise)
     * @param total entries found
     */
    public record Result(List<Outcome> outcomes, boolean cancelled, int read, int total) {
        public Result {
            outcomes = List.copyOf(outcomes);
        }

        public long imported() {
            return outcomes.stream().filter(o -> o.log().isPresent()).count();
        }
    }

    private ActivityImport() {
    }

    public static Result run(Plan plan, List<Path> inputs, ZoneId zone, ActivityMatcher.Describe units, Reader reader,
            Progress progress, BooleanSupplier cancelled) {
        return run(plan, inputs, zone, units, reader, progress, cancelled, Optional.empty());
    }

    /** With {@code onDay}: the files were dropped on that day, so they are logged for it. */
    public static Result run(Plan plan, List<Path> inputs, ZoneId zone, ActivityMatcher.Describe units, Reader reader,
            Progress progress, BooleanSupplier cancelled, Optional<java.time.LocalDate> onDay) {
        try (ActivitySources sources = ActivitySources.expand(inputs)) {
            List<ActivityEntry> entries = sources.entries();
            var reads = new ArrayList<Read>();
            for (int i = 0; i < entries.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    return new Result(List.of(), true, i, entries.size());
                }
                ActivityEntry e = entries.get(i);
                progress.reading(i, entries.size(), e.name());
                // Only the heart-rate summary is kept, not 3600 samples an hour for every file.
                reads.add(readOne(reader, e).summarised(plan.athlete()));
            }
            if (cancelled.getAsBoolean()) {
                return new Result(List.of(), true, entries.size(), entries.size());
            }
            var outcomes = new ArrayList<>(ActivityMatcher.match(plan, reads, zone, units, onDay));
            for (ActivitySources.Problem p : sources.problems()) {
                outcomes.add(new Outcome(p.file(), p.name(), ActivityMatcher.Status.REFUSED, p.message(),
                        Optional.empty()));
            }
            return new Result(outcomes, false, entries.size(), entries.size());
        }
    }

    private static Read readOne(Reader reader, ActivityEntry e) {
        try {
            return Read.ok(e, reader.read(e));
        } catch (StoreException ex) {
            LOG.info("import refused {}: {}", e.name(), ex.getMessage());
            return Read.failed(e, ex.getMessage());
        } catch (RuntimeException bug) {
            // One odd file must not stop the others; the log keeps the details.
            LOG.error("import failed on {}", e.name(), bug);
            return Read.failed(e, e.name() + " could not be read (" + bug.getClass().getSimpleName()
                    + "). The log file has the details; the other files were imported.");
        }
    }
}
