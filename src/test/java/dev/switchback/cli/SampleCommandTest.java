package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.store.PlanStore;
import dev.switchback.store.SamplePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest extends CommandLineTest {
    @TempDir
    Path dir;

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void writesTheSamplePlanLaidOutAroundTheGivenDay() throws Exception {
        Path file = dir.resolve("plan.json");
        assertThat(run("sample", "-o", file.toString(), "--today", TODAY.toString())).isZero();
        Plan plan = PlanStore.read(file);
        assertThat(plan).isEqualTo(SamplePlan.create(TODAY));
        assertThat(out.toString()).contains("Wrote the sample plan around 2026-12-01 to " + file)
                .contains("Try: switchback check " + file + " --week 2026-W49");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theWrittenSampleChecksWithoutWarningsOnItsDay() {
        Path file = dir.resolve("plan.json");
        run("sample", "-o", file.toString(), "--today", TODAY.toString());
        assertThat(run("check", file.toString(), "--today", TODAY.toString())).isZero();
    }

    @Test
    void withoutOutputItBecomesThePlanOfTheDataFolderAndTheOtherCommandsFindIt() {
        Path folder = dir.resolve("new folder").resolve("switchback");
        assertThat(run("sample", "--data-dir", folder.toString(), "--today", TODAY.toString())).isZero();
        assertThat(folder.resolve("plan.json")).isRegularFile();
        assertThat(run("validate", "--data-dir", folder.toString())).isZero();
        assertThat(out.toString()).contains("plan.json: valid, schema");
        assertThat(run("check", "--data-dir", folder.toString(), "--week", "2026-W49", "--today", TODAY.toString()))
                .isZero();
        Path pdf = dir.resolve("week.pdf");
        assertThat(run("export", "--data-dir", folder.toString(), "--week", "2026-W49", "-o", pdf.toString()))
                .isZero();
        assertThat(pdf).isNotEmptyFile();
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "mine");
        assertThat(run("sample", "-o", file.toString())).isEqualTo(SwitchbackCommand.USAGE);
        assertThat(Files.readString(file)).isEqualTo("mine");
        assertThat(err.toString()).contains(file + " already exists and was not changed").contains("--force");

        assertThat(run("sample", "-o", file.toString(), "--force", "--today", TODAY.toString())).isZero();
        assertThat(PlanStore.read(file)).isEqualTo(SamplePlan.create(TODAY));
        assertThat(dir.resolve("plan.json.1")).hasContent("mine");
    }

    @Test
    void outputAndDataDirTogetherAreWrongUsage() {
        assertThat(run("sample", "-o", dir.resolve("a.json").toString(), "--data-dir", dir.toString()))
                .isEqualTo(SwitchbackCommand.USAGE);
        assertThat(err.toString()).contains("either -o FILE or --data-dir DIR");
        assertThat(dir.resolve("a.json")).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeMadeIsReportedWithTheFile() throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file, not a folder");
        Path file = blocker.resolve("plan.json");
        assertThat(run("sample", "-o", file.toString())).isEqualTo(ExportCommand.CANNOT_WRITE);
        assertThat(err.toString()).contains(file.toString()).doesNotContain("Exception");
    }

    @Test
    void checkWithoutAFileReadsTheDataFolderAndSaysWhichFileIsMissing() {
        Path folder = dir.resolve("empty");
        assertThat(run("check", "--data-dir", folder.toString())).isEqualTo(SwitchbackCommand.UNREADABLE);
        assertThat(err.toString()).contains(folder.resolve("plan.json").toString());
    }
}
