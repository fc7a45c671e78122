package dev.switchback.ui.templates;

import dev.switchback.model.TemplateLibrary;
import dev.switchback.store.TemplateStore;
import dev.switchback.ui.common.BackgroundRunner;
import dev.switchback.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The library dialog: every template with what it holds, renamed or deleted one at a time. Each
 * change is saved at once (it is the library's, not the plan's, so it is not undone with the plan).
 */
public final class TemplateLibraryViewModel {
    public enum Kind { SESSION, WEEK }

    /** One row: "Session" or "Week", the name and what it holds. */
    public record Entry(Kind kind, String name, String detail) {
        @Override
        public String toString() {
            return (kind == Kind.SESSION ? "Session: " : "Week: ") + name + (detail.isEmpty() ? "" : " · " + detail);
        }
    }

    private final TemplateStore store;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final dev.switchback.model.Units units;
    private final ReadOnlyObjectWrapper<List<Entry>> entries = new ReadOnlyObjectWrapper<>(this, "entries",
            List.of());

    /** {@code runner} writes the library (off the FX thread in the window); the list shows it as written. */
    TemplateLibraryViewModel(TemplateStore store, BackgroundRunner runner, DialogService dialogs,
            dev.switchback.model.Units units, TemplateLibrary library) {
        this.store = store;
        this.runner = runner;
        this.dialogs = dialogs;
        this.units = units;
        show(library);
    }

    private void show(TemplateLibrary library) {
        var list = new ArrayList<Entry>();
        library.sessions().forEach(t -> list.add(new Entry(Kind.SESSION, t.name(), TemplateText.of(t, units))));
        library.weeks().forEach(t -> list.add(new Entry(Kind.WEEK, t.name(), TemplateText.of(t))));
        entries.set(List.copyOf(list));
    }

    public ReadOnlyObjectProperty<List<Entry>> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    /** Asks the new name (the old one offered) and saves; a name already taken is refused under the field. */
    public void rename(Entry e) {
        List<String> taken = entries.get().stream().filter(o -> o.kind() == e.kind() && !o.name().equals(e.name()))
                .map(Entry::name).toList();
        dialogs.askName("Rename template", "New name", e.name(), n -> TemplatesViewModel.nameProblem(n, taken))
                .ifPresent(name -> change(lib -> e.kind() == Kind.SESSION ? lib.renameSession(e.name(), name)
                        : lib.renameWeek(e.name(), name)));
    }

    /** Asks first; the sessions already inserted from it stay in the plan. */
    public void delete(Entry e) {
        if (dialogs.confirm("Delete template", "Delete the " + (e.kind() == Kind.SESSION ? "session" : "week")
                + " template \"" + e.name() + "\"? Sessions already put in a plan from it stay as they are.",
                "Delete")) {
            change(lib -> e.kind() == Kind.SESSION ? lib.withoutSession(e.name()) : lib.withoutWeek(e.name()));
        }
    }

    private void change(UnaryOperator<TemplateLibrary> edit) {
        TemplatesViewModel.write(runner, store, edit, this::show,
                message -> dialogs.showError("Template library not changed", message));
    }

    Optional<Entry> entry(Kind kind, String name) {
        return entries.get().stream().filter(e -> e.kind() == kind && e.name().equals(name)).findFirst();
    }
}
