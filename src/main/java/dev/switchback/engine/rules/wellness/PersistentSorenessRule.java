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

    private static final BodyArea[] AREAS = BodyArea.values();

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
        PlanIndex index = PlanIndex.of(week);
        long monday = week.weekStart().toEpochDay();
        long sunday = monday + 6;
        // every run the week reports is at most the longest run of any area up to one of its days: most weeks have
        // no sore day at all (no threshold read) or none long enough (no area read)
        int longest = index.longestSoreRun(monday, sunday);
        if (longest == 0) {
            return List.of();
        }
        double minDays = week.threshold(DAYS);
        if (longest < minDays) {
            return List.of();
        }
        List<Finding> findings = null;
        for (BodyArea area : AREAS) {
            // a run the week can see ends on its last day or on Sunday, whichever comes first
            for (long d = monday; d <= sunday; d++) {
                int size = index.soreDaysUpTo(area, d);
                if (size == 0 || (d < sunday && index.soreDaysUpTo(area, d + 1) > 0) || size < minDays) {
                    continue;
                }
                if (findings == null) {
                    findings = new ArrayList<>(1);
                }
                findings.add(finding(week, area, LocalDate.ofEpochDay(d), size, minDays));
            }
        }
        return findings == null ? List.of() : findings;
    }

    private static Finding finding(WeekContext week, BodyArea area, LocalDate last, int size, double minDays) {
        var visible = new ArrayList<LocalDate>(size);
        for (int k = size - 1; k >= 0; k--) {
            visible.add(last.minusDays(k));
        }
        String where = area.label().toLowerCase(Locale.ROOT);
        return Finding.lazy(ID, Severity.WARN, week.weekStart(), visible, size, minDays, "days in a row", SOURCE,
                () -> "Soreness in the " + where + " logged on " + size + " days in a row, "
                        + SignalWords.span(visible.get(0), last) + ".",
                () -> "Soreness that stays for days is one of the signs of overreaching; in one place it"
                        + " can also be the start of an overuse injury, which rest now can still prevent.",
                () -> HardSessions.easeNextHard(week, last.plusDays(1), "Keep the next days easy and watch the "
                        + where + "; if the soreness has not eased within a week, have it looked at."));
    }
}
