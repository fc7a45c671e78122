package dev.switchback.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A multi-day backpacking trip: one object spanning consecutive days, one {@link TripStage} a day.
 *
 * @param goal a goal trip is what the plan builds towards: it gets a taper and buffer days
 */
public record Trip(
        TripId id,
        String title,
        LocalDate start,
        List<TripStage> stages,
        Terrain terrain,
        boolean goal,
        String notes) {

    public Trip {
        Objects.requireNonNull(id, "id");
        title = Check.nonBlank("title", "Trip title", title, Limits.MAX_TITLE);
        Check.date("start", "Trip start", start);
        stages = Check.list("Trip stages", stages);
        if (stages.isEmpty() || stages.size() > Limits.MAX_TRIP_DAYS) {
            throw new InvalidField("stages", "A trip has between 1 and " + Limits.MAX_TRIP_DAYS
                    + " daily stages (was " + stages.size() + ")");
        }
        Check.date("start", "Trip end", start.plusDays(stages.size() - 1L));
        Objects.requireNonNull(terrain, "terrain");
        Check.text("notes", "Trip notes", notes, Limits.MAX_NOTE);
    }

    public LocalDate end() {
        return start.plusDays(stages.size() - 1L);
    }

    public int days() {
        return stages.size();
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }

    /** The stage walked on {@code date}; the date must be within the trip. */
    public TripStage stageOn(LocalDate date) {
        if (!covers(date)) {
            throw new IllegalArgumentException(date + " is not a day of trip " + title);
        }
        return stages.get((int) (date.toEpochDay() - start.toEpochDay()));
    }

    public double heaviestPackKg() {
        return stages.stream().mapToDouble(TripStage::packKg).max().orElse(0);
    }

    public Trip withTitle(String v) {
        return new Trip(id, v, start, stages, terrain, goal, notes);
    }

    public Trip withStart(LocalDate v) {
        return new Trip(id, title, v, stages, terrain, goal, notes);
    }

    public Trip withStages(List<TripStage> v) {
        return new Trip(id, title, start, v, terrain, goal, notes);
    }

    public Trip withTerrain(Terrain v) {
        return new Trip(id, title, start, stages, v, goal, notes);
    }

    public Trip withGoal(boolean v) {
        return new Trip(id, title, start, stages, terrain, v, notes);
    }

    public Trip withNotes(String v) {
        return new Trip(id, title, start, stages, terrain, goal, v);
    }
}
