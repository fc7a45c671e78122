package dev.switchback.engine;

import dev.switchback.store.PlanStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the benchmarks' ten-year plan ({@link GeneratedPlans#tenYears}) as {@code DIR/plan.json},
 * for measuring the window's memory with a big plan open (docs/performance.md, "Window").
 * {@code java -cp target/benchmarks.jar dev.switchback.engine.WriteTenYearPlan DIR [YEARS [x3]]}
 */
public final class WriteTenYearPlan {
    private WriteTenYearPlan() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        // optional: YEARS [x3] for GeneratedPlans.years / threeADay instead of the historical ten-year plan
        var plan = args.length > 1 ? args.length > 2 ? GeneratedPlans.threeADay(Integer.parseInt(args[1]), 42)
                : GeneratedPlans.years(Integer.parseInt(args[1]), 42) : GeneratedPlans.tenYears(42);
        PlanStore.save(dir.resolve("plan.json"), plan, List.of());
    }
}
