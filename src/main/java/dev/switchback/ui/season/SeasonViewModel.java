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
            goals.add(t.title() + " · " + t.start());
        }
        selectedGoal.addListener((o, a, b) -> clear());
        replace.addListener((o, a, b) -> clear());
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

    private SeasonRequest request() {
        Trip t = goalTrips.get(Math.max(0, Math.min(selectedGoal.get(), goalTrips.size() - 1)));
        return SeasonRequest.defaults(SeasonGoal.of(t), today.get().plusDays(1)).withReplace(replace.get());
    }

    /** Builds the season for the chosen goal and shows it; nothing changes in the plan yet. */
    public void preview() {
        if (!hasGoal()) {
            summary.set("The plan has no goal trip more than a week ahead. Mark a trip as the goal first.");
            return;
        }
        Plan plan = doc.getPlan();
        Season s = SeasonBuilder.build(plan, request(), today.get());
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
