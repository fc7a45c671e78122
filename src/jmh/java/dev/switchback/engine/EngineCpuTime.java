package dev.switchback.engine;

import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Weeks;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The calling thread's own CPU time per call, median of many rounds, for a machine shared with other
 * work where JMH's wall times are inflated by waiting for a core. The same calls as {@link
 * EngineBenchmark} at 1, 10 and 100 years and on the 98-year plan with three sessions a day.
 * Run: {@code java -cp target/benchmarks.jar dev.switchback.engine.EngineCpuTime [seconds per line]}; the
 * numbers in docs/performance.md are with {@code -Xms1g -Xmx1g -XX:+AlwaysPreTouch} as well as without: on
 * this VM the first touch of a fresh heap page is a page fault charged to the thread as system time, and with
 * the default heap (a quarter of the machine's memory) the 100-year rows are still touching fresh pages while
 * they are measured. Each line also says the megabytes one call allocates.
 */
public final class EngineCpuTime {
    private static int seconds = 3;

    private EngineCpuTime() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            seconds = Integer.parseInt(args[0]);
        }
        System.out.println("JDK " + System.getProperty("java.version") + ", " + Runtime.getRuntime()
                .availableProcessors() + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        LocalDate sampleToday = LocalDate.of(2026, 11, 27);
        Plan sample = dev.switchback.store.SamplePlan.create(sampleToday);
        Session one = sample.sessions().get(sample.sessions().size() / 2);
        Plan sampleEdited = sample.withSession(one.withDuration(one.duration().plusMinutes(20)));
        PlanAnalysis sampleAnalysis = Engine.analyse(sample, sampleToday);
        sampleAnalysis.findings(sampleToday); // the window has shown the week of today
        LocalDate monday = Weeks.monday(sampleToday);
        measure("sample: window edit (reanalyse + week)", 0, () -> Engine.reanalyse(sampleAnalysis, sampleEdited,
                sampleToday).findings(monday, monday.plusDays(6)));
        measure("sample: full analyse + week", 0, () -> Engine.analyse(sampleEdited, sampleToday)
                .findings(monday, monday.plusDays(6)));
        for (int years : new int[] {1, 10, 100}) {
            plan(years + " y", GeneratedPlans.years(years, 42));
        }
        plan("98 y x3", GeneratedPlans.threeADay(98, 42));
    }

    private static void plan(String name, Plan plan) {
        LocalDate today = GeneratedPlans.today(plan);
        LocalDate first = plan.firstDate().orElseThrow();
        LocalDate last = plan.lastDate().orElseThrow();
        int days = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        System.out.println(name + ": " + days + " days, " + plan.sessions().size() + " sessions, " + plan.logs().size()
                + " logs, " + plan.wellness().size() + " check-ins, " + plan.trips().size() + " trips");
        Plan edited = EngineBenchmark.edit(plan, today);
        PlanAnalysis ofSaved = Engine.analyse(plan, today);
        ofSaved.findings(today); // the window has shown the week of today
        measure(name + " full (analyse + all weeks)", days, () -> Engine.analyse(plan, today).findings(first, last));
        measure(name + " analyse only", days, () -> Engine.analyse(plan, today));
        measure(name + " recheck (save gate, incremental)", 0, () -> SaveGate.check(ofSaved, plan, edited, today));
        measure(name + " recheck from scratch", 0, () -> SaveGate.check(plan, edited, today));
        Session one = plan.sessions().get(plan.sessions().size() / 2);
        Session longer = one.withDuration(one.duration().plusMinutes(20));
        measure(name + " edit (Plan.withSession, one replaced)", 0, () -> plan.withSession(longer));
        LocalDate week = Weeks.monday(today);
        measure(name + " window edit (reanalyse + week)", 0, () -> Engine.reanalyse(ofSaved, edited, today)
                .findings(week, week.plusDays(6)));
    }

    private static void measure(String name, int days, Supplier<?> call) {
        double[] rounds = cpuRounds(seconds, call);
        Arrays.sort(rounds);
        double median = rounds[rounds.length / 2];
        String perDay = days > 0 ? String.format(Locale.ROOT, "  %6.2f us/day", median * 1000 / days) : "";
        System.out.println(String.format(Locale.ROOT, "  %-48s %10.3f ms CPU (median; %.3f-%.3f) %8.2f MB%s", name,
                median, rounds[0], rounds[rounds.length - 1], allocatedMb(call), perDay));
    }

    /**
     * The bytes one call allocates, in MB (the calling thread's count, one call after the rounds): at 100 years
     * a call's garbage is what a large heap's fresh pages cost the thread in page faults, so it is shown beside
     * the time.
     */
    static double allocatedMb(Supplier<?> call) {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = bean.getCurrentThreadAllocatedBytes();
        Object sink = call.get();
        long bytes = bean.getCurrentThreadAllocatedBytes() - before;
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        return bytes / 1e6;
    }

    /**
     * The calling thread's CPU time per call in 15 rounds (ms, sorted), after {@code seconds} of warm-up;
     * the rounds together take {@code seconds} too. Shared with {@link PlannerBenchmark}.
     */
    static double[] cpuRounds(int seconds, Supplier<?> call) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long warmEnd = System.nanoTime() + seconds * 1_000_000_000L;
        Object sink = null;
        while (System.nanoTime() < warmEnd) {
            sink = call.get();
        }
        double[] rounds = new double[15];
        for (int r = 0; r < rounds.length; r++) {
            long end = System.nanoTime() + seconds * 1_000_000_000L / rounds.length;
            long cpu = bean.getCurrentThreadCpuTime();
            int ops = 0;
            do {
                sink = call.get();
                ops++;
            } while (System.nanoTime() < end);
            rounds[r] = (bean.getCurrentThreadCpuTime() - cpu) / 1e6 / ops;
        }
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        Arrays.sort(rounds);
        return rounds;
    }
}
