package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchback.model.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedOnDiskTest {
    private static final Plan PLAN = SamplePlan.create(LocalDate.of(2026, 3, 2));

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void writePlan() throws StoreException {
        file = dir.resolve("plan.json");
        PlanStore.save(file, PLAN, List.of());
    }

    @Test
    void savingOverAnUnchangedFileSucceedsAndGivesTheNewStamp() throws Exception {
        OpenedPlan opened = PlanStore.openFile(file);
        OpenedPlan saved = PlanStore.save(opened, PLAN.withName("Mine"), List.of());
        assertThat(saved.stamp().sha256()).isEqualTo(FileStamp.sha256(Files.readAllBytes(file)));
        assertThat(saved.stamp().sameContentAs(opened.stamp())).isFalse();
        // The returned state allows the next save without reopening.
        PlanStore.save(saved, PLAN.withName("Mine again"), List.of());
        assertThat(PlanStore.read(file).name()).isEqualTo("Mine again");
    }

    @Test
    void aFileChangedByAnotherProgramIsNotOverwritten() throws Exception {
        OpenedPlan opened = PlanStore.openFile(file);
        PlanStore.save(file, PLAN.withName("Edited elsewhere"), List.of());
        byte[] theirs = Files.readAllBytes(file);

        assertThatThrownBy(() -> PlanStore.save(opened, PLAN.withName("Mine"), List.of()))
                .isInstanceOf(FileChangedException.class)
                .hasMessage("plan.json was changed by another program since you opened it. Nothing was saved: use"
                        + " Save As to keep both versions, or reopen the file to load the other program's changes.");
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
    }

    @Test
    void aChangeOfOneByteWithTheSameSizeAndTimeIsDetected() throws Exception {
        OpenedPlan opened = PlanStore.openFile(file);
        FileTime time = Files.getLastModifiedTime(file);
        String json = Files.readString(file);
        Files.writeString(file, json.replace("\"bodyMassKg\": 68", "\"bodyMassKg\": 69"));
        Files.setLastModifiedTime(file, time);
        assertThatThrownBy(() -> PlanStore.save(opened, PLAN, List.of())).isInstanceOf(FileChangedException.class);
    }

    @Test
    void onlyTouchingTheFileIsNotAChange() throws Exception {
        OpenedPlan opened = PlanStore.openFile(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        PlanStore.save(opened, PLAN.withName("Mine"), List.of());
        assertThat(PlanStore.read(file).name()).isEqualTo("Mine");
    }

    @Test
    void aFileDeletedSinceOpeningIsWrittenAgain() throws Exception {
        OpenedPlan opened = PlanStore.openFile(file);
        Files.delete(file);
        PlanStore.save(opened, PLAN.withName("Mine"), List.of());
        assertThat(PlanStore.read(file).name()).isEqualTo("Mine");
    }

    @Test
    void saveAsIgnoresWhatIsOnDisk() throws Exception {
        PlanStore.openFile(file);
        Files.writeString(file, "not even json");
        PlanStore.save(file, PLAN, List.of());
        assertThat(PlanStore.read(file)).isEqualTo(PLAN);
        assertThat(Files.readString(dir.resolve("plan.json.1"))).isEqualTo("not even json");
    }
}
