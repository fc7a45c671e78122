package dev.switchback.ui.charts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One week of the charts, in the user's units.
 *
 * @param label the category shown under the bars, e.g. "23 Nov"
 * @param onScreen the week the week view shows
 * @param inPlan the week touches the plan's dates; outside it nothing is drawn but empty bars
 * @param plannedAu planned session-RPE load
 * @param doneAu logged load
 * @param acwr EWMA acute:chronic ratio on the week's last day; empty without 28 days of history
 * @param ctl fitness on the week's last day, AU/day
 * @param atl fatigue on the week's last day, AU/day
 * @param tsb form (CTL - ATL) on the week's last day
 * @param formPct TSB / CTL x 100
 * @param heaviestPack heaviest pack of the week, kg or lb
 * @param packPctBody heaviest pack as percent of body mass
 * @param carried pack mass x distance summed over the week, kg-km or lb-mi
 */
public record WeekPoint(
        LocalDate weekStart,
        String label,
        boolean onScreen,
        boolean inPlan,
        double plannedAu,
        double doneAu,
        Optional<Double> acwr,
        Optional<Double> ctl,
        Optional<Double> atl,
        Optional<Double> tsb,
        Optional<Double> formPct,
        double heaviestPack,
        double packPctBody,
        double carried) {
}
