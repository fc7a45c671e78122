package dev.switchback.engine;

import java.time.LocalDate;

/**
 * Totals of one ISO week (Monday to Sunday) for the week view, charts and the printed sheet.
 *
 * @param changeVsPrevious this week's load / last week's load
 * @param acwr the EWMA acute:chronic ratio on Sunday
 * @param formPct TSB / CTL x 100 on Sunday
 * @param ctlRampPct change of CTL over the week as percent of CTL at its start
 */
public record WeekSummary(
        LocalDate weekStart,
        double plannedAu,
        double doneAu,
        double loadAu,
        double runningKm,
        double climbM,
        double heaviestPackKg,
        double packKgKm,
        double longestMinutes,
        int restDays,
        int hardDays,
        Metric changeVsPrevious,
        Metric acwr,
        Metric monotony,
        Metric strain,
        Metric formPct,
        Metric ctlRampPct) {
}
