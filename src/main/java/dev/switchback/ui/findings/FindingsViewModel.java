package dev.switchback.ui.findings;

import dev.switchback.model.Printable;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Overrides;
import dev.switchback.engine.Severity;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.Suggestion;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Plan;
import dev.switchback.ui.app.PlanDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The findings of the week on screen as ready-to-show rows, a summary line, the empty state, the
 * selected finding (whose days are highlighted in the week view) and the command that applies a
 * suggested fix as one undoable edit.
 *
 * <p>Rebuilds whenever the analysis or the week on screen changes. The engine has already done the
 * work; rebuilding is a pass over a handful of findings, cheap enough for the FX thread.
 */
public final class FindingsViewModel {
    /** The window's fixes: the engine's {@code Fixes.apply}. */
    public static final FixApplier ENGINE_FIXES = dev.switchback.engine.Fixes::apply;

    static final String FIX_NOT_READY = "This panel was built without one-click fixes; make this change by hand.";

    private final PlanDocument document;
    private final ObservableValue<Optional<PlanAnalysis>> analysis;
    private final Optional<FixApplier> fixer;

    private final ObservableList<FindingItem> items = FXCollections.observableArrayList();
    private final ObservableList<FindingItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Optional<FindingItem>> selected =
            new ReadOnlyObjectWrapper<>(this, "selected", Optional.empty());
    private List<LocalDate> highlightedByUs = List.of();

    /**
     * @param analysis normally {@code document.analysisProperty()}; tests pass their own
     * @param fixer applies mechanical suggestions; empty while the engine offers no {@code Fixes}
     */
    public FindingsViewModel(PlanDocument document, ObservableValue<Optional<PlanAnalysis>> analysis,
            Optional<FixApplier> fixer) {
        this.document = Objects.requireNonNull(document, "document");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.fixer = Objects.requireNonNull(fixer, "fixer");
        analysis.addListener((obs, old, now) -> rebuild());
        document.weekStartProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    public FindingsViewModel(PlanDocument document, Optional<FixApplier> fixer) {
        this(document, document.analysisProperty(), fixer);
    }

    private void rebuild() {
        Optional<PlanAnalysis> a = analysis.getValue();
        List<Finding> findings = a.map(x -> x.findings(document.weekStartProperty().get())).orElse(List.of());
        List<FindingItem> now = findings.stream().map(this::toItem).toList();
        // Most edits leave the week's findings as they were: then the cards stay as they are.
        if (!now.equals(items)) {
            items.setAll(now);
        }
        summary.set(a.isPresent() ? FindingsText.summary(findings, now.stream()
                .filter(i -> i.severity() == Severity.BLOCK && i.overridden()).count()) : "");
        emptyMessage.set(a.isEmpty() ? FindingsText.NO_ANALYSIS : findings.isEmpty() ? FindingsText.NO_FINDINGS : "");
        problem.set("");
        // Keep the selection when the same finding is still there after an edit elsewhere in the week.
        Optional<FindingItem> kept = selected.get().flatMap(s -> items.stream()
                .filter(i -> i.key().equals(s.key())).findFirst());
        if (kept.isPresent()) {
            selected.set(kept);
        } else {
            clearSelection();
        }
    }

    FindingItem toItem(Finding f) {
        Suggestion s = f.suggestion();
        // the suggestion names sessions by their titles, text from the file
        UnitFormat units = UnitFormat.of(document.getPlan().athlete().units());
        String text = Printable.escape(s.textIn(units));
        FindingItem.Fix fix;
        if (!s.isMechanical()) {
            fix = new FindingItem.Fix.Advice(text);
        } else if (fixer.isPresent()) {
            fix = new FindingItem.Fix.Applicable(text, FindingsText.applyLabel(text));
        } else {
            fix = new FindingItem.Fix.Unavailable(text, FindingsText.applyLabel(text), FIX_NOT_READY);
        }
        return new FindingItem(f, FindingsText.severityLabel(f.severity()), FindingsText.dates(f.dates()),
                f.source().citation(), FindingsText.evidence(f), fix,
                Overrides.of(document.getPlan(), f).map(Overrides::describe).orElse(""), units);
    }

    /** Selects a finding and highlights its days in the week view. */
    public void select(FindingItem item) {
        removeOurHighlight();
        selected.set(Optional.of(item));
        highlightedByUs = item.dates();
        document.highlightedDates().addAll(highlightedByUs);
    }

    public void clearSelection() {
        removeOurHighlight();
        selected.set(Optional.empty());
    }

    private void removeOurHighlight() {
        document.highlightedDates().removeAll(highlightedByUs);
        highlightedByUs = List.of();
    }

    /**
     * Applies the finding's suggestion as one undoable edit named after it. A fix that no longer
     * fits the plan leaves the plan alone and says why in {@link #problemProperty()}.
     */
    public void applyFix(FindingItem item) {
        if (!(item.fix() instanceof FindingItem.Fix.Applicable) || fixer.isEmpty()) {
            return;
        }
        Suggestion suggestion = item.finding().suggestion();
        Plan before = document.getPlan();
        String said = suggestion.textIn(item.units());
        try {
            document.apply(FindingsText.applyLabel(said),
                    plan -> fixer.get().apply(plan, suggestion));
        } catch (IllegalArgumentException | IllegalStateException e) {
            problem.set("Could not apply \u201c" + said + "\u201d: " + e.getMessage()
                    + ". The plan is unchanged; edit the session by hand.");
            return;
        }
        // The engine's Fixes hands the plan back unchanged when the session has gone meanwhile.
        if (document.getPlan().equals(before)) {
            problem.set("Could not apply \u201c" + said + "\u201d: the session it changes is no "
                    + "longer in the plan. The plan is unchanged.");
        }
    }

    public ObservableList<FindingItem> items() {
        return itemsView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Empty while there are findings; otherwise the calm sentence to show instead of a list. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** Why the last fix could not be applied; empty when all went well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<FindingItem>> selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
