package dev.switchback.engine.season;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.Metric;
import dev.switchback.engine.PlanAnalysis;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Where the athlete stands the day before the season starts, read from the engine's daily loads (done where
 * logged, planned elsewhere): the longest outing and biggest climb of the last 30 days, the heaviest pack of
 * the last four weeks, the most loaded descent of the last 30 days, loaded days in a row, and fitness (CTL).
 */
public record Standing(Duration longest, double climbM, double packKg, double loadedDescentM, int loadedDaysInRow,
        Metric ctl) {

    public static Standing of(PlanAnalysis a, LocalDate firstDay) {
        double longest = 0;
        double climb = 0;
        double descent = 0;
        for (int i = 1; i <= 30; i++) {
            LocalDate d = firstDay.minusDays(i);
            DayLoad l = a.day(d);
            longest = Math.max(longest, l.longestMinutes());
            climb = Math.max(climb, l.climbM());
            descent = Math.max(descent, a.loadedDescentM(d));
        }
        double pack = 0;
        int run = 0;
        int best = 0;
        for (int i = 28; i >= 1; i--) {
            DayLoad l = a.day(firstDay.minusDays(i));
            pack = Math.max(pack, l.heaviestPackKg());
            run = l.heaviestPackKg() > 0 ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return new Standing(Duration.ofMinutes(Math.round(longest)), climb, pack, descent, best,
                a.metrics(firstDay.minusDays(1)).ctl());
    }
}
