package dev.switchback.engine;

import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.engine.rules.Threshold;
import dev.switchback.engine.rules.WeekContext;
import dev.switchback.model.Plan;
import dev.switchback.model.RuleSettings;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.Wellness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs the rule book over one week of an analysis: the rules not disabled in the plan's settings, in
 * the book's order, each with a {@link WeekContext} of the week. Thresholds are resolved once per
 * analysis (the plan's own value, else the preset's default), and values the rules derive from parts
 * of the plan ({@link WeekContext#derived}) are kept here and handed on to the next version's runner.
 */
final class RuleRunner {
    private final Analysis analysis;
    /** The rules that run, in the book's order: an array, as the loop over them runs for every week. */
    private final Rule[] rules;
    /** Every threshold of the book for the plan's settings, by {@link RuleBook#slot}; NaN: read the slow way. */
    private final double[] thresholds;
    private final Map<Class<?>, Derived> derived = new ConcurrentHashMap<>();
    private final Map<Class<?>, Derived> inherited;

    /** A derived value and the part of the plan it was derived from. */
    private record Derived(Object source, Object value) {
    }

    /** @param previous the runner of the previous version's analysis, whose derived values may still hold */
    RuleRunner(Analysis analysis, RuleBook book, RuleRunner previous) {
        this.analysis = analysis;
        // the previous runner's own values only (not what it inherited), so no chain of versions is kept
        this.inherited = previous == null ? Map.of() : previous.derived;
        this.book = book;
        analysis.windows().use(analysis.series());
        RuleSettings settings = analysis.plan().rules();
        RuleSettings before = previous != null && previous.book == book ? previous.analysis.plan().rules() : null;
        if (before != null && before.disabledRules().equals(settings.disabledRules())) {
            this.rules = previous.rules;
        } else {
            Set<String> disabled = Set.copyOf(settings.disabledRules());
            this.rules = book.rules().stream().filter(r -> !disabled.contains(r.id())).toArray(Rule[]::new);
        }
        if (before != null && sameThresholds(before, settings)) {
            this.thresholds = previous.thresholds; // the same preset and values: the same array, never written
        } else {
            this.thresholds = book.resolve(settings);
        }
    }

    private static boolean sameThresholds(RuleSettings a, RuleSettings b) {
        return a == b || a.preset() == b.preset() && a.thresholds().equals(b.thresholds());
    }

    private final RuleBook book;

    /** The findings the rules report in the week starting {@code monday}, in the book's order of rules. */
    List<Finding> check(LocalDate monday) {
        var ctx = new Context(monday);
        List<Finding> first = null; // most weeks: no rule or one rule finds something, so no list is copied
        ArrayList<Finding> found = null;
        for (Rule rule : rules) {
            List<Finding> some = rule.check(ctx);
            if (some.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = some;
            } else {
                if (found == null) {
                    found = new ArrayList<>(first.size() + some.size() + 4);
                    found.addAll(first);
                }
                found.addAll(some);
            }
        }
        // in the rules' order, not sorted: the analysis hands a week's findings out only inside the lists it
        // sorts (Analysis.touching), so sorting each week here too sorted every finding twice
        if (found == null) {
            return first == null ? List.of() : Collections.unmodifiableList(first);
        }
        return Collections.unmodifiableList(found);
    }

    private double threshold(Threshold t) {
        int slot = book.slot(t);
        if (slot >= 0) {
            double v = thresholds[slot];
            if (v == v) { // not NaN
                return v;
            }
        }
        return unresolved(t);
    }

    /** A threshold the book does not declare for the preset: the plan's own value, else the book says why not. */
    private double unresolved(Threshold t) {
        Plan plan = analysis.plan();
        Double own = plan.rules().thresholds().get(t.key());
        return own != null ? own : book.defaultThreshold(t, plan.rules().preset());
    }

    private final class Context implements WeekContext {
        private final LocalDate monday;
        private final int mondayIndex;

        Context(LocalDate monday) {
            this.monday = monday;
            this.mondayIndex = analysis.windows().index(monday);
        }

        @Override
        public int weekIndex() {
            return mondayIndex;
        }

        @Override
        public Plan plan() {
            return analysis.plan();
        }

        @Override
        public LocalDate weekStart() {
            return monday;
        }

        @Override
        public LocalDate today() {
            return analysis.today();
        }

        @Override
        public DayLoad day(LocalDate date) {
            return analysis.day(date);
        }

        @Override
        public DayMetrics metrics(LocalDate date) {
            return analysis.metrics(date);
        }

        @Override
        public WeekSummary week(LocalDate anyDay) {
            return analysis.week(anyDay);
        }

        @Override
        public double threshold(Threshold t) {
            return RuleRunner.this.threshold(t);
        }

        @Override
        public List<Outing> outings(LocalDate date) {
            return analysis.outings(date);
        }

        @Override
        public int historyDays(LocalDate date) {
            return analysis.historyDays(date);
        }

        @Override
        public double loadedKm(LocalDate date) {
            return analysis.loadedKm(date);
        }

        @Override
        public double acuteEwma(LocalDate date) {
            return analysis.acuteEwma(date);
        }

        @Override
        public double chronicEwma(LocalDate date) {
            return analysis.chronicEwma(date);
        }

        @Override
        public Optional<Wellness> wellnessOn(LocalDate date) {
            return analysis.wellnessOn(date);
        }

        @Override
        public Windows windows() {
            return analysis.windows();
        }

        @Override
        public long sessionEpochDay(int position) {
            return analysis.series().sessionEpochDay(position);
        }

        @Override
        public long logEpochDay(int position) {
            return analysis.series().logEpochDay(position);
        }

        @Override
        public Optional<Session> session(SessionId id) {
            return analysis.session(id);
        }

        @Override
        public <S, T> T derived(Class<T> key, S source, Function<S, T> build) {
            Derived d = derived.get(key);
            if (d == null || d.source() != source) {
                Derived before = inherited.get(key);
                d = before != null && before.source() == source ? before : new Derived(source, build.apply(source));
                derived.put(key, d);
            }
            return key.cast(d.value());
        }
    }
}
