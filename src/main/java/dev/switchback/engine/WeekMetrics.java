package dev.switchback.engine;

import dev.switchback.model.Weeks;
import java.time.LocalDate;

/**
 * The numbers of one checked week that a coach's script or a spreadsheet plots, as the window plots
 * them: its load (planned, done, counted), the week-over-week ratio, and on its Sunday the ACWR, CTL,
 * ATL, TSB, form, monotony and strain; the longest outing, the heaviest pack, kg-km carried and metres
 * descended with a pack. A {@link Metric} is {@link Metric.NotEnoughHistory} when the plan is too short
 * before the week to give it.
 */
public record WeekMetrics(
        LocalDate weekStart,
        double plannedAu,
        double doneAu,
        double loadAu,
        Metric weekOverWeek,
        Metric acwr,
        Metric ctl,
        Metric atl,
        Metric tsb,
        Metric formPct,
        Metric monotony,
        Metric strain,
        double longestMinutes,
        double heaviestPackKg,
        double packKgKm,
        double loadedDescentM) {

    /** The metrics of the ISO week containing {@code anyDay}, from the analysis's summary and series. */
    public static WeekMetrics of(PlanAnalysis analysis, LocalDate anyDay) {
        LocalDate monday = Weeks.monday(anyDay);
        WeekSummary w = analysis.week(monday);
        DayMetrics sunday = analysis.metrics(monday.plusDays(6));
        double descent = 0;
        for (int k = 0; k < 7; k++) {
            descent += analysis.loadedDescentM(monday.plusDays(k));
        }
        return new WeekMetrics(monday, w.plannedAu(), w.doneAu(), w.loadAu(), w.changeVsPrevious(), sunday.acwr(),
                sunday.ctl(), sunday.atl(), sunday.tsb(), sunday.formPct(), sunday.monotony(), sunday.strain(),
                w.longestMinutes(), w.heaviestPackKg(), w.packKgKm(), descent);
    }
}
