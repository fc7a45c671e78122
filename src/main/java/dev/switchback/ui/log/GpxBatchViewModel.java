package dev.switchback.ui.log;

import dev.switchback.model.Plan;
import dev.switchback.store.gpx.ActivityImport;
import dev.switchback.store.gpx.ActivityMatcher;
import dev.switchback.store.gpx.ActivityMatcher.Outcome;
import dev.switchback.store.gpx.ActivityReader;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.format.UnitFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import dev.switchback.ui.common.BackgroundRunner;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Import activities…": expands the chosen files, folders and export archives and reads every
 * activity off the FX thread (file i of n, Cancel), then matches them to the plan
 * ({@link ActivityMatcher}, through {@link ActivityImport}, which the command line shares) and applies
 * every good one as ONE undoable edit. Files that fail change nothing and never stop the rest.
 * Cancel stops before the next file and imports nothing.
 *
 * <p>Threads: the reading is long work on the window's {@link BackgroundRunner} (progress and Cancel);
 * what touches properties or the document runs where the runner hands results back (the FX thread).
 */
public final class GpxBatchViewModel {
    private final PlanDocument document;
    private final ActivityImport.Reader reader;
    private final BackgroundRunner runner;
    private final ZoneId zone;
    private Optional<BackgroundRunner.Running> job = Optional.empty();
    private Optional<LocalDate> onDay = Optional.empty();

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<Outcome> outcomes = FXCollections.observableArrayList();
    // One wrapper for good: it hears the list through a weak listener, so a wrapper made per call
    // could be collected with the view's listener on it, and the view would stop updating.
    private final ObservableList<Outcome> outcomesView = FXCollections.unmodifiableObservableList(outcomes);
    private final ObservableList<OutcomeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<OutcomeRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    /**
     * One file's line in the list, as the view shows it: "ridge.gpx - Imported" over the detail, and the
     * style suffix of what happened ({@code imported}, {@code skipped}, {@code refused}).
     */
    public record OutcomeRow(String fileName, String status, String detail, String style) {
        static OutcomeRow of(Outcome o) {
            String word = switch (o.status()) {
                case IMPORTED -> "Imported";
                case SKIPPED -> "Skipped";
                case REFUSED -> "Refused";
            };
            return new OutcomeRow(o.fileName(), word, o.detail(), o.status().name().toLowerCase(Locale.ROOT));
        }

        public String heading() {
            return fileName + "  -  " + status;
        }
    }

    public GpxBatchViewModel(PlanDocument document, ActivityImport.Reader reader, BackgroundRunner runner,
            ZoneId zone) {
        this.document = document;
        this.reader = reader;
        this.runner = runner;
        this.zone = zone;
    }

    /** The window's: every format through {@link ActivityReader}, the system time zone for the days. */
    public static GpxBatchViewModel forWindow(PlanDocument document, BackgroundRunner runner) {
        return new GpxBatchViewModel(document, ActivityReader::read, runner, ZoneId.systemDefault());
    }

    /**
     * Files dropped on a day of the week: each outing is logged for {@code day}, whatever day its
     * track says (the user said which day it was), and matched to that day's sessions.
     */
    public GpxBatchViewModel forDay(LocalDate day) {
        onDay = Optional.of(day);
        return this;
    }

    /** Starts reading {@code inputs} (files, folders, archives); call on the FX thread, once. */
    public void start(List<Path> inputs) {
        if (running.get() || finished.get()) {
            throw new IllegalStateException("an import runs once");
        }
        List<Path> all = List.copyOf(inputs);
        running.set(true);
        message.set("Looking for activities…");
        Plan plan = document.getPlan();
        ActivityMatcher.Describe units = describe();
        job = Optional.of(runner.runLong("Import activities", p -> ActivityImport.run(plan, all, zone, units,
                reader, (index, total, name) -> p.update((double) index / total,
                        "Reading " + name + " (file " + (index + 1) + " of " + total + ")"), p::cancelled, onDay),
                this::reading, this::finish, failure -> {
                    // the import reports each file's problem in its outcome; a failure here is of the whole
                    running.set(false);
                    finished.set(true);
                    message.set("");
                    summary.set(failure.getMessage() + " Nothing was imported; the plan is unchanged.");
                }));
    }

    /** Stops before the next file; nothing is imported. */
    public void cancel() {
        if (running.get()) {
            job.ifPresent(BackgroundRunner.Running::cancel);
            message.set("Cancelling…");
        }
    }

    private boolean cancelled() {
        return job.map(BackgroundRunner.Running::cancelled).orElse(false);
    }

    private void reading(double fraction, String text) {
        progress.set(fraction);
        if (!cancelled()) {
            message.set(text);
        }
    }

    private ActivityMatcher.Describe describe() {
        UnitFormat units = UnitFormat.of(document.getPlan().athlete().units());
        return new ActivityMatcher.Describe() {
            @Override
            public String distance(double metres) {
                return units.distance(metres);
            }

            @Override
            public String climb(double metres) {
                return units.climb(metres);
            }

            @Override
            public String duration(Duration d) {
                return UnitFormat.durationInput(d);
            }
        };
    }

    private void finish(ActivityImport.Result raw) {
        if (raw.cancelled()) {
            outcomes.clear();
            rows.clear();
            message.set("");
            summary.set("Cancelled after " + raw.read() + " of " + raw.total() + " files. Nothing was imported;"
                    + " the plan is unchanged.");
            running.set(false);
            finished.set(true);
            return;
        }
        List<Outcome> result = raw.outcomes();
        long imported = result.stream().filter(o -> o.log().isPresent()).count();
        if (imported > 0) {
            document.apply("Import " + imported + " activit" + (imported == 1 ? "y" : "ies")
                    + onDay.map(d -> " on " + d).orElse(""), p -> ActivityMatcher.apply(p, result));
        }
        outcomes.setAll(result);
        rows.setAll(result.stream().map(OutcomeRow::of).toList());
        progress.set(1);
        message.set("");
        summary.set((result.isEmpty() ? "No activity files found (GPX, TCX, FIT, also .gz, or a .zip of them)"
                : ActivityMatcher.summary(result)) + "." + (imported > 0
                ? " The imported outings are one edit: Edit > Undo takes them all back." : " The plan is unchanged."));
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
    public ObservableList<Outcome> outcomes() {
        return outcomesView;
    }

    /** {@link #outcomes} as the view shows them. */
    public ObservableList<OutcomeRow> rows() {
        return rowsView;
    }
}
