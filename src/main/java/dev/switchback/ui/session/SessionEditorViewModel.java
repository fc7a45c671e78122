package dev.switchback.ui.session;

import dev.switchback.model.Athlete;
import dev.switchback.model.Intention;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.ui.common.ShownValue;
import dev.switchback.format.Dates;
import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import dev.switchback.engine.RouteStats;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Route;
import dev.switchback.model.Turnaround;
import dev.switchback.model.Weather;
import dev.switchback.store.StoreException;
import dev.switchback.store.gpx.GpxImporter;
import dev.switchback.ui.common.TurnaroundInput;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The edit buffer behind the session editor: one text property per field in the user's units,
 * and next to each an error property holding the reason the value is refused. The reasons come
 * from the model itself: each field is tried on a valid session with {@code withX}, so the editor
 * refuses exactly what {@link Session} refuses, with the model's own sentence.
 */
public final class SessionEditorViewModel {

    /** The fields that can carry an error; {@link #FORM} is for rules across fields. */
    public enum Field { DATE, START_TIME, TITLE, DURATION, DISTANCE, CLIMB, DESCENT, PACK, RPE, HR_ZONE, NOTES, NEXT_DAY, TURNAROUND, BAILOUTS, ROUTE, FORM }

    private final UnitFormat units;
    private final Athlete athlete;
    private final SessionId id;
    private final boolean isNew;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<SessionKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Intention> intention = new SimpleObjectProperty<>(this, "intention");
    private final ObjectProperty<Terrain> terrain = new SimpleObjectProperty<>(this, "terrain");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "");
    private final StringProperty distance = new SimpleStringProperty(this, "distance", "");
    private final StringProperty climb = new SimpleStringProperty(this, "climb", "");
    private final StringProperty descent = new SimpleStringProperty(this, "descent", "");
    private final StringProperty pack = new SimpleStringProperty(this, "pack", "");
    private final StringProperty targetRpe = new SimpleStringProperty(this, "targetRpe", "");
    private final StringProperty hrZone = new SimpleStringProperty(this, "hrZone", "");
    private final StringProperty startTime = new SimpleStringProperty(this, "startTime", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty nextDayPlan = new SimpleStringProperty(this, "nextDayPlan", "");
    // out on the trail (issue 17): offered for long days
    private final StringProperty turnaround = new SimpleStringProperty(this, "turnaround", "");
    private final StringProperty bailouts = new SimpleStringProperty(this, "bailouts", "");
    private final java.util.EnumMap<Weather, BooleanProperty> conditions = new java.util.EnumMap<>(Weather.class);
    private final ObjectProperty<Optional<Route>> route = new SimpleObjectProperty<>(this, "route", Optional.empty());
    private final ReadOnlyStringWrapper routeSummary = new ReadOnlyStringWrapper(this, "routeSummary", "");
    private final ReadOnlyBooleanWrapper longDay = new ReadOnlyBooleanWrapper(this, "longDay");
    private final Optional<Turnaround> startTurnaround;
    private final String startTurnaroundText;
    private List<OutingLog> logs = List.of();

    private final java.util.EnumMap<Field, ReadOnlyStringWrapper> errors = new java.util.EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper packShare = new ReadOnlyStringWrapper(this, "packShare", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private Optional<Session> built = Optional.empty();

    // the exact stored values behind the rounded numbers shown (12 345 m shows as "12.3" km)
    private final ShownValue shownDistance = new ShownValue();
    private final ShownValue shownClimb = new ShownValue();
    private final ShownValue shownDescent = new ShownValue();
    private final ShownValue shownPack = new ShownValue();

    private SessionEditorViewModel(Session start, boolean isNew, Athlete athlete) {
        this.units = UnitFormat.of(athlete.units());
        this.athlete = athlete;
        this.id = start.id();
        this.isNew = isNew;
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(this, f.name().toLowerCase(Locale.ROOT) + "Error", ""));
        }
        date.set(start.date());
        kind.set(start.kind());
        intention.set(start.intention());
        terrain.set(start.terrain());
        title.set(start.title());
        duration.set(UnitFormat.durationInput(start.duration()));
        distance.set(shownDistance.show(start.distanceM(),
                start.distanceM() == 0 ? "" : units.distanceNumber(start.distanceM())));
        climb.set(shownClimb.show(start.climbM(), start.climbM() == 0 ? "" : units.climbNumber(start.climbM())));
        descent.set(shownDescent.show(start.descentM(),
                start.descentM() == 0 ? "" : units.climbNumber(start.descentM())));
        pack.set(shownPack.show(start.packKg(), start.packKg() == 0 ? "" : units.massNumber(start.packKg())));
        targetRpe.set(start.targetRpe().map(UnitFormat::plain).orElse(""));
        hrZone.set(start.targetHrZone().map(String::valueOf).orElse(""));
        startTime.set(start.startTime().map(SessionEditorViewModel::timeText).orElse(""));
        notes.set(start.notes());
        nextDayPlan.set(start.nextDayPlan());
        startTurnaround = start.trail().turnaround();
        startTurnaroundText = TurnaroundInput.show(startTurnaround, units);
        turnaround.set(startTurnaroundText);
        bailouts.set(String.join("\n", start.trail().bailouts()));
        for (Weather w : Weather.values()) {
            conditions.put(w, new SimpleBooleanProperty(this, w.name().toLowerCase(Locale.ROOT),
                    start.trail().conditions().contains(w)));
        }
        route.set(start.trail().route());
        Observable[] inputs = {date, kind, intention, terrain, title, duration, distance, climb, descent, pack,
            targetRpe, hrZone, notes, nextDayPlan, startTime, turnaround, bailouts, route,
            conditions.get(Weather.HOT), conditions.get(Weather.COLD), conditions.get(Weather.WINDY),
            conditions.get(Weather.WET)};
        kind.addListener((obs, was, now) -> {
            if (now == SessionKind.REST) {
                duration.set("0:00");
                distance.set("");
                pack.set("");
            }
        });
        for (Observable o : inputs) {
            o.addListener(x -> validate());
        }
        validate();
    }

    /** A new session on {@code date}: a one-hour trail run to start from. */
    public static SessionEditorViewModel forNew(LocalDate date, Athlete athlete) {
        return new SessionEditorViewModel(Session.of(date, SessionKind.TRAIL_RUN, "", Duration.ofHours(1)), true,
                athlete);
    }

    public static SessionEditorViewModel forEdit(Session existing, Athlete athlete) {
        return new SessionEditorViewModel(existing, false, athlete);
    }

    public boolean isNew() {
        return isNew;
    }

    public String heading() {
        return isNew ? "New session" : "Edit session";
    }

    public UnitFormat units() {
        return units;
    }

    private void validate() {
        for (ReadOnlyStringWrapper e : errors.values()) {
            e.set("");
        }
        Session base = Session.of(LocalDate.of(2000, 1, 3), SessionKind.TRAIL_RUN, "", Duration.ofHours(1))
                .withId(id);
        Session s = base;
        s = field(s, base, Field.DATE, x -> x.withDate(require("Date", date.get())));
        s = field(s, base, Field.TITLE, x -> x.withTitle(title.get()));
        s = field(s, base, Field.DURATION, x -> x.withDuration(UnitFormat.readDurationOrZero("Duration", duration.get())));
        s = field(s, base, Field.DISTANCE, x -> x.withDistanceM(shownDistance.read(distance.get(),
                t -> units.readOrZero(Measure.DISTANCE, units.label("Distance", Measure.DISTANCE), t))));
        s = field(s, base, Field.CLIMB, x -> x.withClimbM(shownClimb.read(climb.get(),
                t -> units.readOrZero(Measure.CLIMB, units.label("Climb", Measure.CLIMB), t))));
        s = field(s, base, Field.DESCENT, x -> x.withDescentM(shownDescent.read(descent.get(),
                t -> units.readOrZero(Measure.CLIMB, units.label("Descent", Measure.CLIMB), t))));
        s = field(s, base, Field.PACK, x -> x.withPackKg(shownPack.read(pack.get(),
                t -> units.readOrZero(Measure.MASS, units.label("Pack mass", Measure.MASS), t))));
        s = field(s, base, Field.RPE, x -> x.withTargetRpe(optionalNumber("Target effort (RPE)", targetRpe.get())));
        s = field(s, base, Field.HR_ZONE, x -> x.withTargetHrZone(optionalZone(hrZone.get())));
        s = field(s, base, Field.START_TIME, x -> x.withStartTime(parseStartTime(startTime.get())));
        s = field(s, base, Field.NOTES, x -> x.withNotes(notes.get()));
        s = field(s, base, Field.NEXT_DAY, x -> x.withNextDayPlan(nextDayPlan.get()));
        s = field(s, base, Field.TURNAROUND, x -> x.withTrail(x.trail().withTurnaround(turnaroundTyped())));
        s = field(s, base, Field.BAILOUTS, x -> x.withTrail(x.trail().withBailouts(bailoutLines())));
        Set<Weather> expected = EnumSet.noneOf(Weather.class);
        conditions.forEach((w, p) -> {
            if (p.get()) {
                expected.add(w);
            }
        });
        s = s.withTrail(s.trail().withConditions(expected).withRoute(route.get()));
        boolean fieldsOk = errors.values().stream().allMatch(e -> e.get().isEmpty());
        built = Optional.empty();
        if (fieldsOk) {
            try {
                built = Optional.of(s.withKind(require("Kind", kind.get()))
                        .withIntention(require("Intention", intention.get()))
                        .withTerrain(require("Terrain", terrain.get())));
            } catch (IllegalArgumentException e) {
                errors.get(Field.FORM).set(e.getMessage());
            }
        }
        updatePackShare();
        updateTrail(built.orElse(s));
        valid.set(built.isPresent());
    }

    private Optional<Turnaround> turnaroundTyped() {
        // an untouched field keeps the exact stored value behind the rounded text ("14.1 km")
        return turnaround.get().strip().equals(startTurnaroundText) ? startTurnaround
                : TurnaroundInput.parse(turnaround.get());
    }

    private List<String> bailoutLines() {
        return bailouts.get().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Long days (2 h or more, or a pack) get the trail fields; so does any session that already has some. */
    private void updateTrail(Session typed) {
        longDay.set(typed.isLongDay() || !typed.trail().isEmpty() || !turnaround.get().isBlank()
                || !bailouts.get().isBlank());
        routeSummary.set(dev.switchback.ui.common.RouteSummary.of(route.get(), typed.kind(), typed.terrain(),
                typed.packKg(), athlete.bodyMassKg(), logs, units));
    }

    /** The athlete's logged outings, which correct the route's predicted time (the plan's logs). */
    public void useLogs(List<OutingLog> v) {
        logs = List.copyOf(v);
        validate();
    }

    /**
     * Attaches the GPX route in {@code file} (a planner's route or a track; times are not needed) and takes
     * the session's distance, climb and descent from it. A file that cannot be read leaves everything as it
     * was and says why next to the route.
     */
    public void attachRoute(java.nio.file.Path file) {
        attachRoute(file, dev.switchback.ui.common.BackgroundRunner.inline());
    }

    /** {@link #attachRoute(java.nio.file.Path)} with the file read by {@code runner} (off the FX thread). */
    public void attachRoute(java.nio.file.Path file, dev.switchback.ui.common.BackgroundRunner runner) {
        runner.run("Reading the route " + file.getFileName(), () -> GpxImporter.readRoute(file), this::attach,
                (StoreException e) -> {
                    validate();
                    errors.get(Field.ROUTE).set(e.getMessage());
                });
    }

    private void attach(Route r) {
        RouteStats stats = RouteStats.of(r);
        route.set(Optional.of(r));
        distance.set(shownDistance.show(stats.distanceM(), units.distanceNumber(stats.distanceM())));
        if (stats.hasElevation()) {
            climb.set(shownClimb.show(stats.climbM(), units.climbNumber(stats.climbM())));
            descent.set(shownDescent.show(stats.descentM(), units.climbNumber(stats.descentM())));
        }
    }

    public void removeRoute() {
        route.set(Optional.empty());
    }

    public StringProperty turnaroundProperty() {
        return turnaround;
    }

    /** Bailout options, one a line. */
    public StringProperty bailoutsProperty() {
        return bailouts;
    }

    public BooleanProperty conditionProperty(Weather w) {
        return conditions.get(w);
    }

    public ReadOnlyStringProperty routeSummaryProperty() {
        return routeSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty longDayProperty() {
        return longDay.getReadOnlyProperty();
    }

    public ObjectProperty<Optional<Route>> routeProperty() {
        return route;
    }

    /** Applies one field to the session built so far; its error, if any, goes next to that field. */
    private Session field(Session soFar, Session base, Field f, UnaryOperator<Session> set) {
        try {
            set.apply(base);
            return set.apply(soFar);
        } catch (IllegalArgumentException e) {
            errors.get(f).set(e.getMessage());
            return soFar;
        }
    }

    private void updatePackShare() {
        double kg;
        try {
            kg = units.readOrZero(Measure.MASS, "Pack mass", pack.get());
        } catch (IllegalArgumentException e) {
            packShare.set("");
            return;
        }
        if (kg <= 0) {
            packShare.set("no pack");
            return;
        }
        packShare.set(UnitFormat.percent(athlete.packFraction(kg)) + " of body mass (" + units.mass(athlete.bodyMassKg())
                + ")");
    }

    /** "7:30", "07:30", "7.30" or "7h30"; blank for no time (an all-day calendar event). */
    static Optional<java.time.LocalTime> parseStartTime(String text) {
        return Dates.readTime("Start time", text);
    }

    static String timeText(java.time.LocalTime t) {
        return Dates.time(t);
    }

    /** Planned start, "07:30"; blank means some time that day. */
    public StringProperty startTimeProperty() {
        return startTime;
    }

    private static <T> T require(String what, T value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    private static Optional<Double> optionalNumber(String what, String text) {
        return text == null || text.isBlank() ? Optional.empty() : UnitFormat.readNumber(what, text, "6");
    }

    private static Optional<Integer> optionalZone(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Heart-rate zone: \"" + text.strip() + "\" is not a whole number 1-5");
        }
    }

    /** The session as typed, if every field is acceptable. */
    public Optional<Session> result() {
        return built;
    }

    public ReadOnlyStringProperty errorProperty(Field f) {
        return errors.get(f).getReadOnlyProperty();
    }

    public String error(Field f) {
        return errors.get(f).get();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty packShareProperty() {
        return packShare.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<SessionKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Intention> intentionProperty() {
        return intention;
    }

    public ObjectProperty<Terrain> terrainProperty() {
        return terrain;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty distanceProperty() {
        return distance;
    }

    public StringProperty climbProperty() {
        return climb;
    }

    public StringProperty descentProperty() {
        return descent;
    }

    public StringProperty packProperty() {
        return pack;
    }

    public StringProperty targetRpeProperty() {
        return targetRpe;
    }

    public StringProperty hrZoneProperty() {
        return hrZone;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty nextDayPlanProperty() {
        return nextDayPlan;
    }
}
