package dev.switchback.ui.week;

import dev.switchback.engine.Metric;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.WeekSummary;
import dev.switchback.model.GoalEvent;
import dev.switchback.model.Phase;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.Weeks;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.ui.common.DialogService;
import dev.switchback.ui.common.UnitFormat;
import dev.switchback.ui.log.WeekLogSummary;
import dev.switchback.ui.session.SessionEditorViewModel;
import dev.switchback.ui.trip.TripEditorViewModel;
import dev.switchback.ui.week.WeekModels.Card;
import dev.switchback.ui.week.WeekModels.Day;
import dev.switchback.ui.week.WeekModels.Season;
import dev.switchback.ui.week.WeekModels.SeasonSegment;
import dev.switchback.ui.week.WeekModels.Summary;
import dev.switchback.ui.week.WeekModels.SummaryItem;
import dev.switchback.ui.week.WeekModels.TripBand;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The week on screen: seven days with their cards, the trips across them, the week's totals and
 * the season band, plus every command of the week view (navigate, add, edit, move, copy, paste,
 * delete). Edits go through {@link PlanDocument#apply} and are undoable.
 */
public final class WeekViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_NAME = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

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

    public WeekViewModel(PlanDocument doc, DialogService dialogs, Supplier<LocalDate> today) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.today = today;
        focusedDay.set(today.get());
        doc.planProperty().addListener(x -> refresh());
        doc.analysisProperty().addListener(x -> refresh());
        doc.weekStartProperty().addListener(x -> {
            LocalDate f = focusedDay.get();
            if (f == null || !inWeek(f)) {
                focusedDay.set(doc.weekStartProperty().get());
            }
            refresh();
        });
        refresh();
    }

    // ---- what the view draws ----

    private void refresh() {
        Plan plan = doc.getPlan();
        LocalDate monday = weekStart();
        UnitFormat units = new UnitFormat(plan.athlete().units());
        List<Day> list = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            List<Session> sessions = plan.sessionsOn(date);
            List<Card> cards = sessions.stream().map(s -> card(plan, s, units)).toList();
            Optional<String> stage = plan.tripsOn(date).stream().findFirst().map(t -> stageText(t, date, units));
            boolean rest = stage.isEmpty() && sessions.stream().allMatch(Session::isRest);
            list.add(new Day(date, date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    DAY.format(date), date.equals(today.get()), rest, cards, stage));
        }
        days.set(List.copyOf(list));
        trips.set(tripBands(plan, monday, units));
        summary.set(summaryOf(plan, doc.getAnalysis(), monday, units));
        season.set(seasonOf(plan, monday));
        LocalDate sunday = monday.plusDays(6);
        weekTitle.set(DAY.format(monday) + " – " + DAY.format(sunday) + " " + sunday.getYear() + "  ·  "
                + Weeks.label(monday).substring(5));
        selected.get().ifPresent(id -> {
            if (plan.session(id).isEmpty()) {
                selected.set(Optional.empty());
            }
        });
    }

    private Card card(Plan plan, Session s, UnitFormat units) {
        List<String> details = new ArrayList<>();
        if (s.distanceM() > 0) {
            details.add(units.distance(s.distanceM()));
        }
        if (s.climbM() > 0) {
            details.add(units.climb(s.climbM()) + " up");
        }
        if (s.packKg() > 0) {
            details.add(String.format(Locale.ROOT, "%s pack (%.0f\u00a0%%)", units.mass(s.packKg()),
                    plan.athlete().packFraction(s.packKg()) * 100));
        }
        s.targetRpe().ifPresent(r -> details.add("RPE " + UnitFormat.plain(r)));
        s.targetHrZone().ifPresent(z -> details.add("HR zone " + z));
        String duration = s.isRest() ? "" : UnitFormat.duration(s.duration());
        var log = plan.logFor(s.id());
        return new Card(s.id(), s.kind(), s.displayTitle(), duration, details, log.isPresent(),
                dev.switchback.engine.Compliance.of(s, log, today.get()), canLog(s));
    }

    private static String stageText(Trip t, LocalDate date, UnitFormat units) {
        int day = (int) ChronoUnit.DAYS.between(t.start(), date) + 1;
        var st = t.stageOn(date);
        return t.title() + " · day " + day + " of " + t.days() + " · " + units.distance(st.distanceM()) + ", "
                + units.climb(st.climbM()) + " up, " + units.mass(st.packKg()) + " pack";
    }

    private static List<TripBand> tripBands(Plan plan, LocalDate monday, UnitFormat units) {
        LocalDate sunday = monday.plusDays(6);
        List<TripBand> bands = new ArrayList<>();
        for (Trip t : plan.trips()) {
            if (t.end().isBefore(monday) || t.start().isAfter(sunday)) {
                continue;
            }
            LocalDate from = t.start().isBefore(monday) ? monday : t.start();
            LocalDate to = t.end().isAfter(sunday) ? sunday : t.end();
            int first = (int) ChronoUnit.DAYS.between(monday, from);
            int span = (int) ChronoUnit.DAYS.between(from, to) + 1;
            String detail = t.days() + " days · heaviest pack " + units.mass(t.heaviestPackKg());
            bands.add(new TripBand(t.id(), t.title(), detail, first, span, t.start().isBefore(monday),
                    t.end().isAfter(sunday), t.goal()));
        }
        bands.sort(Comparator.comparingInt(TripBand::firstColumn));
        return List.copyOf(bands);
    }

    private Summary summaryOf(Plan plan, Optional<PlanAnalysis> analysis, LocalDate monday, UnitFormat units) {
        if (analysis.isEmpty()) {
            return new Summary(List.of(), Optional.of("Load analysis not available"));
        }
        WeekSummary w = analysis.get().week(monday);
        WeekLogSummary done = WeekLogSummary.of(plan, monday, today.get(), analysis);
        List<SummaryItem> items = List.of(
                new SummaryItem("load", "Load done", String.format(Locale.ROOT, "%.0f of %.0f", w.doneAu(),
                        w.plannedAu()),
                        "Session-RPE load: effort (0-10) times minutes, raised by pack mass and climb. Planned: "
                        + "every session and trip day of the week; done: every outing logged."),
                new SummaryItem("distance", "Distance done", doneOfPlanned(units, done.doneKm(),
                        done.plannedKm()), "Distance of the planned sessions and trip days against the distance of "
                        + "the outings logged this week, planned or not."),
                new SummaryItem("running", "Running done", doneOfPlanned(units, done.doneRunningKm(),
                        done.plannedRunningKm()), "Distance of the planned runs (trail runs, runs with pack) against "
                        + "the runs logged this week."),
                new SummaryItem("sessions", "Sessions done", done.done() + " of " + done.planned(),
                        "Planned sessions logged so far (" + done.sessionDetails() + "). Within 20 % of the "
                        + "planned duration is as planned; a day that passed without a log is missed."),
                new SummaryItem("climb", "Climb", units.climb(w.climbM()),
                        "Total ascent of the week: logged where an outing is logged, else as planned."),
                new SummaryItem("heaviest-pack", "Heaviest pack",
                        w.heaviestPackKg() > 0 ? units.mass(w.heaviestPackKg()) : "none",
                        "The heaviest pack carried on any day this week."),
                new SummaryItem("pack-load", "Pack load", units.massDistance(w.packKgKm()),
                        "Pack mass times distance carried, summed over the week."),
                new SummaryItem("rest-days", "Rest days", Integer.toString(w.restDays()),
                        "Days without training or with only a rest session."),
                new SummaryItem("acwr", "ACWR", metric(w.acwr(), "%.2f"),
                        "Acute:chronic workload ratio on Sunday: this week's load against the last four weeks'."));
        return new Summary(items, Optional.empty());
    }

    /** "10 of 46 km": done of planned, like the load and the sessions. */
    private static String doneOfPlanned(UnitFormat units, double doneKm, double plannedKm) {
        return units.distanceNumber(doneKm * 1000) + " of " + units.distance(plannedKm * 1000);
    }

    private static String metric(Metric m, String format) {
        return m.asOptional().map(v -> String.format(Locale.ROOT, format, v)).orElse("–");
    }

    private static Season seasonOf(Plan plan, LocalDate monday) {
        List<Phase> phases = plan.phases().stream().sorted(Comparator.comparing(Phase::start)).toList();
        Optional<GoalEvent> goal = plan.goals().stream().filter(g -> !g.date().isBefore(monday))
                .min(Comparator.comparing(GoalEvent::date));
        if (phases.isEmpty()) {
            String h = goal.map(g -> weeksTo(monday, g)).orElse("No season phases yet");
            return new Season(List.of(), 0, 0, Optional.empty(), h);
        }
        LocalDate from = phases.get(0).start();
        LocalDate to = phases.get(phases.size() - 1).end();
        if (goal.isPresent() && goal.get().date().isAfter(to)) {
            to = goal.get().date();
        }
        double total = ChronoUnit.DAYS.between(from, to) + 1.0;
        List<SeasonSegment> segments = new ArrayList<>();
        String headline = "Outside the season's phases";
        for (Phase p : phases) {
            boolean current = p.covers(monday) || p.covers(monday.plusDays(6));
            double start = ChronoUnit.DAYS.between(from, p.start()) / total;
            double width = (ChronoUnit.DAYS.between(p.start(), p.end()) + 1) / total;
            segments.add(new SeasonSegment(p.kind(), p.kind().label(), start, width, current));
            if (p.covers(monday) || (current && headline.startsWith("Outside"))) {
                long weeks = (ChronoUnit.DAYS.between(Weeks.monday(p.start()), Weeks.monday(p.end())) / 7) + 1;
                long nth = ChronoUnit.DAYS.between(Weeks.monday(p.start()), monday) / 7 + 1;
                headline = p.kind().label() + ", week " + Math.max(1, nth) + " of " + weeks;
            }
        }
        double weekFrom = ChronoUnit.DAYS.between(from, monday) / total;
        Optional<Double> goalAt = goal.map(g -> ChronoUnit.DAYS.between(from, g.date()) / total);
        if (goal.isPresent()) {
            headline += "  ·  " + weeksTo(monday, goal.get());
        }
        return new Season(segments, weekFrom, 7 / total, goalAt, headline);
    }

    private static String weeksTo(LocalDate monday, GoalEvent goal) {
        long weeks = ChronoUnit.DAYS.between(monday, Weeks.monday(goal.date())) / 7;
        if (weeks == 0) {
            return goal.title() + " this week";
        }
        return weeks + (weeks == 1 ? " week to " : " weeks to ") + goal.title();
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

    private Optional<Session> selectedSession() {
        return selected.get().flatMap(id -> doc.getPlan().session(id));
    }

    // ---- editing ----

    public void addSession() {
        addSession(focusedDay.get() == null ? weekStart() : focusedDay.get());
    }

    public void addSession(LocalDate date) {
        var editor = SessionEditorViewModel.forNew(date, doc.getPlan().athlete());
        dialogs.editSession(editor).ifPresent(s -> {
            doc.apply("Add " + s.displayTitle(), p -> p.withSession(s));
            select(s.id());
        });
    }

    public void editSelected() {
        selected.get().ifPresent(this::editSession);
    }

    public void editSession(SessionId id) {
        doc.getPlan().session(id).ifPresent(existing -> {
            var editor = SessionEditorViewModel.forEdit(existing, doc.getPlan().athlete());
            dialogs.editSession(editor).ifPresent(s -> {
                doc.apply("Edit " + s.displayTitle(), p -> p.withSession(s));
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
            doc.apply("Move " + s.displayTitle() + " to " + DAY_NAME.format(to), p -> p.withSession(s.withDate(to)));
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
            doc.apply("Copy " + s.displayTitle() + " to " + DAY_NAME.format(to), p -> p.withSession(copy));
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
            doc.apply("Paste " + s.displayTitle() + " on " + DAY_NAME.format(target), p -> p.withSession(copy));
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
            dialogs.showInfo("Copy last week", "The week before " + DAY.format(monday)
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
        return !s.isRest() && !s.date().isAfter(today.get());
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
        dialogs.editTrip(TripEditorViewModel.forNew(start, doc.getPlan().athlete()))
                .ifPresent(t -> doc.apply("Add trip " + t.title(), p -> p.withTrip(t)));
    }

    public void editTrip(TripId id) {
        doc.getPlan().trip(id).ifPresent(existing -> dialogs
                .editTrip(TripEditorViewModel.forEdit(existing, doc.getPlan().athlete()))
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
