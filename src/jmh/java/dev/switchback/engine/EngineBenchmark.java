package dev.switchback.engine;

import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.Weeks;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine on generated plans ({@link GeneratedPlans#years}: a normal weekly rhythm, logs and
 * check-ins) of 1, 10 and 100 years, judged 70 % of the way through. "full" analyses the plan and checks
 * every week; "recheck" is the save gate after one session got 20 minutes longer, from the analysis of
 * the plan as saved (the window keeps it); "recheckFromScratch" the same gate analysing the edited plan
 * anew; "sampleEditAndWeek" what the window does after an edit of the sample plan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {
    @Param({"1", "10", "100"})
    public int years;

    Plan plan;
    Plan edited;
    LocalDate today;
    LocalDate first;
    LocalDate last;
    PlanAnalysis ofSaved;

    Plan sample;
    Plan sampleEdited;
    LocalDate sampleToday;
    PlanAnalysis sampleAnalysis;

    @Setup
    public void setup() {
        sampleToday = LocalDate.of(2026, 11, 27);
        sample = dev.switchback.store.SamplePlan.create(sampleToday);
        Session one = sample.sessions().get(sample.sessions().size() / 2);
        sampleEdited = sample.withSession(one.withDuration(one.duration().plusMinutes(20)));
        sampleAnalysis = Engine.analyse(sample, sampleToday);
        plan = GeneratedPlans.years(years, 42);
        today = GeneratedPlans.today(plan);
        first = plan.firstDate().orElseThrow();
        last = plan.lastDate().orElseThrow();
        edited = edit(plan, today);
        ofSaved = Engine.analyse(plan, today);
        ofSaved.findings(today); // the window has shown the week of today
        sampleAnalysis.findings(sampleToday);
    }

    /** The plan with the first session on or after today 20 minutes longer. */
    static Plan edit(Plan plan, LocalDate today) {
        Session s = plan.sessions().stream().filter(x -> !x.date().isBefore(today) && !x.isRest()).findFirst()
                .orElse(plan.sessions().get(plan.sessions().size() / 2));
        return plan.withSession(s.withDuration(s.duration().plusMinutes(20)));
    }

    @Benchmark
    public List<Finding> full() {
        return Engine.analyse(plan, today).findings(first, last);
    }

    @Benchmark
    public PlanAnalysis analyseOnly() {
        return Engine.analyse(plan, today);
    }

    @Benchmark
    public SaveGate.Result recheck() {
        return SaveGate.check(ofSaved, plan, edited, today);
    }

    @Benchmark
    public SaveGate.Result recheckFromScratch() {
        return SaveGate.check(plan, edited, today);
    }

    /** The window after an edit of the sample plan: the re-analysis and the findings of the week on screen. */
    @Benchmark
    public List<Finding> sampleEditAndWeek() {
        LocalDate monday = Weeks.monday(sampleToday);
        return Engine.reanalyse(sampleAnalysis, sampleEdited, sampleToday).findings(monday, monday.plusDays(6));
    }
}
