package dev.switchback.ui.charts;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.DayMetrics;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.engine.WeekSummary;
import dev.switchback.model.Athlete;
import dev.switchback.format.Dates;
import dev.switchback.model.Weeks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the charts' weeks from an analysis: pure, so it is tested without a screen. */
public final class ChartSeries {
    public static final int WEEKS_BEFORE = 12;
    public static final int WEEKS_AFTER = 8;

    /** REI's rule of thumb for a backpacking load (domain notes, section 3). */
    static final double PACK_CEILING_FRACTION = 0.2;


    private ChartSeries() {
    }

    /**
     * The {@value #WEEKS_BEFORE} weeks before the week on screen, that week, and the
     * {@value #WEEKS_AFTER} after it. Weeks outside the plan have no load and no metrics.
     */
    public static ChartData build(PlanAnalysis analysis, LocalDate weekOnScreen, Athlete athlete) {
        LocalDate screen = Weeks.monday(weekOnScreen);
        List<DayLoad> days = analysis.days();
        Optional<LocalDate> first = days.isEmpty() ? Optional.empty() : Optional.of(days.get(0).date());
        Optional<LocalDate> last = days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1).date());
        double mass = athlete.units().mass(1);
        double carried = athlete.units().mass(athlete.units().distance(1000));

        var weeks = new ArrayList<WeekPoint>();
        boolean missingHistory = false;
        for (int i = -WEEKS_BEFORE; i <= WEEKS_AFTER; i++) {
            LocalDate monday = screen.plusWeeks(i);
            LocalDate sunday = monday.plusDays(6);
            String label = Dates.day(monday);
            boolean inPlan = first.isPresent() && !sunday.isBefore(first.get()) && !monday.isAfter(last.get());
            if (!inPlan) {
                weeks.add(new WeekPoint(monday, label, i == 0, false, 0, 0, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, 0));
                continue;
            }
            WeekSummary w = analysis.week(monday);
            LocalDate metricDay = sunday.isAfter(last.get()) ? last.get() : sunday;
            DayMetrics m = analysis.metrics(metricDay);
            Optional<Double> acwr = w.acwr().asOptional();
            missingHistory |= (w.loadAu() > 0 || w.plannedAu() > 0) && acwr.isEmpty();
            weeks.add(new WeekPoint(monday, label, i == 0, true, w.plannedAu(), w.doneAu(), acwr,
                    m.ctl().asOptional(), m.atl().asOptional(), m.tsb().asOptional(), m.formPct().asOptional(),
                    w.heaviestPackKg() * mass, athlete.packFraction(w.heaviestPackKg()) * 100,
                    w.packKgKm() * carried));
        }
        return new ChartData(weeks, missingHistory ? MetricHelp.NOT_ENOUGH_HISTORY : "",
                athlete.units().massUnit(), athlete.units().massUnit() + "\u00b7" + athlete.units().distanceUnit(),
                athlete.bodyMassKg() * PACK_CEILING_FRACTION * mass);
    }
}
