package dev.switchback.ui.app;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The first-run guide: a few callouts that point at the parts of the window a new user needs (the
 * week, a finding and its fix, logging an outing, printing). It opens by itself once, on the first
 * start; closing it (Done or Skip) is remembered; Help > Show the guide opens it again.
 */
public final class FirstRunGuideViewModel {
    static final String SEEN_KEY = "firstRunGuideSeen";

    /** One callout: what it says and the node it points at (a CSS selector, looked up in the window). */
    public record Step(String title, String text, String target) {
    }

    public static final List<Step> STEPS = List.of(
            new Step("Your week", "One column a day, a card per session, coloured by kind. Drag a card to move it "
                    + "(Ctrl to copy), double-click it to edit, + on a day to add one. Page Up and Page Down change "
                    + "the week; below are its totals, each with a tooltip.", "#week-view"),
            new Step("Findings and their fixes", "Every edit re-checks the plan against progression and recovery "
                    + "rules. A finding says what is wrong, why it matters and its source; Apply makes the "
                    + "suggested fix as one edit you can undo (Ctrl+Z).", "#side-panels"),
            new Step("Log what you did", "When a session's day has come its card shows Log: record time, distance, "
                    + "pack and how it felt. Right-click a card for Quick log (Ctrl+Shift+L) or a day for an "
                    + "unplanned outing; Ctrl+Shift+W is the daily check-in.", ".card-log"),
            new Step("Print the week", "File > Print week (Ctrl+P) makes a sheet for the fridge with the sessions, "
                    + "a load chart and the findings. File > Export week writes PDF, calendar (ICS) or CSV. "
                    + "This guide is under Help.", "#menu-bar"));

    private final Preferences prefs;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);

    public FirstRunGuideViewModel(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Whether the guide should open by itself: never closed before, and not switched off. */
    public boolean dueOnStart() {
        return !prefs.getBoolean(SEEN_KEY, false)
                && !"false".equals(System.getProperty("switchback.firstRunGuide"));
    }

    /** Opens the guide at its first callout. */
    public void open() {
        index.set(0);
        showing.set(true);
    }

    public void next() {
        if (index.get() < STEPS.size() - 1) {
            index.set(index.get() + 1);
        } else {
            close();
        }
    }

    public void back() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    /** Done or Skip: closes and remembers, so it does not open by itself again. */
    public void close() {
        showing.set(false);
        prefs.putBoolean(SEEN_KEY, true);
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ObjectBinding<Step> stepBinding() {
        return Bindings.createObjectBinding(() -> STEPS.get(index.get()), index);
    }

    public StringBinding progressBinding() {
        return Bindings.createStringBinding(() -> (index.get() + 1) + " of " + STEPS.size(), index);
    }

    public BooleanBinding firstBinding() {
        return index.isEqualTo(0);
    }

    public BooleanBinding lastBinding() {
        return index.isEqualTo(STEPS.size() - 1);
    }
}
