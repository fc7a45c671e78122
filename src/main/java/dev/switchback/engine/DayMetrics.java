package dev.switchback.engine;

import java.time.LocalDate;

/**
 * Rolling metrics on one day, computed over the combined (done, else planned) load series.
 *
 * @param acwr EWMA acute:chronic workload ratio (Williams 2017, 7/28 days)
 * @param ctl chronic training load, 42-day exponential average, AU/day
 * @param atl acute training load, 7-day exponential average, AU/day
 * @param tsb training stress balance, CTL - ATL
 * @param formPct TSB / CTL x 100
 * @param monotony mean / SD of the last 7 days' loads (Foster 1998), capped
 * @param strain weekly load x monotony
 */
public record DayMetrics(
        LocalDate date,
        Metric acwr,
        Metric ctl,
        Metric atl,
        Metric tsb,
        Metric formPct,
        Metric monotony,
        Metric strain) {
}
