package dev.switchback.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the engine knows about one day.
 *
 * @param plannedAu load of what was planned for the day
 * @param doneAu load of what was logged for the day
 * @param loadAu the load the metrics use: done where the day has logs, else planned
 * @param runningKm kilometres of running (trail runs and runs with pack)
 * @param packKgKm pack mass x distance summed over the day's outings
 * @param longestMinutes the longest single outing of the day
 * @param rest no training load at all that day
 * @param hard a hard day as domain-notes section 8.4 defines it (not a trip day)
 * @param tripDay the day is part of a multi-day trip
 */
public record DayLoad(
        LocalDate date,
        List<SessionLoad> loads,
        double plannedAu,
        double doneAu,
        double loadAu,
        double runningKm,
        double climbM,
        double heaviestPackKg,
        double packKgKm,
        double longestMinutes,
        boolean rest,
        boolean hard,
        boolean tripDay) {
    public DayLoad {
        // the analysis hands in its own immutable list, which builds the loads (and their sentences) when read
        loads = loads instanceof DailySeries.LazyLoads ? loads : List.copyOf(loads);
    }
}
