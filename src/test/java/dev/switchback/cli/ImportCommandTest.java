package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Athlete;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.store.PlanStore;
import dev.switchback.store.gpx.ActivityFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
    static final Instant TUE_0730 = Instant.parse("2026-11-17T07:30:00Z");

    @TempDir
    Path dir;
    Path planFile;
    Path watch;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writePlanAndActivities() throws Exception {
        planFile = dir.resolve("plan.json");
        Plan plan = Plan.empty("Test", Athlete.of("Ana", 60).withHeartRates(Optional.of(190), Optional.of(50)))
                .withSession(Session.of(LocalDate.of(2026, 11, 17), SessionKind.TRAIL_RUN, "Tempo",
                        Duration.ofMinutes(40)));
        PlanStore.save(planFile, plan, List.of());
        watch = Files.createDirectories(dir.resolve("watch"));
        ActivityFixtures.write(watch.resolve("tue.fit"), ActivityFixtures.fit(TUE_0730, 40));
        ActivityFixtures.write(watch.resolve("wed.gpx"), ActivityFixtures.gpx(TUE_0730.plusSeconds(86_400), 30));
    }

    private int run(String... args) {
        CommandLine cl = SwitchbackCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ImportCommand command = cl.getSubcommands().get("import").getCommand();
        command.clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
        return cl.execute(args);
    }

    @Test
    void importsAFolderSavesOnceWithABackupAndSaysWhatBecameOfEachFile() throws Exception {
        byte[] before = Files.readAllBytes(planFile);
        assertThat(run("import", planFile.toString(), watch.toString())).isZero();
        assertThat(out.toString()).isEqualTo("""
                watch/tue.fit: Imported: Tue 17 Nov, Tempo (planned): 7.2 km, 120 m, 40 min, HR 140 avg, 170 max
                watch/wed.gpx: Imported: Wed 18 Nov, unplanned trail run: 5.4 km, 90 m, 30 min, HR 140 avg, 170 max.\
                 No planned session that day; if it was not a run at effort 4, change that in its log.
                2 imported. Saved plan.json (the previous version is plan.json.1).
                """.replace("120 m,", "120 m up,").replace("90 m,", "90 m up,"));
        assertThat(PlanStore.read(planFile).logs()).hasSize(2);
        assertThat(Files.readAllBytes(dir.resolve("plan.json.1"))).isEqualTo(before);
        out.getBuffer().setLength(0);
        assertThat(run("import", planFile.toString(), watch.toString())).isZero();
        assertThat(out.toString()).contains("watch/tue.fit: Skipped: Already logged: Tempo on Tue 17 Nov at 07:30",
                "2 skipped. Nothing to add: plan.json was not changed.");
    }

    @Test
    void aDryRunChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(planFile);
        assertThat(run("import", planFile.toString(), watch.toString(), "--dry-run")).isZero();
        assertThat(out.toString()).endsWith("2 imported. Dry run: plan.json was not changed." + System.lineSeparator());
        assertThat(Files.readAllBytes(planFile)).isEqualTo(before);
        assertThat(dir.resolve("plan.json.1")).doesNotExist();
    }

    @Test
    void aRefusedFileGivesExitOneAndTheOthersAreStillImported() throws Exception {
        Files.writeString(watch.resolve("broken.tcx"), "<TrainingCenterDatabase><Act", StandardCharsets.UTF_8);
        assertThat(run("import", planFile.toString(), watch.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("watch/broken.tcx: Refused: The TCX file watch/broken.tcx could not be"
                + " read", "2 imported, 1 refused. Saved plan.json");
        assertThat(PlanStore.read(planFile).logs()).hasSize(2);
    }

    @Test
    void anUnreadablePlanIsExitTwoAndNothingIsRead() throws Exception {
        Files.writeString(planFile, "{ not json");
        assertThat(run("import", planFile.toString(), watch.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("plan.json");
        assertThat(Files.readString(planFile)).isEqualTo("{ not json");
    }

    @Test
    void noActivityFilesIsExitOne() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("import", planFile.toString(), empty.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("No activity files found in");
    }

    @Test
    void withoutActivitiesItIsAUsageError() {
        assertThat(run("import", planFile.toString())).isEqualTo(64);
    }
}
