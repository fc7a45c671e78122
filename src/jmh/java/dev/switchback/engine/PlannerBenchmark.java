package dev.switchback.engine;

import dev.switchback.engine.plan.DayRoom;
import dev.switchback.engine.plan.Headroom;
import dev.switchback.engine.season.Season;
import dev.switchback.engine.season.SeasonBuilder;
import dev.switchback.engine.season.SeasonGoal;
import dev.switchback.engine.season.SeasonRequest;
import dev.switchback.model.Plan;
import dev.switchback.store.SamplePlan;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The planner (issue 12): the headroom of a whole week (the week after today, every day open) of the sample
 * plan and of the ten-year generated plan, and a 16-week season built and proved on the sample plan. The
 * {@link #main} measures the calling thread's CPU time (median of 15 rounds), for a busy machine:
 * {@code java -cp target/benchmarks.jar dev.switchback.engine.PlannerBenchmark [seconds per line]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlannerBenchmark {
    static final LocalDate SAMPLE_TODAY = LocalDate.of(2026, 11, 25);

    Plan sample;
    PlanAnalysis sampleAnalysis;
    Plan tenYears;
    LocalDate tenToday;
    PlanAnalysis tenAnalysis;
    SeasonRequest sixteenWeeks;

    @Setup
    public void setup() {
        sample = SamplePlan.create(SAMPLE_TODAY);
        sampleAnalysis = Engine.analyse(sample, SAMPLE_TODAY);
        tenYears = GeneratedPlans.years(10, 42);
        tenToday = GeneratedPlans.today(tenYears);
        tenAnalysis = Engine.analyse(tenYears, tenToday);
        sixteenWeeks = sixteenWeeks();
    }

    /** A goal 16 whole weeks after the sample's today: 5 h with 12 kg and 1,200 m, two days. */
    static SeasonRequest sixteenWeeks() {
        LocalDate from = SAMPLE_TODAY.plusDays(5); // the next Monday
        SeasonGoal goal = new SeasonGoal("Sixteen weeks", from.plusWeeks(16).plusDays(5), Duration.ofHours(5),
                17_000, 1200, 1200, 12, 2, Optional.empty());
        return SeasonRequest.defaults(goal, from).withReplace(true);
    }

    @Benchmark
    public List<DayRoom> sampleWeekHeadroom() {
        return Headroom.week(sample, sampleAnalysis, SAMPLE_TODAY.plusWeeks(1), SAMPLE_TODAY);
    }

    @Benchmark
    public List<DayRoom> tenYearWeekHeadroom() {
        return Headroom.week(tenYears, tenAnalysis, tenToday.plusWeeks(1), tenToday);
    }

    @Benchmark
    public Season sixteenWeekSeason() {
        return SeasonBuilder.build(sample, sixteenWeeks, SAMPLE_TODAY);
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        var b = new PlannerBenchmark();
        b.setup();
        System.out.println("JDK " + System.getProperty("java.version") + ", " + Runtime.getRuntime()
                .availableProcessors() + " cores");
        measure("sample: headroom of a week", seconds, b::sampleWeekHeadroom);
        measure("10 y: headroom of a week", seconds, b::tenYearWeekHeadroom);
        measure("sample: 16-week season built and proved", seconds, b::sixteenWeekSeason);
        Season s = b.sixteenWeekSeason();
        System.out.println("  season: " + s.weeks().size() + " weeks, " + s.added().size() + " sessions, "
                + s.warnings().size() + " warnings, shortfalls " + s.shortfalls());
        s.warnings().forEach(f -> System.out.println("    " + f.severity() + " " + f.weekStart() + " " + f.ruleId()
                + ": " + f.message()));
    }

    private static void measure(String name, int seconds, Supplier<?> call) {
        double[] rounds = EngineCpuTime.cpuRounds(seconds, call);
        System.out.println(String.format(Locale.ROOT, "  %-44s %10.3f ms CPU (median; %.3f-%.3f)", name,
                rounds[rounds.length / 2], rounds[0], rounds[rounds.length - 1]));
    }
}
