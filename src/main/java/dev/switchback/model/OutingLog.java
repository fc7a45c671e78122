package dev.switchback.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What was actually done and how it felt: for a planned session ({@link #plannedSession}) or an
 * unplanned outing.
 *
 * <p>Scales: {@code rpe} CR-10 (0..10); feel 1 awful .. 5 great; {@code sorenessLevel},
 * {@code sleepQuality} and {@code motivation} 1 best .. 7 worst, like the Hooper index, so a higher
 * number always means "worse". {@code startTime} is the time of day the outing started, when a
 * recording said so (imported tracks); two logs of the same day, start minute and duration are the
 * same outing.
 */
public record OutingLog(
        LogId id,
        LocalDate date,
        Optional<SessionId> plannedSession,
        SessionKind kind,
        String title,
        Duration duration,
        double distanceM,
        double climbM,
        double descentM,
        double packKg,
        double rpe,
        Optional<Integer> avgHeartRate,
        Optional<Integer> maxHeartRate,
        Optional<Feel> feelBefore,
        Optional<Feel> feelDuring,
        Optional<Feel> feelAfter,
        Optional<Integer> sorenessLevel,
        Set<BodyArea> sorenessAreas,
        Optional<Double> sleepHours,
        Optional<Integer> sleepQuality,
        Optional<Integer> motivation,
        Set<Weather> weather,
        String mealsAndHydration,
        String notes,
        String nextDayPlan,
        Optional<LocalTime> startTime) {

    public OutingLog {
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(id, "id");
        Check.date("date", "Outing date", date);
        Objects.requireNonNull(plannedSession, "plannedSession");
        Objects.requireNonNull(kind, "kind");
        title = Check.text("title", "Title", title, Limits.MAX_TITLE).strip();
        Check.duration("duration", "Actual duration", duration, Limits.MAX_SESSION_DURATION);
        Check.range("distanceM", "Actual distance", distanceM / 1000, 0, Limits.MAX_DISTANCE_M / 1000, "km");
        Check.range("climbM", "Actual climb", climbM, 0, Limits.MAX_CLIMB_M, "m");
        Check.range("descentM", "Actual descent", descentM, 0, Limits.MAX_CLIMB_M, "m");
        Check.range("packKg", "Actual pack mass", packKg, 0, Limits.MAX_PACK_KG, "kg");
        Check.range("rpe", "Effort (RPE)", rpe, 0, Limits.MAX_RPE, "");
        Check.range("avgHeartRate", "Average heart rate", avgHeartRate, 25, 250, "bpm");
        Check.range("maxHeartRate", "Maximum heart rate", maxHeartRate, 25, 250, "bpm");
        if (avgHeartRate.isPresent() && maxHeartRate.isPresent() && avgHeartRate.get() > maxHeartRate.get()) {
            throw new InvalidField("avgHeartRate", "Average heart rate (" + avgHeartRate.get()
                    + " bpm) cannot be above maximum heart rate (" + maxHeartRate.get() + " bpm)");
        }
        Objects.requireNonNull(feelBefore, "feelBefore");
        Objects.requireNonNull(feelDuring, "feelDuring");
        Objects.requireNonNull(feelAfter, "feelAfter");
        Check.range("sorenessLevel", "Soreness", sorenessLevel, 1, 7, "");
        sorenessAreas = Set.copyOf(Check.list("Soreness areas", sorenessAreas));
        Check.rangeD("sleepHours", "Sleep", sleepHours, 0, 24, "h");
        Check.range("sleepQuality", "Sleep quality", sleepQuality, 1, 7, "");
        Check.range("motivation", "Motivation", motivation, 1, 7, "");
        weather = Set.copyOf(Check.list("Weather", weather));
        Check.text("mealsAndHydration", "Meals and hydration", mealsAndHydration, Limits.MAX_NOTE);
        Check.text("notes", "Notes", notes, Limits.MAX_NOTE);
        Check.text("nextDayPlan", "Plan for the next day", nextDayPlan, Limits.MAX_NOTE);
    }

    /** A log without a start time of day (as schema 1 files and hand-entered logs have). */
    public OutingLog(LogId id, LocalDate date, Optional<SessionId> plannedSession, SessionKind kind, String title,
            Duration duration, double distanceM, double climbM, double descentM, double packKg, double rpe,
            Optional<Integer> avgHeartRate, Optional<Integer> maxHeartRate, Optional<Feel> feelBefore,
            Optional<Feel> feelDuring, Optional<Feel> feelAfter, Optional<Integer> sorenessLevel,
            Set<BodyArea> sorenessAreas, Optional<Double> sleepHours, Optional<Integer> sleepQuality,
            Optional<Integer> motivation, Set<Weather> weather, String mealsAndHydration, String notes,
            String nextDayPlan) {
        this(id, date, plannedSession, kind, title, duration, distanceM, climbM, descentM, packKg, rpe, avgHeartRate,
                maxHeartRate, feelBefore, feelDuring, feelAfter, sorenessLevel, sorenessAreas, sleepHours,
                sleepQuality, motivation, weather, mealsAndHydration, notes, nextDayPlan, Optional.empty());
    }

    /** The start time of day (in the user's zone), as the watch recorded it; empty when unknown. */
    public OutingLog withStartTime(Optional<LocalTime> v) {
        return new OutingLog(id, date, plannedSession, kind, title, duration, distanceM, climbM, descentM, packKg,
                rpe, avgHeartRate, maxHeartRate, feelBefore, feelDuring, feelAfter, sorenessLevel, sorenessAreas,
                sleepHours, sleepQuality, motivation, weather, mealsAndHydration, notes, nextDayPlan, v);
    }

    /** The quick log: effort, time and one line. */
    public static OutingLog quick(LocalDate date, SessionKind kind, Duration duration, double rpe, String note) {
        return new OutingLog(LogId.random(), date, Optional.empty(), kind, "", duration, 0, 0, 0, 0, rpe,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), EnumSet.noneOf(BodyArea.class), Optional.empty(), Optional.empty(),
                Optional.empty(), EnumSet.noneOf(Weather.class), "", note, "", Optional.empty());
    }

    /** A log pre-filled from the planned session, as the "Log outing" form starts. */
    public static OutingLog fromPlan(Session planned, double rpe) {
        return new OutingLog(LogId.random(), planned.date(), Optional.of(planned.id()), planned.kind(),
                planned.title(), planned.duration(), planned.distanceM(), planned.climbM(), planned.descentM(),
                planned.packKg(), rpe, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), EnumSet.noneOf(BodyArea.class), Optional.empty(),
                Optional.empty(), Optional.empty(), EnumSet.noneOf(Weather.class), "", "", "", Optional.empty());
    }

    public String displayTitle() {
        return title.isEmpty() ? kind.label() : title;
    }

    public OutingLog withPlannedSession(Optional<SessionId> v) {
        return new OutingLog(id, date, v, kind, title, duration, distanceM, climbM, descentM, packKg, rpe,
                avgHeartRate, maxHeartRate, feelBefore, feelDuring, feelAfter, sorenessLevel, sorenessAreas,
                sleepHours, sleepQuality, motivation, weather, mealsAndHydration, notes, nextDayPlan, startTime);
    }

    public OutingLog withDate(LocalDate v) {
        return new OutingLog(id, v, plannedSession, kind, title, duration, distanceM, climbM, descentM, packKg, rpe,
                avgHeartRate, maxHeartRate, feelBefore, feelDuring, feelAfter, sorenessLevel, sorenessAreas,
                sleepHours, sleepQuality, motivation, weather, mealsAndHydration, notes, nextDayPlan, startTime);
    }

    public OutingLog withActuals(Duration dur, double distM, double climb, double descent, double pack) {
        return new OutingLog(id, date, plannedSession, kind, title, dur, distM, climb, descent, pack, rpe,
                avgHeartRate, maxHeartRate, feelBefore, feelDuring, feelAfter, sorenessLevel, sorenessAreas,
                sleepHours, sleepQuality, motivation, weather, mealsAndHydration, notes, nextDayPlan, startTime);
    }

    public OutingLog withRpe(double v) {
        return new OutingLog(id, date, plannedSession, kind, title, duration, distanceM, climbM, descentM, packKg, v,
                avgHeartRate, maxHeartRate, feelBefore, feelDuring, feelAfter, sorenessLevel, sorenessAreas,
                sleepHours, sleepQuality, motivation, weather, mealsAndHydration, notes, nextDayPlan, startTime);
    }

    public OutingLog withHeartRate(Optional<Integer> avg, Optional<Integer> max) {
        return new OutingLog(id, date, plannedSession, kind, title, duration, distanceM, climbM, descentM, packKg,
                rpe, avg, max, feelBefore, feelDuring, feelAfter, sorenessLevel, sorenessAreas,
                sleepHours, sleepQuality, motivation, weather, mealsAndHydration, notes, nextDayPlan, startTime);
    }

    public OutingLog withFeel(Optional<Feel> before, Optional<Feel> during, Optional<Feel> after) {
        return new OutingLog(id, date, plannedSession, kind, title, duration, distanceM, climbM, descentM, packKg,
                rpe, avgHeartRate, maxHeartRate, before, during, after, sorenessLevel, sorenessAreas,
                sleepHours, sleepQuality, motivation, weather, mealsAndHydration, notes, nextDayPlan, startTime);
    }

    public OutingLog withSoreness(Optional<Integer> level, Set<BodyArea> areas) {
        return new OutingLog(id, date, plannedSession, kind, title, duration, distanceM, climbM, descentM, packKg,
                rpe, avgHeartRate, maxHeartRate, feelBefore, feelDuring, feelAfter, level, areas,
                sleepHours, sleepQuality, motivation, weather, mealsAndHydration, notes, nextDayPlan, startTime);
    }

    public OutingLog withSleepAndMotivation(Optional<Double> hours, Optional<Integer> quality,
            Optional<Integer> motivationLevel) {
        return new OutingLog(id, date, plannedSession, kind, title, duration, distanceM, climbM, descentM, packKg,
                rpe, avgHeartRate, maxHeartRate, feelBefore, feelDuring, feelAfter, sorenessLevel, sorenessAreas,
                hours, quality, motivationLevel, weather, mealsAndHydration, notes, nextDayPlan, startTime);
    }

    public OutingLog withWeather(Set<Weather> v) {
        return new OutingLog(id, date, plannedSession, kind, title, duration, distanceM, climbM, descentM, packKg,
                rpe, avgHeartRate, maxHeartRate, feelBefore, feelDuring, feelAfter, sorenessLevel, sorenessAreas,
                sleepHours, sleepQuality, motivation, v, mealsAndHydration, notes, nextDayPlan, startTime);
    }

    public OutingLog withTexts(String title, String meals, String notes, String nextDay) {
        return new OutingLog(id, date, plannedSession, kind, title, duration, distanceM, climbM, descentM, packKg,
                rpe, avgHeartRate, maxHeartRate, feelBefore, feelDuring, feelAfter, sorenessLevel, sorenessAreas,
                sleepHours, sleepQuality, motivation, weather, meals, notes, nextDay, startTime);
    }

    public OutingLog withKind(SessionKind v) {
        return new OutingLog(id, date, plannedSession, v, title, duration, distanceM, climbM, descentM, packKg,
                rpe, avgHeartRate, maxHeartRate, feelBefore, feelDuring, feelAfter, sorenessLevel, sorenessAreas,
                sleepHours, sleepQuality, motivation, weather, mealsAndHydration, notes, nextDayPlan, startTime);
    }
}
