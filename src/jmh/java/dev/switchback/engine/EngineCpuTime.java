package dev.switchback.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The benchmark thread's own CPU time per call, for a machine shared with other work where JMH's wall times are
 * inflated by waiting for a core. Same plans and calls as {@link EngineBenchmark}; five seconds of warm-up and
 * five of measurement per call. Run: {@code java -cp target/benchmarks.jar dev.switchback.engine.EngineCpuTime}.
 */
public final class EngineCpuTime {
    private EngineCpuTime() {
    }

    public static void main(String[] args) {
        var b = new EngineBenchmark();
        b.setup();
        LocalDate monday = b.today.minusDays(b.today.getDayOfWeek().getValue() - 1L);
        measure("sampleEditAndWeek", b::sampleEditAndWeek);
        measure("sampleRecheck", b::sampleRecheck);
        measure("tenYears analyseOnly", b::analyseOnly);
        measure("tenYears analyse + week on screen",
                () -> Engine.analyse(b.edited, b.today).findings(monday, monday.plusDays(6)));
        measure("tenYears recheck", b::recheck);
        measure("tenYears full", b::full);
    }

    private static void measure(String name, Supplier<?> call) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        run(call, 5);
        long cpu = bean.getCurrentThreadCpuTime();
        int ops = run(call, 5);
        double ms = (bean.getCurrentThreadCpuTime() - cpu) / 1e6 / ops;
        System.out.println(String.format(Locale.ROOT, "%-36s %10.3f ms CPU/op (%d ops)", name, ms, ops));
    }

    private static int run(Supplier<?> call, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int ops = 0;
        Object sink = null;
        while (System.nanoTime() < end) {
            sink = call.get();
            ops++;
        }
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        return ops;
    }
}
