package dev.switchback.engine;

import dev.switchback.store.PlanStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the benchmarks' ten-year plan ({@link GeneratedPlans#tenYears}) as {@code DIR/plan.json},
 * for measuring the window's memory with a big plan open (docs/performance.md, "Window").
 * {@code java -cp target/benchmarks.jar dev.switchback.engine.WriteTenYearPlan DIR}
 */
public final class WriteTenYearPlan {
    private WriteTenYearPlan() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        PlanStore.save(dir.resolve("plan.json"), GeneratedPlans.tenYears(42), List.of());
    }
}
