package dev.switchback.ui.log;

import dev.switchback.store.StoreException;
import dev.switchback.store.gpx.GpxImporter;
import dev.switchback.store.gpx.GpxTrack;
import dev.switchback.ui.app.PlanDocument;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Import GPX tracks…": reads several files off the FX thread (file i of n, Cancel), then matches
 * them to the plan ({@link GpxMatcher}) and applies every good one as ONE undoable edit. Files that
 * fail change nothing. Cancel stops before the next file and imports nothing.
 *
 * <p>Threads: {@code background} runs the reading; everything that touches properties or the
 * document is handed to {@code fx} (Platform::runLater in the window, the calling thread in tests).
 */
public final class GpxBatchViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(GpxBatchViewModel.class);

    /** Reads one file; the window uses {@link GpxImporter#read}, tests may fake it. */
    @FunctionalInterface
    public interface Reader {
        GpxTrack read(Path file) throws StoreException;
    }

    private final PlanDocument document;
    private final Reader reader;
    private final Executor background;
    private final Executor fx;
    private final ZoneId zone;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<GpxMatcher.Outcome> outcomes = FXCollections.observableArrayList();
    // One wrapper for good: it hears the list through a weak listener, so a wrapper made per call
    // could be collected with the view's listener on it, and the view would stop updating.
    private final ObservableList<GpxMatcher.Outcome> outcomesView = FXCollections.unmodifiableObservableList(outcomes);

    public GpxBatchViewModel(PlanDocument document, Reader reader, Executor background, Executor fx, ZoneId zone) {
        this.document = document;
        this.reader = reader;
        this.background = background;
        this.fx = fx;
        this.zone = zone;
    }

    /** The window's: jpx through {@link GpxImporter}, the system time zone for the days. */
    public static GpxBatchViewModel forWindow(PlanDocument document, Executor background, Executor fx) {
        return new GpxBatchViewModel(document, GpxImporter::read, background, fx, ZoneId.systemDefault());
    }

    /** Starts reading {@code files}; call on the FX thread, once. */
    public void start(List<Path> files) {
        if (running.get() || finished.get()) {
            throw new IllegalStateException("an import runs once");
        }
        List<Path> all = List.copyOf(files);
        running.set(true);
        message.set(all.isEmpty() ? "" : step(all, 0));
        background.execute(() -> readAll(all));
    }

    /** Stops before the next file; nothing is imported. */
    public void cancel() {
        if (running.get()) {
            cancelled.set(true);
            message.set("Cancelling…");
        }
    }

    private static String step(List<Path> files, int i) {
        return "Reading " + files.get(i).getFileName() + " (file " + (i + 1) + " of " + files.size() + ")";
    }

    private void readAll(List<Path> files) {
        var reads = new ArrayList<GpxMatcher.Read>();
        for (int i = 0; i < files.size(); i++) {
            if (cancelled.get()) {
                int done = i;
                fx.execute(() -> finishCancelled(done, files.size()));
                return;
            }
            Path file = files.get(i);
            int index = i;
            fx.execute(() -> {
                progress.set((double) index / files.size());
                if (!cancelled.get()) {
                    message.set(step(files, index));
                }
            });
            reads.add(readOne(file));
        }
        fx.execute(() -> {
            if (cancelled.get()) {
                finishCancelled(files.size(), files.size());
            } else {
                finish(reads);
            }
        });
    }

    private GpxMatcher.Read readOne(Path file) {
        try {
            return GpxMatcher.Read.ok(file, reader.read(file));
        } catch (StoreException e) {
            LOG.info("GPX import refused {}: {}", file, e.getMessage());
            return GpxMatcher.Read.failed(file, e.getMessage());
        } catch (RuntimeException bug) {
            // One odd file must not stop the others; the log keeps the details.
            LOG.error("GPX import failed on {}", file, bug);
            return GpxMatcher.Read.failed(file, "The GPX file " + file.getFileName() + " could not be read ("
                    + bug.getClass().getSimpleName() + "). The log file has the details.");
        }
    }

    private void finish(List<GpxMatcher.Read> reads) {
        List<GpxMatcher.Outcome> result = GpxMatcher.match(document.getPlan(), reads, zone);
        long imported = result.stream().filter(o -> o.log().isPresent()).count();
        if (imported > 0) {
            document.apply("Import " + imported + " GPX track" + (imported == 1 ? "" : "s"),
                    p -> GpxMatcher.apply(p, result));
        }
        outcomes.setAll(result);
        progress.set(1);
        message.set("");
        summary.set(GpxMatcher.summary(result) + "." + (imported > 0
                ? " The imported outings are one edit: Edit > Undo takes them all back." : " The plan is unchanged."));
        running.set(false);
        finished.set(true);
    }

    private void finishCancelled(int read, int of) {
        outcomes.clear();
        message.set("");
        summary.set("Cancelled after " + read + " of " + of + " files. Nothing was imported; the plan is unchanged.");
        running.set(false);
        finished.set(true);
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Reading b.gpx (file 2 of 3)" while running. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** "2 imported, 1 refused. ..." once finished. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One per file, in the order chosen, once finished. */
    public ObservableList<GpxMatcher.Outcome> outcomes() {
        return outcomesView;
    }
}
