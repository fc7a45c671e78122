package dev.switchback.ui.app;

import dev.switchback.model.Printable;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.model.Plan;
import dev.switchback.model.Weeks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The open plan, shared by every view-model of the window: the current immutable {@link Plan}, its
 * analysis, the file it came from, whether it has unsaved edits, undo and redo, the week on screen
 * and the days highlighted by a selected finding.
 *
 * <p>Every edit goes through {@link #apply}: it replaces the plan by a new immutable one, pushes
 * the old one on the undo stack and re-analyses. No view touches the plan directly.
 */
public final class PlanDocument {
    private static final int UNDO_LIMIT = 200;

    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<Optional<PlanAnalysis>> analysis =
            new ReadOnlyObjectWrapper<>(this, "analysis", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Path>> file = new ReadOnlyObjectWrapper<>(this, "file",
            Optional.empty());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private final ObjectProperty<LocalDate> weekStart = new SimpleObjectProperty<>(this, "weekStart",
            Weeks.monday(LocalDate.now()));
    private final ObservableSet<LocalDate> highlightedDates = FXCollections.observableSet();

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private Plan savedPlan;
    private final Function<Plan, PlanAnalysis> analyser;

    private record Edit(String description, Plan before, Plan after) {
    }

    /** With the engine's incremental analysis as seen today (the system clock is read here, at the window's edge). */
    public PlanDocument(Plan initial, Optional<Path> source) {
        this(initial, source, new IncrementalAnalyser(LocalDate::now));
    }

    /** With another analyser than the engine: for tests that need particular findings. */
    public PlanDocument(Plan initial, Optional<Path> source, Function<Plan, PlanAnalysis> analyser) {
        this.analyser = Objects.requireNonNull(analyser, "analyser");
        replace(initial, source);
        weekStart.addListener((obs, old, now) -> {
            if (now != null && now.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
                weekStart.set(Weeks.monday(now));
            }
        });
    }

    /** Starts over with another plan (open, new): clears undo and marks it saved. */
    public void replace(Plan newPlan, Optional<Path> source) {
        Objects.requireNonNull(newPlan, "plan");
        undo.clear();
        redo.clear();
        savedPlan = newPlan;
        file.set(source);
        setPlan(newPlan);
    }

    /**
     * Starts over with a plan that is not what is on disk (work recovered after a crash): it counts
     * as unsaved until saved, so closing asks first.
     */
    public void replaceUnsaved(Plan newPlan, Optional<Path> target) {
        replace(newPlan, target);
        savedPlan = null;
        refreshFlags();
    }

    /** Applies one undoable edit, described for the Edit menu ("Move Long run to Saturday"). */
    public void apply(String description, UnaryOperator<Plan> edit) {
        Plan before = plan.get();
        Plan after = edit.apply(before);
        if (after.equals(before)) {
            return;
        }
        // descriptions name sessions and trips by their titles: text from the file, shown in the Edit menu
        undo.push(new Edit(Printable.escape(description), before, after));
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        setPlan(after);
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Edit e = undo.pop();
        redo.push(e);
        setPlan(e.before());
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Edit e = redo.pop();
        undo.push(e);
        setPlan(e.after());
    }

    /** Records that the current plan is what is on disk now (after a save). */
    public void markSaved(Path savedTo) {
        savedPlan = plan.get();
        file.set(Optional.of(savedTo));
        refreshFlags();
    }

    private void setPlan(Plan p) {
        plan.set(p);
        Optional<PlanAnalysis> a;
        try {
            a = Optional.of(analyser.apply(p));
        } catch (UnsupportedOperationException notYet) {
            a = Optional.empty();
        }
        analysis.set(a);
        refreshFlags();
    }

    private void refreshFlags() {
        dirty.set(savedPlan == null || !plan.get().equals(savedPlan));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
    }

    /** The plan as last opened or saved; empty for recovered work that is not on disk yet. */
    public Optional<Plan> getSavedPlan() {
        return Optional.ofNullable(savedPlan);
    }

    public Plan getPlan() {
        return plan.get();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Optional<PlanAnalysis> getAnalysis() {
        return analysis.get();
    }

    public ReadOnlyObjectProperty<Optional<PlanAnalysis>> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public Optional<Path> getFile() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Optional<Path>> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** Monday of the week on screen. */
    public ObjectProperty<LocalDate> weekStartProperty() {
        return weekStart;
    }

    /** Days a selected finding concerns, drawn highlighted in the week view. */
    public ObservableSet<LocalDate> highlightedDates() {
        return highlightedDates;
    }
}
