package dev.switchback.ui.templates;

import dev.switchback.model.TemplateLibrary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Picking a template by typing: the text filters the names (the model's match: the start of the name
 * or of a word, in any case), the first match is selected, Up and Down move the selection, Enter
 * takes it.
 */
public final class TemplatePickerViewModel {
    /** A template as the list shows it: its name and a line saying what it holds. */
    public record Choice(String name, String detail) {
        public Choice {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public String toString() {
            return detail.isEmpty() ? name : name + " · " + detail;
        }
    }

    private final String heading;
    private final List<Choice> all;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<List<Choice>> matches = new ReadOnlyObjectWrapper<>(this, "matches",
            List.of());
    private final ReadOnlyObjectWrapper<Optional<Choice>> selected = new ReadOnlyObjectWrapper<>(this, "selected",
            Optional.empty());
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");

    public TemplatePickerViewModel(String heading, List<Choice> choices) {
        this.heading = heading;
        this.all = List.copyOf(choices);
        filter.addListener(x -> refresh());
        refresh();
    }

    private void refresh() {
        String typed = filter.get() == null ? "" : filter.get();
        List<String> names = TemplateLibrary.filter(all.stream().map(Choice::name).toList(), typed);
        List<Choice> shown = names.stream()
                .map(n -> all.stream().filter(c -> c.name().equals(n)).findFirst().orElseThrow()).toList();
        matches.set(shown);
        selected.set(shown.stream().findFirst());
        hint.set(shown.isEmpty() ? "No template's name or word starts with \"" + dev.switchback.model.Printable
                .excerpt(typed.strip(), 40) + "\"" : "");
    }

    /** Up (-1) and Down (+1) within the matches; stays at either end. */
    public void moveSelection(int by) {
        List<Choice> shown = matches.get();
        if (shown.isEmpty()) {
            return;
        }
        int at = selected.get().map(shown::indexOf).orElse(-1);
        int next = Math.max(0, Math.min(shown.size() - 1, at + by));
        selected.set(Optional.of(shown.get(next)));
    }

    /** A click on a row. */
    public void select(Choice c) {
        if (matches.get().contains(c)) {
            selected.set(Optional.of(c));
        }
    }

    /** The name Enter takes: the selected match, if any. */
    public Optional<String> choice() {
        return selected.get().map(Choice::name);
    }

    public String heading() {
        return heading;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<List<Choice>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Choice>> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Said under the field when nothing matches. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }
}
