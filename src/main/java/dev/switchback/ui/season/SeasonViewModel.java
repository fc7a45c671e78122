package dev.switchback.ui.season;

import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import dev.switchback.engine.Finding;
import dev.switchback.engine.season.Season;
import dev.switchback.engine.season.SeasonBuilder;
import dev.switchback.engine.season.SeasonGoal;
import dev.switchback.engine.season.SeasonRequest;
import dev.switchback.model.Plan;
import dev.switchback.model.Trip;
import dev.switchback.model.Weeks;
import dev.switchback.ui.app.PlanDocument;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Plan > Build season...: the goal trips to choose from, whether to replace future sessions, the preview of
 * the engine's season (weeks added and changed, each track as a share of the goal week by week, the note when
 * time is short) and accepting it as one undoable edit of the plan document.
 */
public final class SeasonViewModel {
    /** One row of the preview table, in the athlete's units. */
    public record WeekRow(String week, String phase, String longDay, String pack, String climb, String load,
            String note) {
    }

    /** One progression track: its value each week as a percentage of the goal. */
    public record TrackLine(String name, List<Double> percentOfGoal) {
        public TrackLine {
            percentOfGoal = List.copyOf(percentOfGoal);
        }
    }

    private final PlanDocument doc;
    private final Supplier<LocalDate> today;
    private final List<Trip> goalTrips;
    private final ObservableList<String> goals = FXCollections.observableArrayList();
    private final IntegerProperty selectedGoal = new SimpleIntegerProperty(this, "selectedGoal", 0);
    private final BooleanProperty replace = new SimpleBooleanProperty(this, "replace", false);
    // what the athlete can give (issue 12: the training days, the long day, a weekday budget, the first day)
    private final java.util.Map<java.time.DayOfWeek, BooleanProperty> trainingDays =
            new java.util.EnumMap<>(java.time.DayOfWeek.class);
    private final javafx.beans.property.ObjectProperty<java.time.DayOfWeek> longDay =
            new javafx.beans.property.SimpleObjectProperty<>(this, "longDay");
    private final javafx.beans.property.StringProperty budget =
            new javafx.beans.property.SimpleStringProperty(this, "budget", "");
    private final javafx.beans.property.ObjectProperty<LocalDate> from =
            new javafx.beans.property.SimpleObjectProperty<>(this, "from");
    private final ObservableList<WeekRow> weeks = FXCollections.observableArrayList();
    private final ObservableList<TrackLine> tracks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper previewed = new ReadOnlyBooleanWrapper(this, "previewed", false);
    private Optional<Season> season = Optional.empty();
    private Plan previewedOn;

    public SeasonViewModel(PlanDocument doc, Supplier<LocalDate> today) {
        this.doc = doc;
        this.today = today;
        LocalDate day = today.get();
        goalTrips = doc.getPlan().trips().stream().filter(Trip::goal).filter(t -> t.start().isAfter(day.plusDays(7)))
                .sorted(java.util.Comparator.comparing(Trip::start)).toList();
        for (Trip t : goalTrips) {
            goals.add(t.title() + " · " + dev.switchback.format.Dates.dayYear(t.start()));
        }
        // the builder's defaults until the athlete changes them
        for (java.time.DayOfWeek w : java.time.DayOfWeek.values()) {
            var on = new SimpleBooleanProperty(this, w.name(), SeasonRequest.DEFAULT_DAYS.contains(w));
            on.addListener((o, a, b) -> clear());
            trainingDays.put(w, on);
        }
        longDay.set(SeasonRequest.DEFAULT_LONG_DAY);
        budget.set(UnitFormat.durationOrBlank(dev.switchback.engine.plan.Knobs.WEEKDAY_BUDGET));
        from.set(day.plusDays(1));
        selectedGoal.addListener((o, a, b) -> clear());
        replace.addListener((o, a, b) -> clear());
        longDay.addListener((o, a, b) -> clear());
        budget.addListener((o, a, b) -> clear());
        from.addListener((o, a, b) -> clear());
    }

    public ObservableList<String> goals() {
        return goals;
    }

    public IntegerProperty selectedGoalProperty() {
        return selectedGoal;
    }

    public BooleanProperty replaceProperty() {
        return replace;
    }

    /** Whether the athlete can train on {@code day}. */
    public BooleanProperty trainingDayProperty(java.time.DayOfWeek day) {
        return trainingDays.get(day);
    }

    public javafx.beans.property.ObjectProperty<java.time.DayOfWeek> longDayProperty() {
        return longDay;
    }

    /** The time an easy weekday session may take, as typed ("50 min", "0:50", "1h"). */
    public javafx.beans.property.StringProperty budgetProperty() {
        return budget;
    }

    /** The season's first day. */
    public javafx.beans.property.ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObservableList<WeekRow> weeks() {
        return weeks;
    }

