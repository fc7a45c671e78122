package dev.switchback.engine;

import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Plan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What each rule of the standard book costs over a whole plan, in the calling thread's CPU time: the full
 * check ({@code Engine.analyse(plan, today, book).findings(first, last)}) with a book of that one rule, minus
 * the same call with an empty book (the analysis and the weeks' bookkeeping). Also counts the plan's findings
 * by rule. Run: {@code java -cp target/benchmarks.jar dev.switchback.engine.RuleCpuTime [seconds] [years] [rule-id...]}.
 */
public final class RuleCpuTime {
    private RuleCpuTime() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> only = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        Plan plan = GeneratedPlans.years(years, 42);
        LocalDate today = GeneratedPlans.today(plan);
        LocalDate first = plan.firstDate().orElseThrow();
        LocalDate last = plan.lastDate().orElseThrow();

        List<Finding> all = Engine.analyse(plan, today).findings(first, last);
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : all) {
            counts.merge(f.ruleId(), 1, Integer::sum);
        }
        System.out.println(years + " y: " + all.size() + " findings " + counts);

        RuleBook empty = new RuleBook(List.of());
        // warm every rule up first; the empty book is measured again beside each rule (a shared machine drifts)
        median(seconds * 3, () -> Engine.analyse(plan, today).findings(first, last));
        double full = median(seconds, () -> Engine.analyse(plan, today).findings(first, last));
        double base = median(seconds, () -> Engine.analyse(plan, today, empty).findings(first, last));
        System.out.println(String.format(Locale.ROOT, "  %-28s %8.3f ms CPU", "(standard book, full check)", full));
        System.out.println(String.format(Locale.ROOT, "  %-28s %8.3f ms CPU", "(empty book)", base));
        double sum = 0;
        for (Rule rule : RuleBook.standard().rules()) {
            if (!only.isEmpty() && !only.contains(rule.id())) {
                continue;
            }
            RuleBook one = new RuleBook(List.of(rule));
            double t = median(seconds, () -> Engine.analyse(plan, today, one).findings(first, last))
                    - median(seconds, () -> Engine.analyse(plan, today, empty).findings(first, last));
            sum += t;
            System.out.println(String.format(Locale.ROOT, "  %-28s %8.3f ms CPU  %5d findings", rule.id(), t,
                    counts.getOrDefault(rule.id(), 0)));
        }
        System.out.println(String.format(Locale.ROOT, "  %-28s %8.3f ms CPU", "sum of rules", sum));
    }

    private static double median(int seconds, Supplier<?> call) {
        double[] rounds = EngineCpuTime.cpuRounds(seconds, call);
        Arrays.sort(rounds);
        return rounds[rounds.length / 2];
    }
}
