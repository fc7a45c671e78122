package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.DayMetrics;
import dev.switchback.engine.Outing;
import dev.switchback.engine.WeekSummary;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.Plan;
import java.time.LocalDate;
import java.util.List;

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
        Double own = plan.rules().thresholds().get(ruleId + "." + name);
        if (own != null) {
            return own;
        }
        return new RuleBook(WellnessRules.all()).defaultThreshold(ruleId, name, plan.rules().preset());
    }

    @Override
    public LocalDate today() {
        return weekStart.plusDays(7);
    }

    @Override
    public List<Outing> outings(LocalDate date) {
        throw new UnsupportedOperationException("the wellness rules read the plan, not outings");
    }

    @Override
    public int historyDays(LocalDate date) {
        throw new UnsupportedOperationException("not needed by the wellness rules");
    }

    @Override
    public double loadedKm(LocalDate date) {
        throw new UnsupportedOperationException("not needed by the wellness rules");
    }

    @Override
    public double acuteEwma(LocalDate date) {
        throw new UnsupportedOperationException("not needed by the wellness rules");
    }

    @Override
    public double chronicEwma(LocalDate date) {
        throw new UnsupportedOperationException("not needed by the wellness rules");
    }
}
