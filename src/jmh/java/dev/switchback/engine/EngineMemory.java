package dev.switchback.engine;

import dev.switchback.model.Plan;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;

/**
 * The 100-year analysis in a small heap: generates the plan, analyses it, checks every week and
 * prints the heap in use after a GC with the plan, the analysis and the findings alive.
 * Run: {@code java -Xmx256m -cp target/benchmarks.jar dev.switchback.engine.EngineMemory [years] [x3]}.
 */
public final class EngineMemory {
    private EngineMemory() {
    }

    public static void main(String[] args) {
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Plan plan = args.length > 1 ? GeneratedPlans.threeADay(years, 42) : GeneratedPlans.years(years, 42);
        LocalDate today = GeneratedPlans.today(plan);
        long planOnly = usedAfterGc();
        PlanAnalysis a = Engine.analyse(plan, today);
        List<Finding> all = a.findings(plan.firstDate().orElseThrow(), plan.lastDate().orElseThrow());
        long withAnalysis = usedAfterGc();
        System.out.printf("%d years%s: %d sessions, %d logs, %d findings; max heap %d MB; used after GC: plan %d MB,"
                + " plan + analysis + findings %d MB%n", years, args.length > 1 ? " x3" : "", plan.sessions().size(),
                plan.logs().size(), all.size(), Runtime.getRuntime().maxMemory() >> 20, planOnly >> 20,
                withAnalysis >> 20);
        if (a.days().isEmpty()) {
            throw new IllegalStateException();
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
