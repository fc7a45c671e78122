package dev.switchback.ui.log;

import dev.switchback.format.Dates;
import dev.switchback.engine.Compliance;
import dev.switchback.engine.HeartRateSummary;
import dev.switchback.engine.HeartRateZones;
import dev.switchback.engine.PlannedEffort;
import dev.switchback.model.Athlete;
import dev.switchback.model.BodyArea;
import dev.switchback.model.Feel;
import dev.switchback.model.LogId;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Weather;
import dev.switchback.store.StoreException;
import dev.switchback.store.gpx.ActivityEntry;
import dev.switchback.store.gpx.ActivityReader;
import dev.switchback.store.gpx.GpxTrack;
import dev.switchback.ui.common.BackgroundRunner;
import dev.switchback.ui.app.PlanDocument;
import dev.switchback.format.UnitFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The "Log outing" form as an edit buffer: text for every number (so a half-typed value is never
 * lost), validated into an {@link OutingLog} on save, which goes into the plan through
 * {@link PlanDocument#apply} and so can be undone.
 */
public final class OutingLogViewModel {

    private final PlanDocument document;
    private final OutingLog start;
    private final Optional<Session> planned;
    private final boolean existing;
    private final ZoneId zone;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<SessionKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "");
    private final UnitFormat units;
    private final MeasureField distance;
    private final MeasureField climb;
    private final MeasureField descent;
    private final MeasureField pack;
    private final DoubleProperty rpe = new SimpleDoubleProperty(this, "rpe");
    private final StringProperty avgHeartRate = new SimpleStringProperty(this, "avgHeartRate", "");
    private final StringProperty maxHeartRate = new SimpleStringProperty(this, "maxHeartRate", "");
    private final IntegerProperty feelBefore = new SimpleIntegerProperty(this, "feelBefore");
    private final IntegerProperty feelDuring = new SimpleIntegerProperty(this, "feelDuring");
    private final IntegerProperty feelAfter = new SimpleIntegerProperty(this, "feelAfter");
    private final StringProperty feelBeforeWords = new SimpleStringProperty(this, "feelBeforeWords", "");
    private final StringProperty feelDuringWords = new SimpleStringProperty(this, "feelDuringWords", "");
    private final StringProperty feelAfterWords = new SimpleStringProperty(this, "feelAfterWords", "");
    private final IntegerProperty sorenessLevel = new SimpleIntegerProperty(this, "sorenessLevel");
    private final ObservableSet<BodyArea> sorenessAreas = FXCollections.observableSet(EnumSet.noneOf(BodyArea.class));
    private final ObservableSet<Weather> weather = FXCollections.observableSet(EnumSet.noneOf(Weather.class));
    private final StringProperty mealsAndHydration = new SimpleStringProperty(this, "mealsAndHydration", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty nextDayPlan = new SimpleStringProperty(this, "nextDayPlan", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** Per measured field, why what is typed cannot be taken, as it is typed ("" when it can). */
    private final java.util.Map<String, ReadOnlyStringWrapper> fieldErrors = new java.util.LinkedHashMap<>();
    private final ReadOnlyStringWrapper gpxStatus = new ReadOnlyStringWrapper(this, "gpxStatus", "");
    private final ReadOnlyObjectWrapper<Optional<TrackView>> track =
            new ReadOnlyObjectWrapper<>(this, "track", Optional.empty());
    private Optional<java.time.LocalTime> startTime = Optional.empty();
    private final ReadOnlyObjectWrapper<Optional<Badge>> badge =
            new ReadOnlyObjectWrapper<>(this, "badge", Optional.empty());
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper(this, "importProgress");
    private final ReadOnlyStringWrapper importMessage = new ReadOnlyStringWrapper(this, "importMessage", "");
    private final ReadOnlyObjectWrapper<Optional<Compliance>> compliance =
            new ReadOnlyObjectWrapper<>(this, "compliance", Optional.empty());
    private final StringBinding rpeLabel = Bindings.createStringBinding(() -> Scales.rpe(rpe.get()), rpe);

    OutingLogViewModel(PlanDocument document, OutingLog start, Optional<Session> planned, boolean existing,
            ZoneId zone) {
        this.document = document;
        this.start = start;
        this.planned = planned;
        this.existing = existing;
        this.zone = zone;
        this.units = UnitFormat.of(document.getPlan().athlete().units());
        this.distance = new MeasureField(this, "distance", MeasureField.Quantity.DISTANCE, units);
        this.climb = new MeasureField(this, "climb", MeasureField.Quantity.CLIMB, units);
        this.descent = new MeasureField(this, "descent", MeasureField.Quantity.DESCENT, units);
        this.pack = new MeasureField(this, "pack", MeasureField.Quantity.PACK, units);
        load(start);
        // Each measurement is tried on its own against the model, on the outing the form started from,
        // so its reason is shown under it while typing (a rule across fields waits for Save).
        OutingLog base = start;
        watch("duration", duration, () -> base.withActuals(UnitFormat.requireDuration("Duration", duration.get()),
                base.distanceM(), base.climbM(), base.descentM(), base.packKg()));
        watch("distance", distance.text(), () -> base.withActuals(base.duration(), distance.si(), base.climbM(),
                base.descentM(), base.packKg()));
        watch("climb", climb.text(), () -> base.withActuals(base.duration(), base.distanceM(), climb.si(),
                base.descentM(), base.packKg()));
        watch("descent", descent.text(), () -> base.withActuals(base.duration(), base.distanceM(), base.climbM(),
                descent.si(), base.packKg()));
        watch("pack", pack.text(), () -> base.withActuals(base.duration(), base.distanceM(), base.climbM(),
                base.descentM(), pack.si()));
        watch("avg-hr", avgHeartRate, () -> base.withHeartRate(
                UnitFormat.readWhole("Average heart rate", avgHeartRate.get(), "142"), Optional.empty()));
        watch("max-hr", maxHeartRate, () -> base.withHeartRate(Optional.empty(),
                UnitFormat.readWhole("Maximum heart rate", maxHeartRate.get(), "171")));
        duration.addListener((obs, was, now) -> refreshCompliance());
        refreshCompliance();
    }

    /** The form for a planned session: its log if there is one, else pre-filled from the plan. */
    public static OutingLogViewModel forPlanned(PlanDocument document, SessionId id) {
        Plan plan = document.getPlan();
        Session session = plan.session(id).orElseThrow(() -> new IllegalArgumentException(
                "The session to log is no longer in the plan (" + id + ")"));
        Optional<OutingLog> logged = plan.logFor(id);
        OutingLog start = logged.orElseGet(() -> OutingLog.fromPlan(session, Math.round(plannedRpe(session, plan.athlete()))));
        return new OutingLogViewModel(document, start, Optional.of(session), logged.isPresent(),
                ZoneId.systemDefault());
    }

    /** The form for an outing that was not planned, on {@code date}. */
    public static OutingLogViewModel forUnplanned(PlanDocument document, LocalDate date) {
        OutingLog start = OutingLog.quick(date, SessionKind.TRAIL_RUN, Duration.ofMinutes(60), 4, "");
        return new OutingLogViewModel(document, start, Optional.empty(), false, ZoneId.systemDefault());
    }

    /** The form for an existing log (from the journal). */
    public static OutingLogViewModel forLog(PlanDocument document, LogId id) {
        Plan plan = document.getPlan();
        OutingLog log = plan.logs().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The outing is no longer in the plan (" + id + ")"));
        return new OutingLogViewModel(document, log, log.plannedSession().flatMap(plan::session), true,
                ZoneId.systemDefault());
    }

    /** The engine's planned effort: the target, or its estimate (to half a point) when none was planned. */
    static double plannedRpe(Session s, Athlete athlete) {
        return PlannedEffort.of(s, athlete).map(PlannedEffort::rpe).orElse(0.0);
    }

    private void load(OutingLog log) {
        date.set(log.date());
        kind.set(log.kind());
        title.set(log.title());
        duration.set(UnitFormat.durationInput(log.duration()));
        distance.show(log.distanceM());
        climb.show(log.climbM());
        descent.show(log.descentM());
        pack.show(log.packKg());
        rpe.set(log.rpe());
        avgHeartRate.set(log.avgHeartRate().map(String::valueOf).orElse(""));
        maxHeartRate.set(log.maxHeartRate().map(String::valueOf).orElse(""));
        feelBefore.set(log.feelBefore().map(Feel::score).orElse(0));
        feelDuring.set(log.feelDuring().map(Feel::score).orElse(0));
        feelAfter.set(log.feelAfter().map(Feel::score).orElse(0));
        feelBeforeWords.set(log.feelBefore().map(Feel::words).orElse(""));
        feelDuringWords.set(log.feelDuring().map(Feel::words).orElse(""));
        feelAfterWords.set(log.feelAfter().map(Feel::words).orElse(""));
        sorenessLevel.set(log.sorenessLevel().orElse(0));
        sorenessAreas.clear();
        sorenessAreas.addAll(log.sorenessAreas());
        weather.clear();
        weather.addAll(log.weather());
        mealsAndHydration.set(log.mealsAndHydration());
        notes.set(log.notes());
        nextDayPlan.set(log.nextDayPlan());
    }

    private void watch(String field, StringProperty text, Runnable check) {
        ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, field + "Error", "");
        fieldErrors.put(field, reason);
        text.addListener((obs, was, now) -> {
            try {
                check.run();
                reason.set("");
            } catch (IllegalArgumentException e) {
                reason.set(e.getMessage());
            }
        });
    }

    /**
     * Why the text of a measured field cannot be taken, updated as it is typed: {@code "duration"},
     * {@code "distance"}, {@code "climb"}, {@code "descent"}, {@code "pack"}, {@code "avg-hr"},
     * {@code "max-hr"}.
     */
    public ReadOnlyStringProperty fieldErrorProperty(String field) {
        ReadOnlyStringWrapper w = fieldErrors.get(field);
        if (w == null) {
            throw new IllegalArgumentException("No measured field " + field);
        }
        return w.getReadOnlyProperty();
    }

    private void refreshCompliance() {
        if (planned.isEmpty()) {
            compliance.set(Optional.of(Compliance.EXTRA));
        } else {
            try {
                Duration d = UnitFormat.requireDuration("Duration", duration.get());
                compliance.set(Optional.of(Compliance.ofDurations(planned.get().duration(), d)));
            } catch (IllegalArgumentException halfTyped) {
                compliance.set(Optional.empty());
            }
        }
        badge.set(compliance.get().map(c -> new Badge(c.label(), LogStyles.complianceClass(c))));
    }

    /** The compliance badge as the view shows it: "Done as planned" and its style class. */
    public record Badge(String text, String styleClass) {
    }

    /** The log the form describes; the message says which field is wrong and how. */
    public OutingLog build() {
        if (date.get() == null) {
            throw new IllegalArgumentException("Pick the day of the outing, such as 19 Nov 2026");
        }
        Duration d = UnitFormat.requireDuration("Duration", duration.get());
        double distanceM = distance.si();
        double climbM = climb.si();
        double descentM = descent.si();
        double packKg = pack.si();
        Optional<Integer> avg = UnitFormat.readWhole("Average heart rate", avgHeartRate.get(), "142");
        Optional<Integer> max = UnitFormat.readWhole("Maximum heart rate", maxHeartRate.get(), "171");
        return start.withDate(date.get())
                .withKind(kind.get())
                .withActuals(d, distanceM, climbM, descentM, packKg)
                .withRpe(rpe.get())
                .withHeartRate(avg, max)
                .withFeel(feel("before", feelBefore, feelBeforeWords), feel("during", feelDuring, feelDuringWords),
                        feel("after", feelAfter, feelAfterWords))
                .withSoreness(sorenessLevel.get() == 0 ? Optional.empty() : Optional.of(sorenessLevel.get()),
                        sorenessAreas)
                .withWeather(weather)
                .withTexts(title.get(), mealsAndHydration.get(), notes.get(), nextDayPlan.get())
                .withStartTime(startTime.or(start::startTime));
    }

    private static Optional<Feel> feel(String when, IntegerProperty score, StringProperty words) {
        if (score.get() == 0) {
            if (!words.get().isBlank()) {
                throw new IllegalArgumentException("Pick a score from 1 to 5 for how it felt " + when
                        + " to go with the words \"" + words.get().strip() + "\"");
            }
            return Optional.empty();
        }
        return Optional.of(new Feel(score.get(), words.get()));
    }

    /** Validates and puts the log into the plan (one undoable edit); false with {@link #errorProperty} set. */
    public boolean save() {
        OutingLog log;
        try {
            log = build();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
        error.set("");
        String what = (existing ? "Edit log of " : "Log ") + log.displayTitle() + " on " + Dates.weekdayDay(log.date());
        document.apply(what, p -> p.withLog(log));
        return true;
    }

    /**
     * What the imported track shows beside the form: its elevation profile (distance, elevation pairs in the
     * user's units) and the time in each heart-rate zone from the engine's summary, highest zone first, with
     * the lines under them (average and maximum, the TRIMP, or where to set the maximum heart rate).
     */
    public record TrackView(List<double[]> profile, String distanceUnit, String climbUnit, List<ZoneRow> zones,
            List<String> notes) {
        public TrackView {
            profile = List.copyOf(profile);
            zones = List.copyOf(zones);
            notes = List.copyOf(notes);
        }
    }

    /** One zone's line: "Z4", its heart rates "152-170", the time in it and its share of the timed part. */
    public record ZoneRow(int zone, String heartRates, Duration time, double fraction) {
        public String name() {
            return "Z" + zone;
        }

        /** "0:42 · 35 %". */
        public String timeText() {
            return UnitFormat.durationInput(time) + " · " + Math.round(100 * fraction) + " %";
        }
    }

    static TrackView trackView(List<double[]> profile, UnitFormat units, Optional<HeartRateSummary> heartRate,
            Optional<Integer> maxHeartRate) {
        if (heartRate.isEmpty()) {
            return new TrackView(profile, units.distanceUnit(), units.climbUnit(), List.of(),
                    List.of("No heart rate in the file."));
        }
        HeartRateSummary hr = heartRate.get();
        if (hr.zones().isEmpty() || maxHeartRate.isEmpty()) {
            return new TrackView(profile, units.distanceUnit(), units.climbUnit(), List.of(), List.of("Average "
                    + hr.average() + ", maximum " + hr.maximum() + " bpm. Set your maximum heart rate in Settings to"
                    + " see the zones."));
        }
        int max = maxHeartRate.get();
        long total = Math.max(1, hr.timed().toSeconds());
        var rows = new ArrayList<ZoneRow>();
        for (int z = HeartRateZones.ZONES; z >= 1; z--) {
            Duration d = hr.zones().get().get(z - 1);
            String range = HeartRateZones.lowerBound(z, max) + (z < HeartRateZones.ZONES
                    ? "-" + (HeartRateZones.lowerBound(z + 1, max) - 1) : "+");
            rows.add(new ZoneRow(z, range, d, (double) d.toSeconds() / total));
        }
        String trimp = hr.trimp().map(v -> "Banister TRIMP " + Math.round(v) + ", a cross-check of the RPE load.")
                .orElse("Set your resting heart rate in Settings for the Banister TRIMP.");
        return new TrackView(profile, units.distanceUnit(), units.climbUnit(), rows, List.of("Average "
                + hr.average() + ", maximum " + hr.maximum() + " bpm. Zones: % of your maximum (" + max
                + " bpm), Edwards 1993.", trimp));
    }

    /** At most this many points are drawn: a 4 h track every second has 14 400. */
    static final int PROFILE_POINTS = 400;

    /** Fills the form from imported tracks; values the files do not hold stay as they were. */
    public void applyGpx(GpxTrack track) {
        distance.show(track.distanceM());
        track.climbM().ifPresent(climb::show);
        track.descentM().ifPresent(descent::show);
        track.duration().ifPresent(d -> duration.set(UnitFormat.durationInput(d)));
        var parts = new ArrayList<String>();
        parts.add("Imported " + (track.files().size() == 1 ? track.files().get(0).getFileName().toString()
                : track.files().size() + " files") + ": " + units.distance(track.distanceM()));
        track.climbM().ifPresent(c -> parts.add(units.climb(c) + " up"));
        track.descentM().ifPresent(c -> parts.add(units.climb(c) + " down"));
        track.duration().ifPresent(d -> parts.add(UnitFormat.durationInput(d)));
        track.start().ifPresent(s -> {
            var local = s.atZone(zone);
            parts.add("started " + Dates.weekdayDay(local.toLocalDate()) + " " + Dates.time(local.toLocalTime()));
            if (planned.isEmpty()) {
                date.set(local.toLocalDate());
            }
        });
        Athlete athlete = document.getPlan().athlete();
        Optional<HeartRateSummary> hr = HeartRateZones.of(athlete, track.samples());
        hr.ifPresent(h -> {
            avgHeartRate.set(String.valueOf(Math.max(25, Math.min(250, h.average()))));
            maxHeartRate.set(String.valueOf(Math.max(25, Math.min(250, h.maximum()))));
            parts.add("heart rate " + h.average() + " avg, " + h.maximum() + " max");
            h.trimp().ifPresent(t -> parts.add("Banister TRIMP " + Math.round(t) + " (a cross-check of the"
                    + " RPE load, not added to it)"));
        });
        track.start().ifPresent(s -> {
            var local = s.atZone(zone);
            startTime = Optional.of(java.time.LocalTime.of(local.getHour(), local.getMinute()));
        });
        this.track.set(Optional.of(trackView(profile(track), units, hr, athlete.maxHeartRate())));
        String status = String.join(", ", parts) + ".";
        if (hr.isPresent() && hr.get().zones().isEmpty()) {
            status += " Set your maximum heart rate in Settings to see the time in each zone.";
        }
        if (track.climbM().isEmpty()) {
            status += " No elevations in the file: climb and descent left as they were.";
        }
        if (track.duration().isEmpty()) {
            status += " No timestamps in the file: duration left as it was.";
        }
        gpxStatus.set(status);
        error.set("");
    }

    private List<double[]> profile(GpxTrack t) {
        var points = new ArrayList<double[]>();
        var samples = t.samples().stream().filter(x -> x.elevationM().isPresent()).toList();
        int step = Math.max(1, (samples.size() + PROFILE_POINTS - 1) / PROFILE_POINTS);
        for (int i = 0; i < samples.size(); i += step) {
            var x = samples.get(i);
            points.add(new double[] {units.units().distance(x.distanceM()),
                units.units().climb(x.elevationM().orElseThrow())});
        }
        if (!samples.isEmpty() && (samples.size() - 1) % step != 0) {
            var last = samples.get(samples.size() - 1);
            points.add(new double[] {units.units().distance(last.distanceM()),
                units.units().climb(last.elevationM().orElseThrow())});
        }
        return points;
    }

    /** The last imported track's profile and heart rate, for the view; empty before an import. */
    public ReadOnlyObjectProperty<Optional<TrackView>> trackProperty() {
        return track.getReadOnlyProperty();
    }

    /** Reports a failed import; the form keeps every value it had. */
    public void gpxFailed(String message) {
        gpxStatus.set("");
        error.set(message);
    }

    /** One line on what was planned, shown above the form; empty for an unplanned outing. */
    public String plannedSummary() {
        return planned.map(s -> {
            var parts = new ArrayList<String>(List.of("Planned: " + s.displayTitle(), UnitFormat.durationInput(s.duration())));
            if (s.distanceM() > 0) {
                parts.add(units.distance(s.distanceM()));
            }
            if (s.climbM() > 0) {
                parts.add(units.climb(s.climbM()) + " climb");
            }
            if (s.packKg() > 0) {
                parts.add(units.mass(s.packKg()) + " pack");
            }
            parts.add("RPE " + UnitFormat.plain(plannedRpe(s, document.getPlan().athlete())) + (s.targetRpe().isEmpty() ? " (estimated)" : ""));
            return String.join(" · ", parts);
        }).orElse("Unplanned outing");
    }

    public String windowTitle() {
        return (existing ? "Edit outing" : "Log outing") + " - " + start.displayTitle() + ", "
                + Dates.weekdayDay(start.date());
    }

    public boolean isPlanned() {
        return planned.isPresent();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<SessionKind> kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    /** Distance in the user's unit ({@link #distanceLabel}). */
    public StringProperty distanceProperty() {
        return distance.text();
    }

    public StringProperty climbProperty() {
        return climb.text();
    }

    public StringProperty descentProperty() {
        return descent.text();
    }

    public StringProperty packProperty() {
        return pack.text();
    }

    /** "Distance (km)" or "Distance (mi)". */
    public String distanceLabel() {
        return distance.label();
    }

    public String climbLabel() {
        return climb.label();
    }

    public String descentLabel() {
        return descent.label();
    }

    /** "Pack mass (kg)" or "Pack mass (lb)". */
    public String packLabel() {
        return pack.label();
    }

    /** Example values for the prompts, in the user's units: distance, climb, pack. */
    public String distanceExample() {
        return distance.example();
    }

    public String climbExample() {
        return climb.example();
    }

    public UnitFormat units() {
        return units;
    }

    public DoubleProperty rpeProperty() {
        return rpe;
    }

    public StringBinding rpeLabel() {
        return rpeLabel;
    }

    public StringProperty avgHeartRateProperty() {
        return avgHeartRate;
    }

    public StringProperty maxHeartRateProperty() {
        return maxHeartRate;
    }

    public IntegerProperty feelBeforeProperty() {
        return feelBefore;
    }

    public IntegerProperty feelDuringProperty() {
        return feelDuring;
    }

    public IntegerProperty feelAfterProperty() {
        return feelAfter;
    }

    public StringProperty feelBeforeWordsProperty() {
        return feelBeforeWords;
    }

    public StringProperty feelDuringWordsProperty() {
        return feelDuringWords;
    }

    public StringProperty feelAfterWordsProperty() {
        return feelAfterWords;
    }

    public IntegerProperty sorenessLevelProperty() {
        return sorenessLevel;
    }

    public ObservableSet<BodyArea> sorenessAreas() {
        return sorenessAreas;
    }

    public ObservableSet<Weather> weather() {
        return weather;
    }

    public StringProperty mealsAndHydrationProperty() {
        return mealsAndHydration;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty nextDayPlanProperty() {
        return nextDayPlan;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gpxStatusProperty() {
        return gpxStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Compliance>> complianceProperty() {
        return compliance.getReadOnlyProperty();
    }

    /** {@link #complianceProperty} as the badge shows it; empty while the duration is half typed. */
    public ReadOnlyObjectProperty<Optional<Badge>> badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    /**
     * Reads the chosen activity files (GPX, TCX, FIT, also .gz; the parts of one outing combined) as long
     * work on {@code runner}, file i of n, then fills the form ({@link #applyGpx}); a file that cannot be
     * read changes nothing and says why.
     */
    public void importGpx(List<Path> files, BackgroundRunner runner) {
        if (files.isEmpty() || importing.get()) {
            return;
        }
        List<Path> chosen = List.copyOf(files);
        importing.set(true);
        importProgress.set(0);
        runner.runLong("Read the track", p -> readTracks(chosen, p), (fraction, message) -> {
            importProgress.set(fraction);
            importMessage.set(message);
        }, track -> {
            done();
            applyGpx(track);
        }, refused -> {
            done();
            gpxFailed(refused.getMessage() + " Nothing was changed.");
        });
    }

    private void done() {
        importing.set(false);
        importMessage.set("");
    }

    private static GpxTrack readTracks(List<Path> files, BackgroundRunner.Progress progress) throws StoreException {
        var tracks = new ArrayList<GpxTrack>();
        for (int i = 0; i < files.size(); i++) {
            progress.update((double) i / files.size(), "Reading " + files.get(i).getFileName() + " (" + (i + 1)
                    + " of " + files.size() + ")");
            tracks.add(ActivityReader.read(ActivityEntry.of(files.get(i))));
        }
        progress.update(1, "");
        return GpxTrack.combine(tracks);
    }

    /** True while a track is read: the import button waits, the progress shows. */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress.getReadOnlyProperty();
    }

    /** "Reading ridge.gpx (1 of 2)" while a track is read. */
    public ReadOnlyStringProperty importMessageProperty() {
        return importMessage.getReadOnlyProperty();
    }
}
