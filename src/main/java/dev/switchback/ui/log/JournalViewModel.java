package dev.switchback.ui.log;

import dev.switchback.model.SessionKind;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.format.UnitFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journal: past outings, newest first, narrowed by the filters; the selected one shown planned
 * vs actual. The kind, from and to properties hold {@code null} for "any", as their pickers do.
 */
public final class JournalViewModel {
    private final PlanDocument document;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<SessionKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final BooleanProperty feltBad = new SimpleBooleanProperty(this, "feltBad");
    private final StringProperty packAbove = new SimpleStringProperty(this, "packAbove", "");
    private final ObservableList<JournalEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<JournalEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ComparisonRow> comparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper(this, "filterError", "");

    public JournalViewModel(PlanDocument document) {
        this.document = document;
        for (Observable o : List.<Observable>of(search, kind, from, to, feltBad, packAbove,
                document.planProperty())) {
            o.addListener(x -> refresh());
        }
        selected.addListener((obs, was, now) -> comparison.setAll(now == null ? List.of() : ComparisonRow.of(now, document.getPlan().athlete())));
        refresh();
    }

    public JournalFilter filter() {
        Optional<Double> pack;
        try {
            UnitFormat u = units();
            pack = UnitFormat.readNumber("Pack heavier than (" + u.massUnit() + ")", packAbove.get(),
                    u.units() == dev.switchback.model.Units.METRIC ? "10" : "22").map(v -> u.units().massToKg(v));
            filterError.set("");
        } catch (IllegalArgumentException e) {
            pack = Optional.empty();
            filterError.set(e.getMessage());
        }
        return new JournalFilter(search.get(), Optional.ofNullable(kind.get()), Optional.ofNullable(from.get()),
                Optional.ofNullable(to.get()), feltBad.get(), pack);
    }

    private void refresh() {
        List<JournalEntry> all = JournalEntry.of(document.getPlan());
        JournalFilter f = filter();
        List<JournalEntry> shown = all.stream().filter(f).toList();
        JournalEntry keep = selected.get();
        entries.setAll(shown);
        summary.set(shown.size() == all.size() ? all.size() + (all.size() == 1 ? " outing" : " outings")
                : shown.size() + " of " + all.size() + " outings");
        // Keep the selection across edits when the outing is still shown (its log may have changed).
        Optional<JournalEntry> again = keep == null ? Optional.empty()
                : shown.stream().filter(e -> e.log().id().equals(keep.log().id())).findFirst();
        selected.set(again.orElse(null));
    }

    public void clearFilters() {
        search.set("");
        kind.set(null);
        from.set(null);
        to.set(null);
        feltBad.set(false);
        packAbove.set("");
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<SessionKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty feltBadProperty() {
        return feltBad;
    }

    /** The athlete's units, which the journal shows and reads. */
    public UnitFormat units() {
        return UnitFormat.of(document.getPlan().athlete().units());
    }

    /** "Pack heavier than", in the athlete's mass unit (kg or lb). */
    public StringProperty packAboveProperty() {
        return packAbove;
    }

    public ObservableList<JournalEntry> entries() {
        return entries;
    }

    public ObjectProperty<JournalEntry> selectedProperty() {
        return selected;
    }

    public ObservableList<ComparisonRow> comparison() {
        return comparison;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    public PlanDocument document() {
        return document;
    }
}
