package dev.switchback.export;

import dev.switchback.engine.Engine;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.model.Athlete;
import dev.switchback.model.Intention;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import dev.switchback.model.Terrain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A year of week sheets: 52 weeks of six sessions each (notes in several scripts) and a three-day
 * trip, with the engine's analysis, written as one PDF of 53 pages (overview + 52 weeks).
 *
 * <p>Run: {@code mvn -B -Pbench package -DskipTests && java -jar target/benchmarks.jar ExportBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBenchmark {
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    Plan plan;
    PlanAnalysis analysis;
    WeekRange year;
    Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        plan = yearPlan();
        analysis = Engine.analyse(plan, START.plusWeeks(26));
        year = WeekRange.of(START, START.plusWeeks(51));
        dir = Files.createTempDirectory("switchback-bench");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    public long pdfYear52Weeks() throws Exception {
        Path out = dir.resolve("year.pdf");
        PdfExport.write(plan, Optional.of(analysis), year, Paper.A4, out, ExportProgress.NONE);
        return Files.size(out);
    }

    @Benchmark
    public long icsYear() throws Exception {
        Path out = dir.resolve("year.ics");
        IcsExport.write(plan, Optional.of(year), java.time.Instant.EPOCH, out);
        return Files.size(out);
    }

    @Benchmark
    public long csvYear() throws Exception {
        Path out = dir.resolve("year.csv");
        CsvExport.write(plan, Optional.of(year), out);
        return Files.size(out);
    }

    static Plan yearPlan() {
        var sessions = new ArrayList<Session>();
        for (int w = 0; w < 52; w++) {
            LocalDate m = START.plusWeeks(w);
            double scale = 0.8 + 0.05 * (w % 4);
            sessions.add(Session.rest(m));
            sessions.add(Session.of(m.plusDays(1), SessionKind.TRAIL_RUN, "Hill intervals on the Höhenweg",
                    Duration.ofMinutes(70)).withDistanceM(10_000).withClimbM(400).withTargetRpe(Optional.of(7.0))
                    .withIntention(Intention.PEAK)
                    .withNotes("Warm up 15 min easy. 6 × 3 min uphill, jog down. Cool down 10 min.")
                    .withNextDayPlan("Easy only tomorrow; skip the run if the calves are tight."));
            sessions.add(Session.of(m.plusDays(2), SessionKind.TRAIL_RUN, "Easy run by the Łódź canal",
                    Duration.ofMinutes((long) (50 * scale))).withDistanceM(8_500 * scale).withClimbM(120));
            sessions.add(Session.of(m.plusDays(3), SessionKind.RUN_WITH_PACK, "Run with light pack",
                    Duration.ofMinutes(60)).withDistanceM(9_000).withClimbM(350).withPackKg(6)
                    .withNotes("Pack with water bottles for weight; steady, conversational pace."));
            sessions.add(Session.of(m.plusDays(4), SessionKind.STRENGTH_MOBILITY, "Strength and mobility",
                    Duration.ofMinutes(35)).withNotes("Step-ups with pack, split squats, calf raises."));
            sessions.add(Session.of(m.plusDays(5), SessionKind.BACKPACKING_DAY, "Long day: 北岳 approach",
                    Duration.ofMinutes((long) (240 * scale))).withDistanceM(16_000 * scale).withClimbM(1_100)
                    .withPackKg(10).withTerrain(Terrain.TECHNICAL)
                    .withNotes("Full trip pack with food for the day. Eat every hour.")
                    .withNextDayPlan("Easy jog or walk tomorrow; check feet and shoulders."));
            sessions.add(Session.of(m.plusDays(6), SessionKind.TRAIL_RUN, "Easy recovery run",
                    Duration.ofMinutes(40)).withDistanceM(6_500).withClimbM(100)
                    .withIntention(Intention.RECOVERY));
        }
        var trip = new Trip(new TripId("bench-trip"), "Haute Route", START.plusWeeks(30).plusDays(1),
                List.of(TripStage.of(Duration.ofHours(7), 19_000, 1_600, 13),
                        TripStage.of(Duration.ofHours(8), 21_000, 1_900, 12.5),
                        TripStage.of(Duration.ofHours(6), 16_000, 1_200, 12)),
                Terrain.TECHNICAL, true, "Hut to hut.");
        var onTripDays = sessions.stream().filter(s -> !trip.covers(s.date())).toList();
        return Plan.empty("Benchmark year", Athlete.of("Bench Runner", 68)).withSessions(onTripDays)
                .withTrips(List.of(trip));
    }
}
