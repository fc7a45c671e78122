package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.Threshold;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.BodyArea;
import java.time.LocalDate;
import java.util.ArrayList;
import dev.switchback.model.Experience;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Soreness in the same body area logged on {@code days} (default 3) or more consecutive days: WARN.
 * A day counts for an area when any outing logged that day names the area.
 */
public final class PersistentSorenessRule implements Rule {
    public static final String ID = "persistent-soreness";
    static final Threshold DAYS = new Threshold(ID, "days");
    static final Source SOURCE = new Source(
            "Meeusen et al. 2013 consensus (persistent soreness as a sign of overreaching); 3 days: judgement",
            Evidence.JUDGEMENT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("days", 3.0);
    }

    @Override
    public String title() {
        return "Persistent soreness in one place";
    }

    @Override
    public List<Finding> check(WeekContext week) {
        double minDays = week.threshold(DAYS);
        var plan = week.plan();
        var findings = new ArrayList<Finding>();
        for (BodyArea area : BodyArea.values()) {
            PlanIndex index = PlanIndex.of(week);
            for (List<LocalDate> run : index.soreRunsTouching(area, week.weekStart(), SignalDays.weekEnd(week))) {
                List<LocalDate> visible = SignalDays.visiblePart(run, week);
                if (visible.size() < minDays) {
                    continue;
                }
                LocalDate last = visible.get(visible.size() - 1);
                String where = area.label().toLowerCase(Locale.ROOT);
                String message = "Soreness in the " + where + " logged on " + visible.size() + " days in a row, "
                        + SignalWords.span(visible.get(0), last) + ".";
                String why = "Soreness that stays for days is one of the signs of overreaching; in one place it"
                        + " can also be the start of an overuse injury, which rest now can still prevent.";
                findings.add(new Finding(ID, Severity.WARN, week.weekStart(), visible, visible.size(), minDays,
                        "days in a row", message, why, SOURCE,
                        HardSessions.easeNextHard(week, last.plusDays(1), "Keep the next days easy and watch the "
                                + where + "; if the soreness has not eased within a week, have it looked at.")));
            }
        }
        return findings;
    }
}
