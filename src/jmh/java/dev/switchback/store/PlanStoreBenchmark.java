package dev.switchback.store;

import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.Wellness;
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
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and saving plan files: the sample plan (about 75 sessions) and a five-year plan (one
 * session, one log and one check-in every day). Saving includes the fsync of the temp file and the
 * folder, so it measures the disk as much as the code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlanStoreBenchmark {
    @Param({"sample", "five-years"})
    public String size;

    private Path dir;
    private Path file;
    private Plan plan;
    private final PlanJson json = PlanJson.standard();
    private byte[] bytes;
    private OpenedPlan opened;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 27);
        plan = size.equals("sample") ? SamplePlan.create(today) : fiveYears(today);
        dir = Files.createTempDirectory("switchback-bench");
        file = dir.resolve("plan.json");
        PlanStore.save(file, plan, List.of());
        bytes = Files.readAllBytes(file);
        opened = PlanStore.openFile(file);
        System.out.printf("%n%s: %d bytes%n", size, bytes.length);
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

    static Plan fiveYears(LocalDate today) {
        Plan base = SamplePlan.create(today);
        var sessions = new ArrayList<Session>();
        var logs = new ArrayList<OutingLog>();
        var wellness = new ArrayList<Wellness>();
        LocalDate start = today.minusYears(5);
        for (LocalDate d = start; d.isBefore(today); d = d.plusDays(1)) {
            Session s = Session.of(d, SessionKind.TRAIL_RUN, "Run " + d, Duration.ofMinutes(45))
                    .withDistanceM(8_000).withClimbM(200).withDescentM(200).withTargetRpe(Optional.of(4.0))
                    .withNotes("Steady run on the forest trails; legs fine.");
            sessions.add(s);
            logs.add(OutingLog.fromPlan(s, 4).withTexts(s.title(), "0.5 l water", "Felt good.", ""));
            wellness.add(new Wellness(d, 2, Optional.of(7.5), 2, 3, 2, 2, Optional.of(48)));
        }
        return new Plan("Five years, every day", base.athlete(), sessions, List.of(), logs, wellness, List.of(),
                List.of(), base.rules());
    }

    @Benchmark
    public Plan readFromDisk() throws StoreException {
        return PlanStore.read(file);
    }

    @Benchmark
    public Plan parseAndValidate() throws StoreException {
        return json.read(file, bytes).plan();
    }

    @Benchmark
    public byte[] toJson() {
        return json.write(plan, List.of());
    }

    @Benchmark
    public void saveWithFsyncAndBackups() throws StoreException {
        PlanStore.save(file, plan, List.of());
    }

    /** The encoding check every read does before parsing (issue 16): UTF-16/32, zero bytes, strict UTF-8. */
    @Benchmark
    public Object encodingCheck() {
        return ByteScan.encoding(bytes);
    }

    /**
     * A save over the opened file, as the window saves: the content compared before, after the copy
     * aside and just before the rename (issue 16), on top of {@link #saveWithFsyncAndBackups}.
     */
    @Benchmark
    public OpenedPlan saveOverWithChecks() throws StoreException {
        opened = PlanStore.save(opened, plan, List.of());
        return opened;
    }
}
