package dev.switchback.ui.trip;

import dev.switchback.model.Athlete;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.ui.common.ShownValue;
import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Turnaround;
import dev.switchback.ui.common.TurnaroundInput;
import dev.switchback.engine.RouteStats;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Route;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Weather;
import dev.switchback.store.StoreException;
import dev.switchback.store.gpx.GpxImporter;
import dev.switchback.ui.common.RouteSummary;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Edit buffer of a multi-day trip: title, start, terrain, goal flag and one row per day (hours,
 * distance, climb, pack, turnaround, altitudes in the table; expected conditions, the ways off
 * (bailouts) and the planned route in the selected day's detail area). The trip is rebuilt through the model on every
 * change, keeping what the editor does not show (descent, target RPE); the first refusal is shown as
 * the reason.
 */
public final class TripEditorViewModel {

    /** One day of the trip, as typed. */
    public static final class StageRow {
        private final StringProperty hours = new SimpleStringProperty(this, "hours", "");
        private final StringProperty distance = new SimpleStringProperty(this, "distance", "");
        private final StringProperty climb = new SimpleStringProperty(this, "climb", "");
        private final StringProperty pack = new SimpleStringProperty(this, "pack", "");
        // out on the trail (issue 17): turnaround, bailouts ("; " between them), sleeping altitude, high point
        private final StringProperty turnaround = new SimpleStringProperty(this, "turnaround", "");
        private final StringProperty bailouts = new SimpleStringProperty(this, "bailouts", "");
        private final StringProperty sleeping = new SimpleStringProperty(this, "sleeping", "");
        private final StringProperty highPoint = new SimpleStringProperty(this, "highPoint", "");
        // the stage's detail area under the table: expected conditions and the planned route
        private final java.util.EnumMap<Weather, BooleanProperty> conditions = new java.util.EnumMap<>(Weather.class);
        private final ObjectProperty<Optional<Route>> route = new SimpleObjectProperty<>(this, "route",
                Optional.empty());
        private final ReadOnlyStringWrapper routeError = new ReadOnlyStringWrapper(this, "routeError", "");

        StageRow() {
            for (Weather w : Weather.values()) {
                conditions.put(w, new SimpleBooleanProperty(this, w.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        /**
         * The stage as it was read (or as a route made it): what the editor does not show (descent, target
         * RPE) is kept from it; the exact values behind rounded text too.
         */
        private TripStage original = TripStage.of(Duration.ZERO, 0, 0, 0);
        private String originalTurnaround = "";
        // the exact stored values behind the rounded numbers shown (12 345 m shows as "12.3" km)
        private final ShownValue shownDistance = new ShownValue();
        private final ShownValue shownClimb = new ShownValue();
        private final ShownValue shownPack = new ShownValue();
        private final ShownValue shownSleeping = new ShownValue();
        private final ShownValue shownHigh = new ShownValue();

        private void show(TripStage s, UnitFormat units) {
            hours.set(UnitFormat.durationInput(s.duration()));
            distance.set(shownDistance.show(s.distanceM(), units.distanceNumber(s.distanceM())));
            climb.set(shownClimb.show(s.climbM(), units.climbNumber(s.climbM())));
            pack.set(shownPack.show(s.packKg(), units.massNumber(s.packKg())));
            original = s;
            originalTurnaround = TurnaroundInput.show(s.trail().turnaround(), units);
            turnaround.set(originalTurnaround);
            bailouts.set(String.join("; ", s.trail().bailouts()));
            sleeping.set(s.sleepingAltitudeM().map(a -> shownSleeping.show(a, units.climbNumber(a))).orElse(""));
            highPoint.set(s.highPointM().map(a -> shownHigh.show(a, units.climbNumber(a))).orElse(""));
            conditions.forEach((w, p) -> p.set(s.trail().conditions().contains(w)));
            route.set(s.trail().route());
        }

        /**
         * The descent the stage is rebuilt with. The editor has no descent field: a stage whose descent
         * was its climb (every stage typed here, a loop) keeps going down what it climbs as the climb is
         * edited; any other descent (a file's, a route's) is kept as it is.
         */
        private double descent(double climbM) {
            return original.descentM() == original.climbM() ? climbM : original.descentM();
        }

        private Optional<Double> altitude(String what, String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            // an untouched altitude keeps its exact value (2,400 m shows as 7874 ft, which reads back 2,399.99 m)
            ShownValue shown = what.startsWith("High") ? shownHigh : shownSleeping;
            return Optional.of(shown.read(text, t -> unitsForAltitude.read(Measure.CLIMB,
                    unitsForAltitude.label(what, Measure.CLIMB), t).orElseThrow()));
        }

        private UnitFormat unitsForAltitude = UnitFormat.of(dev.switchback.model.Units.METRIC);

        private TrailPlan trail() {
            Optional<Turnaround> t = turnaround.get().strip().equals(originalTurnaround)
                    ? original.trail().turnaround() : TurnaroundInput.parse(turnaround.get());
            List<String> lines = java.util.Arrays.stream(bailouts.get().split(";")).map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            Set<Weather> expected = EnumSet.noneOf(Weather.class);
            conditions.forEach((w, p) -> {
                if (p.get()) {
                    expected.add(w);
                }
            });
            return original.trail().withTurnaround(t).withBailouts(lines).withConditions(expected)
                    .withRoute(route.get());
        }

        private TripStage stage(UnitFormat units) {
            unitsForAltitude = units;
            // every field of the stage is passed: TripStage.of would drop its descent and target RPE
            double climbM = shownClimb.read(climb.get(),
                    t -> units.readOrZero(Measure.CLIMB, units.label("Climb", Measure.CLIMB), t));
            return new TripStage(UnitFormat.readDurationOrZero("Hours", hours.get()),
                    shownDistance.read(distance.get(), t -> units.readOrZero(Measure.DISTANCE, units.label("Distance", Measure.DISTANCE), t)),
                    climbM, descent(climbM),
                    shownPack.read(pack.get(), t -> units.readOrZero(Measure.MASS, units.label("Pack", Measure.MASS), t)),
                    original.targetRpe(), trail(),
                    altitude("Sleeping altitude", sleeping.get()), altitude("High point", highPoint.get()));
        }

        /**
         * Why the value typed in one column ("hours", "distance", "climb" or "pack") cannot be
         * taken, in the model's words; empty when it can. The table marks that cell with it.
         */
        public Optional<String> problem(String field, UnitFormat units) {
            try {
                switch (field) {
                    case "hours" -> UnitFormat.readDurationOrZero("Hours", hours.get());
                    case "distance" -> shownDistance.read(distance.get(), t -> units.readOrZero(Measure.DISTANCE, units.label("Distance", Measure.DISTANCE), t));
                    case "climb" -> shownClimb.read(climb.get(), t -> units.readOrZero(Measure.CLIMB, units.label("Climb", Measure.CLIMB), t));
                    case "pack" -> shownPack.read(pack.get(), t -> units.readOrZero(Measure.MASS, units.label("Pack", Measure.MASS), t));
                    case "turnaround" -> trail();
                    case "bailouts" -> trail();
                    case "sleeping" -> altitude("Sleeping altitude", sleeping.get());
                    case "highPoint" -> altitude("High point", highPoint.get());
                    default -> throw new IllegalArgumentException("No column " + field);
                }
                stage(units);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                String m = e.getMessage() == null ? "" : e.getMessage();
                String word = switch (field) {
                    case "hours" -> "duration|hours|time";
                    case "turnaround" -> "turnaround";
                    case "bailouts" -> "bailout";
                    case "sleeping" -> "sleeping altitude";
                    case "highPoint" -> "high point";
                    default -> field;
                };
                boolean ours = m.toLowerCase(java.util.Locale.ROOT).matches("(?s).*(" + word + ").*");
                return ours ? Optional.of(m) : Optional.empty();
            }
        }

        /**
         * Attaches the GPX route in {@code file} to this stage (a planner's route or a track; times are not
         * needed) and takes the stage's distance, climb and descent from it, as the session editor does. A
         * file that cannot be read leaves the stage as it was and says why ({@link #routeErrorProperty}).
         */
        public void attachRoute(java.nio.file.Path file, UnitFormat units) {
            attachRoute(file, units, dev.switchback.ui.common.BackgroundRunner.inline());
        }

        /** {@link #attachRoute(java.nio.file.Path, UnitFormat)} with the file read by {@code runner}. */
        public void attachRoute(java.nio.file.Path file, UnitFormat units,
                dev.switchback.ui.common.BackgroundRunner runner) {
            runner.run("Reading the route " + file.getFileName(), () -> GpxImporter.readRoute(file),
                    r -> attach(r, units), (StoreException e) -> routeError.set(e.getMessage()));
        }

        private void attach(Route r, UnitFormat units) {
            routeError.set("");
            RouteStats stats = RouteStats.of(r);
            double climbM = stats.hasElevation() ? stats.climbM() : original.climbM();
            double descentM = stats.hasElevation() ? stats.descentM() : original.descentM();
            original = new TripStage(original.duration(), stats.distanceM(), climbM, descentM, original.packKg(),
                    original.targetRpe(), original.trail(), original.sleepingAltitudeM(), original.highPointM());
            distance.set(shownDistance.show(stats.distanceM(), units.distanceNumber(stats.distanceM())));
            climb.set(shownClimb.show(climbM, units.climbNumber(climbM)));
            route.set(Optional.of(r));
        }

        /** Takes the route off the stage; its distance, climb and descent stay as the route left them. */
        public void removeRoute() {
            routeError.set("");
            route.set(Optional.empty());
        }

        public BooleanProperty conditionProperty(Weather w) {
            return conditions.get(w);
        }

        public ObjectProperty<Optional<Route>> routeProperty() {
            return route;
        }

        /** Why the last GPX file could not be attached; blank when it could. */
        public ReadOnlyStringProperty routeErrorProperty() {
            return routeError.getReadOnlyProperty();
        }

        public StringProperty hoursProperty() {
            return hours;
        }

        public StringProperty distanceProperty() {
            return distance;
        }

        public StringProperty climbProperty() {
            return climb;
        }

        public StringProperty packProperty() {
            return pack;
        }

        public StringProperty turnaroundProperty() {
            return turnaround;
        }

        public StringProperty bailoutsProperty() {
            return bailouts;
        }

        public StringProperty sleepingProperty() {
            return sleeping;
        }

        public StringProperty highPointProperty() {
            return highPoint;
        }
    }

    private final UnitFormat units;
    private final TripId id;
    private final boolean isNew;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<Terrain> terrain = new SimpleObjectProperty<>(this, "terrain", Terrain.TRAIL);
    private final BooleanProperty goal = new SimpleBooleanProperty(this, "goal");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<StageRow> stages = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.hours, r.distance, r.climb, r.pack, r.turnaround, r.bailouts,
                r.sleeping, r.highPoint, r.route, r.conditions.get(Weather.HOT), r.conditions.get(Weather.COLD),
                r.conditions.get(Weather.WINDY), r.conditions.get(Weather.WET)});
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private Optional<Trip> built = Optional.empty();
    private final double bodyKg;
    private List<OutingLog> logs = List.of();

    private TripEditorViewModel(Trip trip, boolean isNew, Athlete athlete) {
        this.units = UnitFormat.of(athlete.units());
        this.bodyKg = athlete.bodyMassKg();
        this.id = trip.id();
        this.isNew = isNew;
        title.set(trip.title());
        start.set(trip.start());
        terrain.set(trip.terrain());
        goal.set(trip.goal());
        notes.set(trip.notes());
        for (TripStage s : trip.stages()) {
            StageRow r = new StageRow();
            r.show(s, units);
            stages.add(r);
        }
        title.addListener(x -> validate());
        start.addListener(x -> validate());
        terrain.addListener(x -> validate());
        goal.addListener(x -> validate());
        notes.addListener(x -> validate());
        stages.addListener((javafx.collections.ListChangeListener<StageRow>) c -> validate());
        validate();
    }

    /** A new two-day trip from {@code start}: 6 h, 20 km, 800 m, 12 kg a day to start from. */
    public static TripEditorViewModel forNew(LocalDate start, Athlete athlete) {
        TripStage day = TripStage.of(Duration.ofHours(6), 20_000, 800, 12);
        return new TripEditorViewModel(new Trip(TripId.random(), "Trip", start, List.of(day, day), Terrain.TRAIL,
                false, ""), true, athlete);
    }

    public static TripEditorViewModel forEdit(Trip trip, Athlete athlete) {
        return new TripEditorViewModel(trip, false, athlete);
    }

    public String heading() {
        return isNew ? "New trip" : "Edit trip";
    }

    public UnitFormat units() {
        return units;
    }

    /** Adds a day at the end, a copy of the last one. */
    public void addDay() {
        StageRow r = new StageRow();
        if (!stages.isEmpty()) {
            StageRow last = stages.get(stages.size() - 1);
            r.shownDistance.copyFrom(last.shownDistance);
            r.shownClimb.copyFrom(last.shownClimb);
            r.shownPack.copyFrom(last.shownPack);
            r.hours.set(last.hours.get());
            r.distance.set(last.distance.get());
            r.climb.set(last.climb.get());
            r.pack.set(last.pack.get());
            r.shownSleeping.copyFrom(last.shownSleeping);
            r.sleeping.set(last.sleeping.get());
            r.conditions.forEach((w, p) -> p.set(last.conditions.get(w).get()));
        } else {
            r.hours.set("6:00");
        }
        stages.add(r);
    }

    /** The athlete's logged outings, which correct a route's predicted time (the plan's logs). */
    public TripEditorViewModel useLogs(List<OutingLog> v) {
        logs = List.copyOf(v);
        return this;
    }

    /**
     * The figures and predicted moving time of {@code row}'s route with its basis, as the session editor
     * shows them: a stage is a backpacking day on the trip's terrain with the stage's pack.
     */
    public String routeSummary(StageRow row) {
        double pack;
        try {
            pack = row.shownPack.read(row.pack.get(),
                    t -> units.readOrZero(Measure.MASS, units.label("Pack", Measure.MASS), t));
        } catch (IllegalArgumentException e) {
            pack = row.original.packKg();
        }
        Terrain t = terrain.get() == null ? Terrain.TRAIL : terrain.get();
        return RouteSummary.of(row.route.get(), SessionKind.BACKPACKING_DAY, t, pack, bodyKg, logs, units);
    }

    public void removeDay(int index) {
        if (index >= 0 && index < stages.size()) {
            stages.remove(index);
        }
    }

    private void validate() {
        try {
            List<TripStage> list = new ArrayList<>();
            for (int i = 0; i < stages.size(); i++) {
                StageRow r = stages.get(i);
                String day = "Day " + (i + 1) + ": ";
                try {
                    list.add(r.stage(units));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(day + e.getMessage(), e);
                }
            }
            if (start.get() == null) {
                throw new IllegalArgumentException("Start date is required");
            }
            built = Optional.of(new Trip(id, title.get(), start.get(), list, terrain.get(), goal.get(), notes.get()));
            error.set("");
        } catch (IllegalArgumentException e) {
            built = Optional.empty();
            error.set(e.getMessage());
        }
        valid.set(built.isPresent());
    }

    public Optional<Trip> result() {
        return built;
    }

    public ObservableList<StageRow> stages() {
        return stages;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<Terrain> terrainProperty() {
        return terrain;
    }

    public BooleanProperty goalProperty() {
        return goal;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
