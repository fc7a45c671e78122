package dev.switchback.engine.rules;

import static dev.switchback.engine.rules.Words.au;

import dev.switchback.engine.Evidence;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.engine.Source;
import dev.switchback.model.Experience;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule 9: after three build weeks, a lighter one. Fires on week W when none of the weeks W-3..W is
 * at or below {@code lightFraction} of their peak and the load has grown by more than
 * {@code minRise} from W-3 to W (so a steady, unchanging plan is not a "build"). Trip days are left
 * out; a window with a trip is not judged.
 */
public final class RecoveryWeek implements Rule {
    public static final String ID = "recovery-week";
    static final Threshold BUILD_WEEKS = new Threshold(ID, "buildWeeks");
    static final Threshold LIGHT_FRACTION = new Threshold(ID, "lightFraction");
    static final Threshold MIN_RISE = new Threshold(ID, "minRise");
    static final Source SOURCE = new Source("3:1 loading, coaching convention; 75 % is judgement", Evidence.CONVENTION);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Recovery week due";
    }

    @Override
    public Map<String, Double> defaults(Experience preset) {
        return Map.of("buildWeeks", 3.0, "lightFraction", 0.75, "minRise", 0.10);
    }

    @Override
    public List<Finding> check(WeekContext c) {
        int build = (int) Math.max(1, Math.round(c.threshold(BUILD_WEEKS)));
        double light = c.threshold(LIGHT_FRACTION);
        double rise = c.threshold(MIN_RISE);
        LocalDate first = c.weekStart().minusWeeks(build);
        if (c.historyDays(first) < 1 || WeekLoads.hasTripDay(c, first, c.weekStart().plusDays(6))) {
            return List.of();
        }
        var loads = new ArrayList<Double>();
        double peak = 0;
        for (int k = build; k >= 0; k--) {
            double l = WeekLoads.trainingLoad(c, c.weekStart().minusWeeks(k));
            loads.add(l);
            peak = Math.max(peak, l);
        }
        double now = loads.get(loads.size() - 1);
        if (peak <= 0 || !Bounds.over(now, loads.get(0) * (1 + rise))) {
            return List.of();
        }
        for (double l : loads) {
            if (!Bounds.over(l, light * peak)) {
                return List.of();
            }
        }
        double lightest = loads.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double othersPeak = loads.subList(0, loads.size() - 1).stream().mapToDouble(Double::doubleValue).max()
                .orElse(0);
        double cut = now - light * othersPeak + 1;
        var days = WeekLoads.loadDays(c, c.weekStart());
        String list = String.join(", ", loads.stream().map(Words::au).toList());
        return List.of(new Finding(ID, Severity.WARN, c.weekStart(), days, lightest / peak, light, "of peak",
                (build + 1) + " weeks building without a lighter one (" + list + "); none is at or below "
                        + Math.round(light * 100) + " % of the peak (" + au(light * peak) + ")",
                "Adaptation happens in the lighter weeks; three build weeks and one easier is the usual rhythm.",
                SOURCE, Suggestions.cut(c, days, cut, "Make this a recovery week: about " + au(light * othersPeak)
                        + " (" + Math.round(light * 100) + " % of your peak week), e.g. shorten the long day and"
                        + " drop one hard session")));
    }
}
