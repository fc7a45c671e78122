package dev.switchback.engine.rules.wellness;

import dev.switchback.engine.DayLoad;
import dev.switchback.engine.DayMetrics;
import dev.switchback.engine.Outing;
import dev.switchback.engine.WeekSummary;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.engine.Windows;
import dev.switchback.engine.rules.Threshold;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.Wellness;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import dev.switchback.model.Plan;
import java.time.LocalDate;
import java.util.List;

/** The smallest WeekContext the wellness rules need: the plan, the week and the thresholds. */
record TestWeek(Plan plan, LocalDate weekStart, Map<Class<?>, Object> shared) implements WeekContext {
    /** The plan in date order, as the engine's contexts give it. */
    TestWeek(Plan plan, LocalDate weekStart) {
        this(plan.withSessions(plan.sessions().stream().sorted(Comparator.comparing(Session::date)
                        .thenComparing(x -> x.id().value())).toList())
                .withLogs(plan.logs().stream().sorted(Comparator.comparing(OutingLog::date)
                        .thenComparing(x -> x.id().value())).toList()), weekStart, new HashMap<>());
    }

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
    public double threshold(Threshold t) {
        Double own = plan.rules().thresholds().get(t.key());
        if (own != null) {
            return own;
        }
        return new RuleBook(WellnessRules.all()).defaultThreshold(t, plan.rules().preset());
    }

    @Override
    public Optional<Wellness> wellnessOn(LocalDate date) {
        return plan.wellnessOn(date);
    }

    @Override
    public long sessionEpochDay(int position) {
        return plan.sessions().get(position).date().toEpochDay();
    }

    @Override
    public long logEpochDay(int position) {
        return plan.logs().get(position).date().toEpochDay();
    }

    @Override
    public int weekIndex() {
        throw new UnsupportedOperationException("not needed by the wellness rules");
    }

    @Override
    public Windows windows() {
        throw new UnsupportedOperationException("not needed by the wellness rules");
    }

    @Override
    public Optional<Session> session(SessionId id) {
        return plan.session(id);
    }

    @Override
    public <S, T> T derived(Class<T> key, S source, Function<S, T> build) {
        return key.cast(shared.computeIfAbsent(key, k -> build.apply(source)));
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
