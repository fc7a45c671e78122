package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.switchback.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every file-system failure becomes a sentence whose remedy fits the cause. */
class FileSystemErrorsTest {
    private static final Plan PLAN = SamplePlan.create(LocalDate.of(2026, 6, 1));

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void write() throws StoreException {
        file = dir.resolve("plan.json");
        PlanStore.save(file, PLAN, List.of());
    }

    /** The operating system's words (strerror) for a save that fails when the temp file is made. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Read-only file system|the disk or folder is mounted read-only.|Use Save As to save on another disk",
        "No space left on device|the disk is full (or your disk quota is used up).|Free some disk space",
        "Disk quota exceeded|the disk is full (or your disk quota is used up).|Free some disk space",
        "Input/output error|the disk reported an error|Use Save As to save on another disk",
        "File name too long|the name or folder path is too long|shorter name",
        "Stale file handle|the network drive stopped responding.|Reconnect it",
        "Something odd|the system said \"Something odd\".|Try again"})
    void aFailedSaveNamesTheCauseAndAFittingRemedy(String reason, String cause, String remedy) {
        var failing = new FileOps() {
            @Override
            public Path createTempFile(Path d, String prefix) throws IOException {
                throw new FileSystemException(d.toString(), null, reason);
            }
        };
        assertThatThrownBy(() -> new PlanStore(failing, PlanJson.standard()).write(file, PLAN.withName("x"), List.of()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not save plan.json: " + cause)
                .hasMessageContaining("The file on disk was not changed")
                .hasMessageContaining(remedy)
                .hasMessageNotContaining("FileSystemException");
        if (!reason.startsWith("No space") && !reason.startsWith("Disk quota")) {
            assertThatThrownBy(() -> new PlanStore(failing, PlanJson.standard()).write(file, PLAN, List.of()))
                    .hasMessageNotContaining("disk space");
        }
    }

    @Test
    void aReadOnlyPlanFileIsNotOverwrittenAndCanBeMadeWritable() throws Exception {
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        byte[] before = Files.readAllBytes(file);
        OpenedPlan opened = PlanStore.openFile(file);

        assertThat(PlanStore.isReadOnly(file)).isTrue();
        assertThatThrownBy(() -> PlanStore.save(file, PLAN.withName("Mine"), List.of()))
                .isInstanceOf(ReadOnlyFileException.class)
                .hasMessage("Could not save plan.json: the file is read-only, so Switchback does not overwrite it."
                        + " The file on disk was not changed. Use Save As to save somewhere else, or make the file"
                        + " writable (in the window: Make writable and save) and save again.");
        assertThatThrownBy(() -> PlanStore.save(opened, PLAN.withName("Mine"), List.of()))
                .isInstanceOf(ReadOnlyFileException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(PlanStore.backups(file)).noneSatisfy(b -> assertThat(b).exists());

        PlanStore.makeWritable(file);
        assertThat(PlanStore.isReadOnly(file)).isFalse();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        PlanStore.save(opened, PLAN.withName("Mine"), List.of());
        assertThat(PlanStore.read(file).name()).isEqualTo("Mine");
    }

    @Test
    void readingThatHangsIsStoppedAfterTheTimeLimitWithASentence() throws Exception {
        var stuck = new CountDownLatch(1);
        var hanging = new FileOps() {
            @Override
            public InputStream newInputStream(Path f) throws IOException {
                try {
                    stuck.await(); // a network drive that stopped answering
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                return FileOps.super.newInputStream(f);
            }
        };
        long start = System.nanoTime();
        assertThatThrownBy(() -> new PlanStore(hanging, PlanJson.standard(), Duration.ofMillis(300)).open(file))
                .isInstanceOf(StoreException.class)
                .hasMessage("Reading plan.json took longer than 300 ms, so Switchback stopped waiting: the disk or network"
                        + " drive it is on may have stopped responding. Check that it is connected and try again, or"
                        + " copy the file to this computer and open the copy.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        stuck.countDown();
    }

    @Test
    void aPlanFileIsReadWellWithinTheTimeLimit() throws Exception {
        assertThat(new PlanStore(FileOps.SYSTEM, PlanJson.standard(), Duration.ofSeconds(5)).open(file).plan())
                .isEqualTo(PLAN);
    }
}
