package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.engine.Suggestion;
import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import dev.switchback.model.Experience;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Feel-gated progression: when the last pack day (the latest logged outing with a pack in the
 * {@code lookbackDays} (14) before a planned session) was logged at RPE >= {@code rpe} (7) or with
 * soreness in the shoulders, hips, feet or back, a planned pack session that carries more, or goes
 * further than that day (same kind), is flagged with half the increase suggested.
 */
public final class FeelGatedProgressionRule implements Rule {
    public static final String ID = "feel-gated-progression";
    /** Where a pack shows first. */
    public static final Set<BodyArea> LOAD_AREAS =
            EnumSet.of(BodyArea.SHOULDERS, BodyArea.HIPS, BodyArea.FEET, BodyArea.BACK);
    static final Source SOURCE = new Source(
            "Gradual load-carriage progression (Knapik et al. 2012; Orr/Coyle review); the gate on RPE and"
                    + " soreness: judgement", Evidence.JUDGEMENT);
    private static final double EPSILON = 1e-9;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("rpe", 7.0, "lookbackDays", 14.0);
    }

    @Override
    public String title() {
        return "Pack or distance increase after a hard or sore pack day";
    }

    @Override
    public List<Finding> check(WeekContext week) {
        double rpeGate = week.threshold(ID, "rpe");
        int lookback = (int) week.threshold(ID, "lookbackDays");
        Plan plan = week.plan();
        var findings = new ArrayList<Finding>();
        var planned = plan.sessions().stream()
                .filter(s -> Signals.inWeek(week, s.date()) && !s.isRest() && plan.logFor(s.id()).isEmpty())
                .sorted(Comparator.comparing(Session::date))
                .toList();
        for (Session s : planned) {
            Optional<OutingLog> gate = plan.logs().stream()
                    .filter(l -> l.packKg() > 0 && l.date().isBefore(s.date())
                            && !l.date().isBefore(s.date().minusDays(lookback)))
                    .max(Comparator.comparing(OutingLog::date));
            if (gate.isEmpty()) {
                continue;
            }
            OutingLog g = gate.get();
            var sore = EnumSet.noneOf(BodyArea.class);
            g.sorenessAreas().stream().filter(LOAD_AREAS::contains).forEach(sore::add);
            boolean hard = g.rpe() + EPSILON >= rpeGate;
            if (!hard && sore.isEmpty()) {
                continue;
            }
            String how = howItWent(g, hard, sore);
            String why = "Load carriage is best progressed in small steps after pack days that went well; a hard"
                    + " or sore last pack day says the body has not caught up with the current load yet.";
            if (s.packKg() > g.packKg() + EPSILON) {
                double increase = s.packKg() - g.packKg();
                double cap = Math.floor((g.packKg() + increase / 2) * 2) / 2;
                String message = Signals.describe(s) + " plans a " + Signals.num(s.packKg()) + " kg pack, "
                        + Signals.num(increase) + " kg more than on " + Signals.day(g.date()) + ", and that pack"
                        + " day was logged " + how + ".";
                findings.add(new Finding(ID, Severity.WARN, week.weekStart(), List.of(g.date(), s.date()),
                        increase, 0, "kg more", message, why, SOURCE, new Suggestion.CapPack(s.id(), cap,
                                "Carry at most " + Signals.num(cap) + " kg on " + Signals.day(s.date())
                                        + " (half the planned increase)")));
            } else if (s.kind() == g.kind() && g.distanceM() > 0 && s.distanceM() > g.distanceM() + EPSILON) {
                double increaseKm = (s.distanceM() - g.distanceM()) / 1000;
                double targetM = g.distanceM() + (s.distanceM() - g.distanceM()) / 2;
                Duration shorter = Duration.ofMinutes(
                        Math.round(s.duration().toMinutes() * targetM / s.distanceM()));
                String message = Signals.describe(s) + " plans " + km(s.distanceM()) + ", " + km(increaseKm * 1000)
                        + " further than on " + Signals.day(g.date()) + ", and that pack day was logged " + how + ".";
                findings.add(new Finding(ID, Severity.WARN, week.weekStart(), List.of(g.date(), s.date()),
                        increaseKm, 0, "km more", message, why, SOURCE, new Suggestion.Shorten(s.id(), shorter,
                                "Shorten " + Signals.describe(s) + " to about " + km(targetM) + " ("
                                        + shorter.toMinutes() + " min, half the planned increase)")));
            }
        }
        return findings;
    }

    private static String howItWent(OutingLog g, boolean hard, Set<BodyArea> sore) {
        var parts = new ArrayList<String>();
        if (hard) {
            parts.add("at RPE " + Signals.num(g.rpe()));
        }
        if (!sore.isEmpty()) {
            parts.add("with " + String.join(" and ", sore.stream()
                    .map(a -> a.label().toLowerCase(Locale.ROOT)).toList()) + " soreness");
        }
        return String.join(" ", parts);
    }

    private static String km(double metres) {
        return Signals.num(Math.round(metres / 100) / 10.0) + " km";
    }
}
