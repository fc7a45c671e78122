package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.store.PlanStore;
import dev.switchback.store.SamplePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest extends CommandLineTest {
    @TempDir
    Path dir;


    @Test
    void aValidPlanExitsZeroWithAOneLineSummary() throws Exception {
        Path file = dir.resolve("plan.json");
        var sample = SamplePlan.create(LocalDate.of(2026, 11, 27));
        PlanStore.save(file, sample, List.of());

        assertThat(run("validate", file.toString())).isEqualTo(SwitchbackCommand.OK);
        assertThat(out.toString()).isEqualTo("plan.json: valid, schema " + schemaOf(file) + ", " + sample.sessions().size()
                + " sessions, 2 trips, " + sample.logs().size() + " logs" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBrokenPlanExitsTwoWithTheMessageOnStandardError() throws Exception {
        Path file = dir.resolve("plan.json");
        PlanStore.save(file, SamplePlan.create(LocalDate.of(2026, 11, 27)), List.of());
        Files.writeString(file, Files.readString(file).replaceFirst("\"bodyMassKg\": 68", "\"bodyMassKg\": -68"));

        assertThat(run("validate", file.toString())).isEqualTo(SwitchbackCommand.UNREADABLE);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("plan.json, line ")
                .contains("(athlete.bodyMassKg): Body mass must be between 25 and 300 kg (was -68 kg).")
                .doesNotContain("Exception");
    }

    @Test
    void aMissingFileExitsTwo() {
        assertThat(run("validate", dir.resolve("none.json").toString())).isEqualTo(SwitchbackCommand.UNREADABLE);
        assertThat(err.toString()).contains("none.json does not exist");
    }

    @Test
    void noFileReadsThePlanOfTheDataFolder() {
        Path folder = dir.resolve("data");
        assertThat(run("validate", "--data-dir", folder.toString())).isEqualTo(SwitchbackCommand.UNREADABLE);
        assertThat(err.toString()).contains(folder.resolve("plan.json") + " does not exist");
    }

    @Test
    void twoFilesAreAUsageError() {
        assertThat(run("validate", "a.json", "b.json")).isEqualTo(SwitchbackCommand.USAGE);
        assertThat(err.toString()).contains("Unmatched argument");
    }

    @Test
    void theRootHelpListsValidate() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate");
    }

    @Test
    void singularCountsReadNaturally() throws Exception {
        Path file = dir.resolve("tiny.json");
        var plan = dev.switchback.model.Plan.empty("Tiny", dev.switchback.model.Athlete.of("Kim", 60))
                .withSession(dev.switchback.model.Session.rest(LocalDate.of(2026, 1, 5)));
        PlanStore.save(file, plan, List.of());
        assertThat(run("validate", file.toString())).isZero();
        assertThat(out.toString()).startsWith("tiny.json: valid, schema " + schemaOf(file) + ", 1 session, 0 trips, 0 logs");
    }

    /** The schema the store writes today, as the saved file says: the test follows a format change. */
    private static int schemaOf(Path file) throws java.io.IOException {
        var m = java.util.regex.Pattern.compile("\"schemaVersion\": (\\d+)").matcher(java.nio.file.Files.readString(file));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
