package dev.switchback.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One planned outing on one day. Several sessions may share a day.
 *
 * @param distanceM planned distance in metres
 * @param climbM planned ascent in metres
 * @param descentM planned descent in metres
 * @param packKg pack mass carried, 0 for none
 * @param targetRpe planned effort on the CR-10 scale (0 rest .. 10 maximal); absent means "estimate it"
 * @param targetHrZone planned heart-rate zone 1..5
 * @param nextDayPlan what this session means for tomorrow ("easy 30 min if the knee is fine")
 * @param startTime planned start, time of day; empty for "some time that day" (an all-day calendar event)
 * @param trail turnaround, bailouts, expected conditions and route of a long day; {@link TrailPlan#NONE} if none
 */
public record Session(
        SessionId id,
        LocalDate date,
        SessionKind kind,
        Intention intention,
        String title,
        Duration duration,
        double distanceM,
        double climbM,
        double descentM,
        Terrain terrain,
        double packKg,
        Optional<Double> targetRpe,
        Optional<Integer> targetHrZone,
        String notes,
        String nextDayPlan,
        Optional<LocalTime> startTime,
        TrailPlan trail) {

    /** Two hours or more is a long day: the editor offers a turnaround and bailouts (issue 17). */
    public static final Duration LONG_DAY = Duration.ofHours(2);

    public Session {
        Objects.requireNonNull(trail, "trail");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(id, "id");
        Check.date("date", "Session date", date);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(intention, "intention");
        title = Check.text("title", "Title", title, Limits.MAX_TITLE).strip();
        Check.duration("duration", "Duration", duration, Limits.MAX_SESSION_DURATION);
        Check.range("distanceM", "Distance", distanceM / 1000, 0, Limits.MAX_DISTANCE_M / 1000, "km");
        Check.range("climbM", "Climb", climbM, 0, Limits.MAX_CLIMB_M, "m");
        Check.range("descentM", "Descent", descentM, 0, Limits.MAX_CLIMB_M, "m");
        Objects.requireNonNull(terrain, "terrain");
        Check.range("packKg", "Pack mass", packKg, 0, Limits.MAX_PACK_KG, "kg");
        Check.rangeD("targetRpe", "Target effort (RPE)", targetRpe, 0, Limits.MAX_RPE, "");
        Check.range("targetHrZone", "Heart-rate zone", targetHrZone, 1, 5, "");
        Check.text("notes", "Notes", notes, Limits.MAX_NOTE);
        Check.text("nextDayPlan", "Plan for the next day", nextDayPlan, Limits.MAX_NOTE);
        if (kind == SessionKind.REST && (!duration.isZero() || distanceM > 0 || packKg > 0)) {
            throw new IllegalArgumentException("A rest day has no duration, distance or pack");
        }
    }

    /** A session without a start time of day, as schema 1 files have. */
    public Session(SessionId id, LocalDate date, SessionKind kind, Intention intention, String title,
            Duration duration, double distanceM, double climbM, double descentM, Terrain terrain, double packKg,
            Optional<Double> targetRpe, Optional<Integer> targetHrZone, String notes, String nextDayPlan) {
        this(id, date, kind, intention, title, duration, distanceM, climbM, descentM, terrain, packKg, targetRpe,
                targetHrZone, notes, nextDayPlan, Optional.empty(), TrailPlan.NONE);
    }

    /** A session without a trail plan, as schema 2 files have. */
    public Session(SessionId id, LocalDate date, SessionKind kind, Intention intention, String title,
            Duration duration, double distanceM, double climbM, double descentM, Terrain terrain, double packKg,
            Optional<Double> targetRpe, Optional<Integer> targetHrZone, String notes, String nextDayPlan,
            Optional<LocalTime> startTime) {
        this(id, date, kind, intention, title, duration, distanceM, climbM, descentM, terrain, packKg, targetRpe,
                targetHrZone, notes, nextDayPlan, startTime, TrailPlan.NONE);
    }

    public Session withStartTime(Optional<LocalTime> v) {
        return new Session(id, date, kind, intention, title, duration, distanceM, climbM, descentM, terrain, packKg,
                targetRpe, targetHrZone, notes, nextDayPlan, v, trail);
    }

    /** A new session with sensible defaults for its kind; the caller sets the rest with {@code withX}. */
    public static Session of(LocalDate date, SessionKind kind, String title, Duration duration) {
        Intention intention = switch (kind) {
            case ACTIVE_RECOVERY, REST -> Intention.RECOVERY;
            case STRENGTH_MOBILITY -> Intention.TECHNIQUE;
            default -> Intention.ENDURANCE;
        };
        return new Session(SessionId.random(), date, kind, intention, title,
                kind == SessionKind.REST ? Duration.ZERO : duration, 0, 0, 0, Terrain.TRAIL, 0,
                Optional.empty(), Optional.empty(), "", "", Optional.empty(), TrailPlan.NONE);
    }

    public static Session rest(LocalDate date) {
        return of(date, SessionKind.REST, "Rest", Duration.ZERO);
    }

    public boolean isRest() {
        return kind == SessionKind.REST;
    }

    public String displayTitle() {
        return title.isEmpty() ? kind.label() : title;
    }

    public Session withId(SessionId v) {
        return new Session(v, date, kind, intention, title, duration, distanceM, climbM, descentM, terrain, packKg,
                targetRpe, targetHrZone, notes, nextDayPlan, startTime, trail);
    }

    public Session withDate(LocalDate v) {
        return new Session(id, v, kind, intention, title, duration, distanceM, climbM, descentM, terrain, packKg,
                targetRpe, targetHrZone, notes, nextDayPlan, startTime, trail);
    }

    public Session withKind(SessionKind v) {
        return new Session(id, date, v, intention, title, duration, distanceM, climbM, descentM, terrain, packKg,
                targetRpe, targetHrZone, notes, nextDayPlan, startTime, trail);
    }

    public Session withIntention(Intention v) {
        return new Session(id, date, kind, v, title, duration, distanceM, climbM, descentM, terrain, packKg,
                targetRpe, targetHrZone, notes, nextDayPlan, startTime, trail);
    }

    public Session withTitle(String v) {
        return new Session(id, date, kind, intention, v, duration, distanceM, climbM, descentM, terrain, packKg,
                targetRpe, targetHrZone, notes, nextDayPlan, startTime, trail);
    }

    public Session withDuration(Duration v) {
        return new Session(id, date, kind, intention, title, v, distanceM, climbM, descentM, terrain, packKg,
                targetRpe, targetHrZone, notes, nextDayPlan, startTime, trail);
    }

    public Session withDistanceM(double v) {
        return new Session(id, date, kind, intention, title, duration, v, climbM, descentM, terrain, packKg,
                targetRpe, targetHrZone, notes, nextDayPlan, startTime, trail);
    }

    public Session withClimbM(double v) {
        return new Session(id, date, kind, intention, title, duration, distanceM, v, descentM, terrain, packKg,
                targetRpe, targetHrZone, notes, nextDayPlan, startTime, trail);
    }

    public Session withDescentM(double v) {
        return new Session(id, date, kind, intention, title, duration, distanceM, climbM, v, terrain, packKg,
                targetRpe, targetHrZone, notes, nextDayPlan, startTime, trail);
    }

    public Session withTerrain(Terrain v) {
        return new Session(id, date, kind, intention, title, duration, distanceM, climbM, descentM, v, packKg,
                targetRpe, targetHrZone, notes, nextDayPlan, startTime, trail);
    }

    public Session withPackKg(double v) {
        return new Session(id, date, kind, intention, title, duration, distanceM, climbM, descentM, terrain, v,
                targetRpe, targetHrZone, notes, nextDayPlan, startTime, trail);
    }

    public Session withTargetRpe(Optional<Double> v) {
        return new Session(id, date, kind, intention, title, duration, distanceM, climbM, descentM, terrain, packKg,
                v, targetHrZone, notes, nextDayPlan, startTime, trail);
    }

    public Session withTargetHrZone(Optional<Integer> v) {
        return new Session(id, date, kind, intention, title, duration, distanceM, climbM, descentM, terrain, packKg,
                targetRpe, v, notes, nextDayPlan, startTime, trail);
    }

    public Session withNotes(String v) {
        return new Session(id, date, kind, intention, title, duration, distanceM, climbM, descentM, terrain, packKg,
                targetRpe, targetHrZone, v, nextDayPlan, startTime, trail);
    }

    public Session withNextDayPlan(String v) {
        return new Session(id, date, kind, intention, title, duration, distanceM, climbM, descentM, terrain, packKg,
                targetRpe, targetHrZone, notes, v, startTime, trail);
    }

    public Session withTrail(TrailPlan v) {
        return new Session(id, date, kind, intention, title, duration, distanceM, climbM, descentM, terrain, packKg,
                targetRpe, targetHrZone, notes, nextDayPlan, startTime, v);
    }

    /** Two hours or more, or a pack: a day that deserves a turnaround and bailouts. */
    public boolean isLongDay() {
        return !isRest() && (duration.compareTo(LONG_DAY) >= 0 || packKg > 0);
    }
}
