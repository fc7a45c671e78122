package dev.switchback.ui.adjust;

import dev.switchback.engine.Engine;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.adjust.Adjuster;
import dev.switchback.engine.adjust.Adjustment;
import dev.switchback.format.Dates;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Plan;
import dev.switchback.ui.app.PlanDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Adjust the coming days": the reasons (a missed session, outings logged harder than planned, signs of
 * tiredness) and the options of {@link Adjuster}, each with its days before and after and its check; Apply
 * puts the chosen one into the plan as one undoable edit, the way Build season does (built again if the plan
 * changed since the dialog opened).
 */
public final class AdjustViewModel {
    /** One day an option changes, in the athlete's units. */
    public record DayRow(String day, String before, String after) {
    }

    /**
     * One option in the list.
     *
     * @param offered true when the rules are content with it; a refused one is listed with the findings it would add
     */
    public record OptionRow(String name, String title, boolean offered, String check, String why, List<DayRow> days) {
        public OptionRow {
            days = List.copyOf(days);
        }

        /** The list's line: "1. Swap for easy: Swap Tempo on ..." or "Not offered - Skip: ...". */
        @Override
        public String toString() {
            return (offered ? "" : "Not offered · ") + name + ": " + title;
        }
    }

    private final PlanDocument doc;
    private final Supplier<LocalDate> today;
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<OptionRow> options = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(this, "canApply", false);
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header", "");
    private final List<Adjustment.Option> all = new ArrayList<>();
    private Plan computedOn;

    public AdjustViewModel(PlanDocument doc, Supplier<LocalDate> today) {
        this.doc = doc;
        this.today = today;
        selected.addListener((o, a, b) -> canApply.set(selectedOption().map(x -> x.offered()).orElse(false)));
        compute();
    }

    private void compute() {
        Plan plan = doc.getPlan();
        LocalDate day = today.get();
        PlanAnalysis analysis = doc.getAnalysis().orElseGet(() -> Engine.analyse(plan, day));
        Adjustment a = Adjuster.of(plan, analysis, day);
        computedOn = plan;
        var units = UnitFormat.of(plan.athlete().units());
        reasons.setAll(a.reasons().stream().map(r -> r.trigger().label() + ": " + r.text()).toList());
        notes.setAll(a.notes());
        all.clear();
        all.addAll(a.options());
        all.addAll(a.refused());
        var rows = new ArrayList<OptionRow>();
        for (Adjustment.Option o : all) {
            rows.add(new OptionRow(o.kind().label(), o.title(), o.clean(), o.check(units), o.why(),
                    o.days().stream().map(d -> new DayRow(Dates.weekdayDay(d.date()), lines(d.before()),
                            lines(d.after()))).toList()));
        }
        options.setAll(rows);
        header.set(a.needed() ? "The plan and the body disagree. Each option below changes only the coming days"
                + " and was checked by the rules; nothing changes until you apply one."
                : "Nothing to adjust on " + Dates.weekdayDay(day) + ": no session missed in the last week, no outing"
                        + " logged much harder than planned, no sign of tiredness.");
        // the first offered option (offered ones come first); a refused one is shown, Apply stays disabled
        selected.set(-1);
        selected.set(rows.isEmpty() ? -1 : 0);
    }

    private static String lines(List<String> sessions) {
        return sessions.isEmpty() ? "nothing" : String.join("\n", sessions);
    }

    public ObservableList<String> reasons() {
        return reasons;
    }

    public ObservableList<OptionRow> options() {
        return options;
    }

    /** Why an edit a reason calls for could not be tried ("Long day (missed on Sat 26 Dec) is let go: ..."). */
    public ObservableList<String> notes() {
        return notes;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public Optional<OptionRow> selectedOption() {
        int i = selected.get();
        return i >= 0 && i < options.size() ? Optional.of(options.get(i)) : Optional.empty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /**
     * Puts the selected option into the plan as one undoable edit, "Adjust the coming days: ..."; false (and
     * nothing changes) when the selected option is not offered.
     */
    public boolean apply() {
        int i = selected.get();
        if (i < 0 || i >= all.size() || !all.get(i).clean()) {
            return false;
        }
        Adjustment.Option o = all.get(i);
        Plan base = computedOn;
        LocalDate day = today.get();
        doc.apply("Adjust the coming days: " + o.title(), p -> p == base ? o.plan()
                : Adjuster.of(p, Engine.analyse(p, day), day).options().stream()
                        .filter(x -> x.kind() == o.kind()).findFirst().map(Adjustment.Option::plan).orElse(p));
        return true;
    }
}
