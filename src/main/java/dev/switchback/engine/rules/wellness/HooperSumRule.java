package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hooper sum above 12 on 3 or more consecutive days: WARN. A missing check-in breaks the run.
 * Thresholds {@code sumAbove} (strict) and {@code days} (at least).
 */
public final class HooperSumRule implements Rule {
    public static final String ID = "wellness-hooper-sum";
    static final Source SOURCE = new Source(
            "Hooper & Mackinnon 1995 (index); practitioner band: sum > 12 is high fatigue", Evidence.SECONDARY);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "High Hooper sum several days running";
    }

    @Override
    public List<Finding> check(WeekContext week) {
        double sumAbove = week.threshold(ID, "sumAbove");
        double minDays = week.threshold(ID, "days");
        var plan = week.plan();
        List<LocalDate> high = plan.wellness().stream()
                .filter(w -> w.hooperSum() > sumAbove)
                .map(Wellness::date)
                .toList();
        var findings = new ArrayList<Finding>();
        for (List<LocalDate> run : Signals.runs(high)) {
            List<LocalDate> visible = Signals.visiblePart(run, week);
            if (visible.size() < minDays) {
                continue;
            }
            LocalDate first = visible.get(0);
            LocalDate last = visible.get(visible.size() - 1);
            int peak = visible.stream().mapToInt(d -> plan.wellnessOn(d).orElseThrow().hooperSum()).max().orElse(0);
            String message = "Hooper sum above " + Signals.num(sumAbove) + " on " + visible.size()
                    + " days in a row, " + Signals.span(first, last) + " (highest " + peak + " of 28).";
            String why = "Sleep, stress, fatigue and soreness together read as high fatigue; several such days"
                    + " in a row are an early sign of overreaching, and easy days now cost less than weeks later.";
            findings.add(new Finding(ID, Severity.WARN, week.weekStart(), visible, visible.size(), minDays,
                    "days in a row", message, why, SOURCE,
                    Signals.easeNextHard(plan, last, "Keep the next days easy until the Hooper sum is "
                            + Signals.num(sumAbove) + " or less again.")));
        }
        return findings;
    }
}
