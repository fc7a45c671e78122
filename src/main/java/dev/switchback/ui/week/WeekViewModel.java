package dev.switchback.ui.week;

import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.adjust.Adjuster;
import dev.switchback.format.Dates;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.TripId;
import dev.switchback.model.Weeks;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.common.DialogService;
import dev.switchback.ui.session.SessionEditorViewModel;
import dev.switchback.ui.trip.TripEditorViewModel;
import dev.switchback.ui.week.WeekModels.Card;
import dev.switchback.ui.week.WeekModels.Day;
import dev.switchback.ui.week.WeekModels.Season;
import dev.switchback.ui.week.WeekModels.Summary;
import dev.switchback.ui.week.WeekModels.TripBand;
import dev.switchback.ui.week.WeekPresenter.WeekScreen;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The week on screen as properties of {@link WeekPresenter}'s records (seven days with their
 * cards, the trips across them, the week's totals and the season band), plus every command of the
 * week view (navigate, add, edit, move, copy, paste, delete). Edits go through
 * {@link PlanDocument#apply} and are undoable.
 */
public final class WeekViewModel {

    private final PlanDocument doc;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;

    private final ReadOnlyObjectWrapper<List<Day>> days = new ReadOnlyObjectWrapper<>(this, "days", List.of());
    private final ReadOnlyObjectWrapper<List<TripBand>> trips = new ReadOnlyObjectWrapper<>(this, "trips",
            List.of());
    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<Season> season = new ReadOnlyObjectWrapper<>(this, "season");
    private final ReadOnlyStringWrapper weekTitle = new ReadOnlyStringWrapper(this, "weekTitle", "");
    private final ObjectProperty<Optional<SessionId>> selected = new SimpleObjectProperty<>(this, "selected",
            Optional.empty());
    private final ObjectProperty<LocalDate> focusedDay = new SimpleObjectProperty<>(this, "focusedDay");
    private Optional<Session> clipboard = Optional.empty();
    private OutingLogCommands logCommands = OutingLogCommands.NONE;
    private TemplateCommands templateCommands = TemplateCommands.NONE;
    private final ReadOnlyStringWrapper adjustReason = new ReadOnlyStringWrapper(this, "adjustReason", "");
    private Runnable adjustAction = () -> { };

    /** What the week on screen was presented from: the same again is not presented twice. */
    private record Shown(Plan plan, Optional<PlanAnalysis> analysis, LocalDate monday, LocalDate today) {
        boolean same(Plan p, Optional<PlanAnalysis> a, LocalDate m, LocalDate t) {
            // the plan and its analysis are immutable: the same objects are the same week
            return plan == p && analysis == a && monday.equals(m) && today.equals(t);
        }
    }

    private Optional<Shown> shown = Optional.empty();

    /** With the whole week presented at once (tests, and wherever no first frame is waiting). */
    public WeekViewModel(PlanDocument doc, DialogService dialogs, Supplier<LocalDate> today) {
        this(doc, dialogs, today, Runnable::run);
    }

    /**
     * @param later where the week's first full presentation runs. The window passes "after the event being
     *        handled" (a pulse later): its first frame then shows the week of the plan it starts with (an empty
     *        one until the user's is read) without what the engine adds to it, the week's metrics, the headroom
     *        under each day and the reasons to adjust (the headroom alone is a search over re-analyses), and
     *        they follow a pulse later (docs/performance.md, "Session 6: start-up").
     */
    public WeekViewModel(PlanDocument doc, DialogService dialogs, Supplier<LocalDate> today, Executor later) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.today = today;
        focusedDay.set(today.get());
        doc.planProperty().addListener(x -> planChanged());
        doc.analysisProperty().addListener(x -> refresh());
        doc.weekStartProperty().addListener(x -> {
            LocalDate f = focusedDay.get();
            if (f == null || !inWeek(f)) {
                focusedDay.set(doc.weekStartProperty().get());
            }
            refresh();
        });
        present(doc.getPlan(), Optional.empty());
        later.execute(this::refresh);
    }

    // ---- what the view draws ----

    /**
     * {@link PlanDocument} sets a new plan and then its analysis, so the week waits for the analysis and is
     * presented once, not first with the new plan and the old plan's analysis; only when the document has no
     * analysis (an analyser that cannot analyse) does the plan alone bring the week up to date.
     */
    private void planChanged() {
        Plan plan = doc.getPlan(); // read, so that the property tells of the next change too
        if (doc.getAnalysis().isEmpty()) {
            present(plan, Optional.empty());
        }
    }

    private void refresh() {
        present(doc.getPlan(), doc.getAnalysis());
    }

    /**
     * Presents the week of {@code plan} with {@code analysis}, unless that is what is on screen (opening a plan
     * also moves to its week: one presentation, not two). A property is set only when it changes, so the view
     * redraws only what did.
     */
    private void present(Plan plan, Optional<PlanAnalysis> analysis) {
        LocalDate day = today.get();
        LocalDate monday = weekStart();
        if (shown.isPresent() && shown.get().same(plan, analysis, monday, day)) {
            return;
        }
        shown = Optional.of(new Shown(plan, analysis, monday, day));
        WeekScreen screen = new WeekPresenter(day).present(plan, analysis, monday);
        setIfChanged(days, screen.days());
        setIfChanged(trips, screen.trips());
        setIfChanged(summary, screen.summary());
        setIfChanged(season, screen.season());
        weekTitle.set(screen.title());
        adjustReason.set(adjustReason(plan, analysis));
        selected.get().ifPresent(id -> {
            if (plan.session(id).isEmpty()) {
                selected.set(Optional.empty());
            }
        });
    }

    private static <T> void setIfChanged(ReadOnlyObjectWrapper<T> property, T value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    // ---- navigation ----

    public LocalDate weekStart() {
        return doc.weekStartProperty().get();
    }

    private boolean inWeek(LocalDate d) {
        return Weeks.monday(d).equals(weekStart());
    }

    public void previousWeek() {
        doc.weekStartProperty().set(weekStart().minusWeeks(1));
    }

    public void nextWeek() {
        doc.weekStartProperty().set(weekStart().plusWeeks(1));
    }

    public void goToToday() {
        goTo(today.get());
        focusedDay.set(today.get());
    }

    public void goTo(LocalDate date) {
        if (date != null) {
            doc.weekStartProperty().set(Weeks.monday(date));
        }
    }

    // ---- selection ----

    public void select(SessionId id) {
        selected.set(Optional.of(id));
        doc.getPlan().session(id).ifPresent(s -> focusedDay.set(s.date()));
    }

    public void focusDay(LocalDate date) {
        focusedDay.set(date);
        selected.set(Optional.empty());
    }

    /**
     * Left / Right: the day before or after the focused one, turning to the week before or after at
     * the ends; the new day's first card is selected, so Enter opens it.
     */
    public void moveFocusBy(int days) {
        LocalDate from = focusedDay.get() == null ? weekStart() : focusedDay.get();
        LocalDate to = from.plusDays(days);
        if (!inWeek(to)) {
            doc.weekStartProperty().set(Weeks.monday(to));
        }
        focusedDay.set(to);
        selected.set(cardsOn(to).stream().findFirst().map(Card::id));
    }

    /**
     * Up / Down: the card above or below the selected one in the focused day; from no selection,
     * Down takes the day's first card and Up its last. Stays put at either end.
     */
    public void moveSelectionBy(int cards) {
        LocalDate day = focusedDay.get() == null ? weekStart() : focusedDay.get();
        List<Card> onDay = cardsOn(day);
        if (onDay.isEmpty()) {
            return;
        }
        int at = -1;
        for (int i = 0; i < onDay.size(); i++) {
            if (selected.get().equals(Optional.of(onDay.get(i).id()))) {
                at = i;
            }
        }
        int next = at < 0 ? (cards > 0 ? 0 : onDay.size() - 1) : Math.max(0, Math.min(onDay.size() - 1, at + cards));
        selected.set(Optional.of(onDay.get(next).id()));
    }

    private List<Card> cardsOn(LocalDate date) {
        return days.get().stream().filter(d -> d.date().equals(date)).findFirst().map(Day::cards)
                .orElse(List.of());
    }

    private Optional<Session> selectedSession() {
        return selected.get().flatMap(id -> doc.getPlan().session(id));
    }

    // ---- editing ----

    public void addSession() {
        addSession(focusedDay.get() == null ? weekStart() : focusedDay.get());
    }

    public void addSession(LocalDate date) {
        var editor = SessionEditorViewModel.forNew(date, doc.getPlan().athlete());
        editor.useLogs(doc.getPlan().logs());
        dialogs.editSession(editor).ifPresent(s -> {
            doc.apply("Add " + s.displayTitle(), p -> place(p, s));
            select(s.id());
        });
    }

    /**
     * The plan with {@code s} in it; a training session put on a day planned as rest takes the rest
     * session's place (in the same edit, so one undo brings the rest day back): a day cannot be both.
     */
    static Plan place(Plan plan, Session s) {
        return plan.placing(s);
    }

    public void editSelected() {
        selected.get().ifPresent(this::editSession);
    }

    public void editSession(SessionId id) {
        doc.getPlan().session(id).ifPresent(existing -> {
            var editor = SessionEditorViewModel.forEdit(existing, doc.getPlan().athlete());
            editor.useLogs(doc.getPlan().logs());
            dialogs.editSession(editor).ifPresent(s -> {
                doc.apply("Edit " + s.displayTitle(), p -> place(p, s));
                goTo(s.date());
                select(s.id());
            });
        });
    }

    public void duplicateSelected() {
        selectedSession().ifPresent(s -> {
            Session copy = s.withId(SessionId.random());
            doc.apply("Duplicate " + s.displayTitle(), p -> p.withSession(copy));
            select(copy.id());
        });
    }

    public void deleteSelected() {
        selectedSession().ifPresent(s -> {
            doc.apply("Delete " + s.displayTitle(), p -> p.withoutSession(s.id()));
            selected.set(Optional.empty());
        });
    }

    /** Moves a session to another day (drag and drop); the week follows if the day is elsewhere. */
    public void moveSession(SessionId id, LocalDate to) {
        doc.getPlan().session(id).ifPresent(s -> {
            if (s.date().equals(to)) {
                return;
            }
            doc.apply("Move " + s.displayTitle() + " to " + Dates.weekdayDay(to), p -> place(p, s.withDate(to)));
            select(id);
            if (!inWeek(to)) {
                goTo(to);
            }
        });
    }

    /** Copies a session onto another day (drag with Ctrl). */
    public void copySession(SessionId id, LocalDate to) {
        doc.getPlan().session(id).ifPresent(s -> {
            Session copy = s.withId(SessionId.random()).withDate(to);
            doc.apply("Copy " + s.displayTitle() + " to " + Dates.weekdayDay(to), p -> place(p, copy));
            select(copy.id());
        });
    }

    /** Ctrl+Left / Ctrl+Right: the selected card one day earlier or later. */
    public void moveSelectedBy(int days) {
        selectedSession().ifPresent(s -> moveSession(s.id(), s.date().plusDays(days)));
    }

    public void copySelected() {
        selectedSession().ifPresent(s -> clipboard = Optional.of(s));
    }

    public boolean canPaste() {
        return clipboard.isPresent();
    }

    /** Pastes the copied session onto the focused day (the last day or card clicked). */
    public void paste() {
        LocalDate target = focusedDay.get() == null ? weekStart() : focusedDay.get();
        clipboard.ifPresent(s -> {
            Session copy = s.withId(SessionId.random()).withDate(target);
            doc.apply("Paste " + s.displayTitle() + " on " + Dates.weekdayDay(target), p -> place(p, copy));
            select(copy.id());
        });
    }

    /** Copies every session of the week before into this week, same weekdays, as one undoable edit. */
    public void copyLastWeek() {
        LocalDate monday = weekStart();
        List<Session> last = doc.getPlan().sessions().stream()
                .filter(s -> !s.date().isBefore(monday.minusWeeks(1)) && s.date().isBefore(monday))
                .toList();
        if (last.isEmpty()) {
            dialogs.showInfo("Copy last week", "The week before " + Dates.day(monday)
                    + " has no sessions to copy.");
            return;
        }
        doc.apply("Copy last week (" + last.size() + " sessions)", p -> {
            Plan out = p;
            for (Session s : last) {
                out = out.withSession(s.withId(SessionId.random()).withDate(s.date().plusWeeks(1)));
            }
            return out;
        });
    }

    // ---- templates ----

    /** The window's template library; until set, the template commands open nothing. */
    public void setTemplateCommands(TemplateCommands commands) {
        templateCommands = java.util.Objects.requireNonNull(commands, "commands");
    }

    /** "Save as template…" on a card: selects it and asks for the template's name. */
    public void saveAsTemplate(SessionId id) {
        if (doc.getPlan().session(id).isPresent()) {
            select(id);
            templateCommands.saveAsTemplate(id);
        }
    }

    /** "Save as template…" for the selected card (Edit menu). */
    public void saveSelectedAsTemplate() {
        selected.get().ifPresent(this::saveAsTemplate);
    }

    /** "Insert template…" on a day's menu. */
    public void insertTemplate(LocalDate day) {
        focusDay(day);
        templateCommands.insertTemplate(day);
    }

    /** "Insert template…" (Ctrl+I) on the focused day, the last day or card clicked. */
    public void insertTemplate() {
        insertTemplate(focusedDay.get() == null ? weekStart() : focusedDay.get());
    }

    public void saveWeekAsTemplate() {
        templateCommands.saveWeekAsTemplate(weekStart());
    }

    public void applyWeekTemplate() {
        templateCommands.applyWeekTemplate(weekStart());
    }

    public void manageTemplates() {
        templateCommands.manageTemplates();
    }

    /** A new session on the screen: its week shown and its card selected. */
    public void show(Session s) {
        goTo(s.date());
        select(s.id());
    }

    // ---- adjust the coming days ----

    /**
     * The reasons to adjust the coming days in one line (engine.adjust.Adjuster), shown while the week on
     * screen is today's or the one before or after it; "" when there is none.
     */
    private String adjustReason(Plan plan, Optional<PlanAnalysis> analysis) {
        LocalDate day = today.get();
        LocalDate monday = Weeks.monday(day);
        if (weekStart().isBefore(monday.minusWeeks(1)) || weekStart().isAfter(monday.plusWeeks(1))) {
            return "";
        }
        return analysis.map(a -> String.join(" ", Adjuster.reasons(plan, a, day).stream()
                .map(r -> r.trigger().label() + ": " + r.text()).toList())).orElse("");
    }

    /** Why the coming days may need adjusting, or "" (the week view shows "Adjust the coming days" when not). */
    public ReadOnlyStringProperty adjustReasonProperty() {
        return adjustReason.getReadOnlyProperty();
    }

    /** The window's "Adjust the coming days" dialog; until set, the command opens nothing. */
    public void setAdjustAction(Runnable action) {
        adjustAction = java.util.Objects.requireNonNull(action, "action");
    }

    public void adjustComingDays() {
        adjustAction.run();
    }

    // ---- outing logs ----

    /** The window's log forms; until set, the log commands open nothing. */
    public void setLogCommands(OutingLogCommands commands) {
        logCommands = java.util.Objects.requireNonNull(commands, "commands");
    }

    /** A planned session can be logged once its day has come; a rest session has nothing to log. */
    public boolean canLog(SessionId id) {
        return doc.getPlan().session(id).map(this::canLog).orElse(false);
    }

    private boolean canLog(Session s) {
        return new WeekPresenter(today.get()).canLog(s);
    }

    /** An unplanned outing can be logged on today or any day before. */
    public boolean canLogOn(LocalDate date) {
        return date != null && !date.isAfter(today.get());
    }

    /** "Log outing" on a card: selects it and opens the full form (its log, if it has one). */
    public void logOuting(SessionId id) {
        if (canLog(id)) {
            select(id);
            logCommands.logOuting(id);
        }
    }

    /** "Quick log" on a card: selects it and opens the quick log. */
    public void quickLog(SessionId id) {
        if (canLog(id)) {
            select(id);
            logCommands.quickLog(id);
        }
    }

    /** "Log unplanned outing" on a day column. */
    public void logUnplanned(LocalDate date) {
        if (canLogOn(date)) {
            focusDay(date);
            logCommands.logUnplanned(date);
        }
    }

    /**
     * Files dropped on a day column: logged for that day when it has come (a day ahead has nothing to
     * log yet, so a drop there does nothing, like its greyed-out "Log unplanned outing").
     */
    public boolean dropFiles(LocalDate date, java.util.List<java.nio.file.Path> files) {
        if (!canLogOn(date) || files.isEmpty()) {
            return false;
        }
        focusDay(date);
        logCommands.importFiles(date, files);
        return true;
    }

    /** "Quick log unplanned" on a day column. */
    public void quickLogUnplanned(LocalDate date) {
        if (canLogOn(date)) {
            focusDay(date);
            logCommands.quickLogUnplanned(date);
        }
    }

    public void addTrip() {
        LocalDate start = focusedDay.get() == null ? weekStart() : focusedDay.get();
        dialogs.editTrip(TripEditorViewModel.forNew(start, doc.getPlan().athlete())
                .useLogs(doc.getPlan().logs()))
                .ifPresent(t -> doc.apply("Add trip " + t.title(), p -> p.withTrip(t)));
    }

    public void editTrip(TripId id) {
        doc.getPlan().trip(id).ifPresent(existing -> dialogs
                .editTrip(TripEditorViewModel.forEdit(existing, doc.getPlan().athlete())
                        .useLogs(doc.getPlan().logs()))
                .ifPresent(t -> doc.apply("Edit trip " + t.title(), p -> p.withTrip(t))));
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<List<Day>> daysProperty() {
        return days.getReadOnlyProperty();
    }

    public List<Day> days() {
        return days.get();
    }

    public ReadOnlyObjectProperty<List<TripBand>> tripsProperty() {
        return trips.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Season> seasonProperty() {
        return season.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weekTitleProperty() {
        return weekTitle.getReadOnlyProperty();
    }

    public ObjectProperty<Optional<SessionId>> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalDate> focusedDayProperty() {
        return focusedDay;
    }

    public PlanDocument document() {
        return doc;
    }
}
