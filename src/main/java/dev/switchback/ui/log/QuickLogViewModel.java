package dev.switchback.ui.log;

import dev.switchback.format.Dates;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.ui.app.PlanDocument;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The quick log: effort, time and one line. For a planned session the other values are taken as
 * planned; an earlier log of the session is replaced, keeping its id.
 */
public final class QuickLogViewModel {

    private final PlanDocument document;
    private final Optional<Session> planned;
    private final LocalDate date;
    private final DoubleProperty rpe = new SimpleDoubleProperty(this, "rpe");
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<SessionKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper durationError = new ReadOnlyStringWrapper(this, "durationError", "");
    private final StringBinding rpeLabel = Bindings.createStringBinding(() -> Scales.rpe(rpe.get()), rpe);

    private QuickLogViewModel(PlanDocument document, Optional<Session> planned, LocalDate date) {
        this.document = document;
        this.planned = planned;
        this.date = date;
        Optional<OutingLog> earlier = planned.flatMap(s -> document.getPlan().logFor(s.id()));
        rpe.set(earlier.map(OutingLog::rpe).orElseGet(() -> planned.map(s -> (double) Math.round(OutingLogViewModel.plannedRpe(s, document.getPlan().athlete())))
                .orElse(4.0)));
        duration.set(UnitFormat.durationInput(earlier.map(OutingLog::duration)
                .orElseGet(() -> planned.map(Session::duration).orElse(Duration.ofMinutes(60)))));
        note.set(earlier.map(OutingLog::notes).orElse(""));
        kind.set(planned.map(Session::kind).orElse(SessionKind.TRAIL_RUN));
        // checked as it is typed, like every form: the reason stands under the field
        duration.addListener((obs, old, now) -> durationError.set(durationProblem()));
    }

    private String durationProblem() {
        try {
            OutingLog.quick(date, SessionKind.TRAIL_RUN, UnitFormat.requireDuration("Duration", duration.get()), 4, "");
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public static QuickLogViewModel forPlanned(PlanDocument document, SessionId id) {
        Session s = document.getPlan().session(id).orElseThrow(() -> new IllegalArgumentException(
                "The session to log is no longer in the plan (" + id + ")"));
        return new QuickLogViewModel(document, Optional.of(s), s.date());
    }

    public static QuickLogViewModel forUnplanned(PlanDocument document, LocalDate date) {
        return new QuickLogViewModel(document, Optional.empty(), date);
    }

    public boolean save() {
        OutingLog log;
        try {
            Duration d = UnitFormat.requireDuration("Duration", duration.get());
            if (planned.isPresent()) {
                Session s = planned.get();
                OutingLog base = document.getPlan().logFor(s.id()).orElseGet(() -> OutingLog.fromPlan(s, rpe.get()));
                log = base.withActuals(d, base.distanceM(), base.climbM(), base.descentM(), base.packKg())
                        .withRpe(rpe.get())
                        .withTexts(base.title(), base.mealsAndHydration(), note.get().strip(), base.nextDayPlan());
            } else {
                log = OutingLog.quick(date, kind.get(), d, rpe.get(), note.get().strip());
            }
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
        error.set("");
        OutingLog done = log;
        document.apply("Quick log " + done.displayTitle() + " on " + Dates.weekdayDay(done.date()), p -> p.withLog(done));
        return true;
    }

    public String heading() {
        return "Quick log - " + planned.map(Session::displayTitle).orElse("unplanned outing") + ", " + Dates.weekdayDay(date);
    }

    public boolean isPlanned() {
        return planned.isPresent();
    }

    public DoubleProperty rpeProperty() {
        return rpe;
    }

    public StringBinding rpeLabel() {
        return rpeLabel;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<SessionKind> kindProperty() {
        return kind;
    }

    /** Why the duration typed cannot be taken, as it is typed; empty when it can. */
    public ReadOnlyStringProperty durationErrorProperty() {
        return durationError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
