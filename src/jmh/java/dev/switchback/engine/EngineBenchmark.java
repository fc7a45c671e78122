package dev.switchback.engine;

import dev.switchback.model.Athlete;
import dev.switchback.model.Intention;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Weeks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine on a generated 10-year plan: 3,650 days, about 5,000 sessions, 2,000 logs and a trip
 * every season. "full" analyses the plan and checks every week; "recheck" is the save gate after one
 * session was edited (analysis of the new plan plus the changed week and the weeks after it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {
    static final LocalDate START = LocalDate.of(2016, 1, 4);
    Plan plan;
    Plan edited;
    LocalDate today;
    LocalDate last;

    Plan sample;
    Plan sampleEdited;
    LocalDate sampleToday;

    @Setup
    public void setup() {
        sampleToday = LocalDate.of(2026, 11, 27);
        sample = dev.switchback.store.SamplePlan.create(sampleToday);
        Session one = sample.sessions().get(sample.sessions().size() / 2);
        sampleEdited = sample.withSession(one.withDuration(one.duration().plusMinutes(20)));
        plan = tenYears(42);
        today = START.plusDays(3000);
        last = START.plusDays(3649);
        Session s = plan.sessions().get(plan.sessions().size() / 2);
        edited = plan.withSession(s.withDuration(s.duration().plusMinutes(20)));
    }

    static Plan tenYears(long seed) {
        var r = new Random(seed);
        var sessions = new ArrayList<Session>();
        var logs = new ArrayList<OutingLog>();
        var trips = new ArrayList<Trip>();
        SessionKind[] kinds = {SessionKind.TRAIL_RUN, SessionKind.TRAIL_RUN, SessionKind.RUN_WITH_PACK,
            SessionKind.HIKE, SessionKind.STRENGTH_MOBILITY, SessionKind.ACTIVE_RECOVERY};
        int n = 0;
        for (int d = 0; d < 3650; d++) {
            LocalDate date = START.plusDays(d);
            if (d % 91 == 60) {
                var stages = new ArrayList<TripStage>();
                for (int i = 0; i < 4; i++) {
                    stages.add(TripStage.of(Duration.ofHours(6), 18_000, 900, 12));
                }
                trips.add(new Trip(new TripId("t" + d), "Trip " + d, date, stages, Terrain.TRAIL, d % 365 == 60, ""));
                d += 4;
                continue;
            }
            int count = d % 7 == 0 ? 0 : r.nextInt(100) < 63 ? 1 : 2;
            for (int k = 0; k < count; k++) {
                SessionKind kind = kinds[r.nextInt(kinds.length)];
                Session s = Session.of(date, kind, kind.label(), Duration.ofMinutes(30 + r.nextInt(150)))
                        .withIntention(Intention.values()[r.nextInt(4)])
                        .withDistanceM(4000 + r.nextInt(20_000)).withClimbM(r.nextInt(1200))
                        .withPackKg(kind.usuallyCarriesPack() ? 4 + r.nextInt(10) : 0)
                        .withTargetRpe(r.nextBoolean() ? Optional.empty() : Optional.of(2.0 + r.nextInt(7)))
                        .withId(new SessionId("s" + n++));
                sessions.add(s);
                if (r.nextInt(100) < 40) {
                    logs.add(OutingLog.fromPlan(s, 2 + r.nextInt(7)));
                }
            }
        }
        return Plan.empty("Ten years", Athlete.of("Bench", 70)).withSessions(sessions).withLogs(logs)
                .withTrips(trips);
    }

    @Benchmark
    public List<Finding> full() {
        return Engine.analyse(plan, today).findings(START, last);
    }

    /** The same full check with the load, recovery, pack and trip rules only (no wellness rules). */
    @Benchmark
    public List<Finding> fullCoreRules() {
        return Engine.analyse(plan, today, CORE).findings(START, last);
    }

    static final dev.switchback.engine.rules.RuleBook CORE = new dev.switchback.engine.rules.RuleBook(
            dev.switchback.engine.rules.RuleBook.standard().rules().stream()
                    .filter(r -> !r.getClass().getPackageName().endsWith(".wellness")).toList());

    @Benchmark
    public PlanAnalysis analyseOnly() {
        return Engine.analyse(plan, today);
    }

    @Benchmark
    public SaveGate.Result recheck() {
        return SaveGate.check(plan, edited, today);
    }

    /**
     * What the window does after an edit of a normal plan (the sample plan of a first start: 74 sessions, six weeks back and five ahead): analyse the
     * edited plan and list the findings of the week on screen.
     */
    @Benchmark
    public List<Finding> sampleEditAndWeek() {
        LocalDate monday = Weeks.monday(sampleToday);
        return Engine.analyse(sampleEdited, sampleToday).findings(monday, monday.plusDays(6));
    }

    /** The save gate on the sample plan after one edit (the changed week and the four after it). */
    @Benchmark
    public SaveGate.Result sampleRecheck() {
        return SaveGate.check(sample, sampleEdited, sampleToday);
    }
}