    public ObservableList<TrackLine> tracks() {
        return tracks;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewedProperty() {
        return previewed.getReadOnlyProperty();
    }

    public boolean hasGoal() {
        return !goalTrips.isEmpty();
    }

    /** The request from the form; refused in words (which input, what to do) when it cannot be built from. */
    private SeasonRequest request() {
        Trip t = goalTrips.get(Math.max(0, Math.min(selectedGoal.get(), goalTrips.size() - 1)));
        var days = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
        trainingDays.forEach((w, on) -> {
            if (on.get()) {
                days.add(w);
            }
        });
        // the text is read here (the edge); the request's own checks say what else is wrong
        java.time.Duration b = UnitFormat.readDuration("Weekday budget", budget.get()).orElseThrow(
                () -> new IllegalArgumentException("Weekday budget: type the time an easy weekday run may take,"
                        + " e.g. 50 min or 1:00."));
        LocalDate first = from.get() == null ? today.get().plusDays(1) : from.get();
        if (!first.isAfter(today.get())) {
            throw new IllegalArgumentException("The season starts after today: choose "
                    + dev.switchback.format.Dates.dayYear(today.get().plusDays(1)) + " or later.");
        }
        if (!first.isBefore(t.start().minusDays(7))) {
            throw new IllegalArgumentException("The season must start at least a week before "
                    + t.title() + " (" + dev.switchback.format.Dates.dayYear(t.start()) + ").");
        }
        return new SeasonRequest(SeasonGoal.of(t), first, days, java.util.Objects.requireNonNull(longDay.get()), b,
                replace.get());
    }

    /** Builds the season for the chosen goal and shows it; nothing changes in the plan yet. */
    public void preview() {
        if (!hasGoal()) {
            summary.set("The plan has no goal trip more than a week ahead. Mark a trip as the goal first.");
            return;
        }
        Plan plan = doc.getPlan();
        SeasonRequest req;
        try {
            req = request();
        } catch (IllegalArgumentException refused) {
            clear();
            summary.set(refused.getMessage());
            return;
        }
        Season s = SeasonBuilder.build(plan, req, today.get());
        season = Optional.of(s);
        previewedOn = plan;
        var units = UnitFormat.of(plan.athlete().units());
        weeks.setAll(s.weeks().stream().map(w -> new WeekRow(Weeks.label(w.monday()).substring(5),
                w.phase().label() + (w.lighter() ? " (lighter)" : ""), UnitFormat.durationOrBlank(w.longDay()),
                units.showOrBlank(Measure.MASS, w.packKg()), units.showOrBlank(Measure.CLIMB, w.climbM()), UnitFormat.load(w.loadAu()),
                (w.changed() ? "changed" : "added") + (w.adjusted() ? ", stepped back for the rules" : ""))).toList());
        var lines = new ArrayList<TrackLine>();
        for (Season.Track t : s.tracks()) {
            if (t.target() > 0) {
                lines.add(new TrackLine(t.dimension().label(), t.byWeek().stream()
                        .map(v -> Math.round(v / t.target() * 1000) / 10.0).toList()));
            }
        }
        tracks.setAll(lines);
        long changed = s.weeks().stream().filter(Season.Week::changed).count();
        // weeks first, then sessions: "4 weeks (0 new, 4 changed) · 22 sessions added, 30 removed"
        summary.set(String.format(Locale.ROOT, "%d weeks (%d new, %d changed) · %d sessions added, %d removed",
                s.weeks().size(), s.weeks().size() - changed, changed, s.added().size(), s.removed().size()));
        var sb = new StringBuilder();
        s.timeNote().ifPresent(n -> sb.append("Not enough time: ").append(n).append(". Move the goal to about ")
                .append(dev.switchback.format.Dates.dayYear(request().from().plusWeeks(s.weeksNeeded()))).append(", lighten the trip, or accept the warnings."));
        for (Season.Shortfall f : s.shortfalls()) {
            sb.append(sb.length() > 0 ? "\n" : "").append("Short: ").append(f.dimension().label()).append(" reaches ")
                    .append(UnitFormat.percent(f.reached() / f.target())).append(" of the goal");
        }
        for (Finding f : s.warnings()) {
            sb.append(sb.length() > 0 ? "\n" : "").append(f.severity()).append(' ').append(Weeks.label(f.weekStart()))
                    .append(": ").append(f.messageIn(units));
        }
        note.set(sb.length() == 0 ? "Every week passes the rules, and the goal is reached by the taper." : sb.toString());
        previewed.set(true);
    }

    /** Puts the previewed season into the plan as one undoable edit (built again if the plan changed since). */
    public boolean accept() {
        if (season.isEmpty()) {
            return false;
        }
        Season s = season.get();
        String title = request().goal().title();
        doc.apply("Build season towards " + title, p -> p == previewedOn ? s.plan()
                : SeasonBuilder.build(p, request(), today.get()).plan());
        return true;
    }

    private void clear() {
        season = Optional.empty();
        previewed.set(false);
        weeks.clear();
        tracks.clear();
        summary.set("");
        note.set("");
    }

    /** How long the built season's first week is from today, for the dialog's header. */
    public String header() {
        return hasGoal() ? "Build a season towards a goal trip: base, build, peak and taper, each week checked by"
                + " the rules as it is built." : "No goal trip ahead";
    }

    static String minutes(Duration d) {
        return UnitFormat.durationOrBlank(d);
    }
}
