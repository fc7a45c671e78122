package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.DayMetrics;
import dev.switchback.engine.WeekSummary;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.Plan;
import java.time.LocalDate;

/** The smallest WeekContext the wellness rules need: the plan, the week and the thresholds. */
record TestWeek(Plan plan, LocalDate weekStart) implements WeekContext {

    @Override
    public DayLoad day(LocalDate date) {
        throw new UnsupportedOperationException("the wellness rules read the plan, not day loads");
    }

    @Override
    public DayMetrics metrics(LocalDate date) {
        throw new UnsupportedOperationException("the wellness rules read the plan, not metrics");
    }

    @Override
    public WeekSummary week(LocalDate anyDay) {
        throw new UnsupportedOperationException("the wellness rules read the plan, not week summaries");
    }

    @Override
    public double threshold(String ruleId, String name) {
        String key = ruleId + "." + name;
        Double own = plan.rules().thresholds().get(key);
        if (own != null) {
            return own;
        }
        Double preset = WellnessRules.defaults().get(key);
        if (preset == null) {
            throw new IllegalArgumentException("no threshold " + key);
        }
        return preset;
    }

    @Override
    public LocalDate today() {
        throw new UnsupportedOperationException("the wellness rules read the plan, not today");
    }

    @Override
    public java.util.List<dev.switchback.engine.Outing> outings(LocalDate date) {
        throw new UnsupportedOperationException("the wellness rules read the plan, not outings");
    }

    @Override
    public int historyDays(LocalDate date) {
        throw new UnsupportedOperationException("the wellness rules read the plan, not history");
    }

    @Override
    public double loadedKm(LocalDate date) {
        throw new UnsupportedOperationException("the wellness rules read the plan, not loaded km");
    }

    @Override
    public double acuteEwma(LocalDate date) {
        throw new UnsupportedOperationException("the wellness rules read the plan, not EWMAs");
    }

    @Override
    public double chronicEwma(LocalDate date) {
        throw new UnsupportedOperationException("the wellness rules read the plan, not EWMAs");
    }
}
