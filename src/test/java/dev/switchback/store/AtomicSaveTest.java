package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchback.model.Plan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AtomicSaveTest {
    private static final Plan OLD = SamplePlan.create(LocalDate.of(2026, 6, 1));
    private static final Plan NEW = OLD.withName("Edited plan");

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void writeOldPlan() throws StoreException {
        file = dir.resolve("plan.json");
        PlanStore.save(file, OLD, List.of());
    }

    /** The steps of a save, in order; {@link Faulty} fails one of them. */
    enum Step {
        CREATE_TEMP, OPEN, WRITE, WRITE_HALF, FORCE, CLOSE, CREATE_BACKUP_TEMP, COPY_BACKUP, ROTATE_BACKUP,
        MOVE_BACKUP, MOVE_INTO_PLACE
    }

    /** Real file operations, except that one chosen step throws. */
    static final class Faulty implements FileOps {
        final Step failing;
        final List<String> calls = new ArrayList<>();

        Faulty(Step failing) {
            this.failing = failing;
        }

        private void maybeFail(Step step) throws IOException {
            calls.add(step.name());
            if (step == failing) {
                throw new IOException("injected failure at " + step);
            }
        }

        @Override
        public Path createTempFile(Path dir, String prefix) throws IOException {
            maybeFail(prefix.contains("backup") ? Step.CREATE_BACKUP_TEMP : Step.CREATE_TEMP);
            return FileOps.super.createTempFile(dir, prefix);
        }

        @Override
        public FileChannel openForWrite(Path file) throws IOException {
            maybeFail(Step.OPEN);
            return FileOps.super.openForWrite(file);
        }

        @Override
        public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
            if (failing == Step.WRITE_HALF) {
                bytes.limit(bytes.limit() / 2);
                FileOps.super.write(channel, bytes);
                maybeFail(Step.WRITE_HALF); // the disk filled up half way
            }
            maybeFail(Step.WRITE);
            FileOps.super.write(channel, bytes);
        }

        @Override
        public void force(FileChannel channel) throws IOException {
            maybeFail(Step.FORCE);
            FileOps.super.force(channel);
        }

        @Override
        public void close(FileChannel channel) throws IOException {
            FileOps.super.close(channel); // close really, then report failure as some file systems do
            maybeFail(Step.CLOSE);
        }

        @Override
        public void copy(Path from, Path to, CopyOption... options) throws IOException {
            if (failing == Step.COPY_BACKUP) {
                Files.writeString(to, "half a backu"); // a partial copy before the failure
            }
            maybeFail(Step.COPY_BACKUP);
            FileOps.super.copy(from, to, options);
        }

        @Override
        public void move(Path from, Path to, CopyOption... options) throws IOException {
            boolean intoPlace = Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE);
            boolean newestBackup = to.getFileName().toString().endsWith(".1");
            maybeFail(intoPlace ? Step.MOVE_INTO_PLACE : newestBackup ? Step.MOVE_BACKUP : Step.ROTATE_BACKUP);
            FileOps.super.move(from, to, options);
        }
    }

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::getFileName).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aFailureAtAnyStepLeavesTheOldFileIntactAndNoTempFile(Step step) throws Exception {
        PlanStore.save(file, OLD.withName("Second version"), List.of()); // so a backup exists to rotate
        byte[] before = Files.readAllBytes(file);
        byte[] backupBefore = Files.readAllBytes(dir.resolve("plan.json.1"));
        var faulty = new Faulty(step);
        var store = new PlanStore(faulty, PlanJson.standard());

        assertThatThrownBy(() -> store.write(file, NEW, List.of()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Could not save plan.json")
                .hasMessageContaining("The file on disk was not changed");

        assertThat(faulty.calls).contains(step.name());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(PlanStore.read(file).name()).isEqualTo("Second version");
        assertThat(filesInFolder()).allSatisfy(p -> assertThat(p.toString()).doesNotEndWith(".tmp"));
        // Backups are whole files: the previous newest backup survives as .1 or, rotated, as .2.
        for (Path backup : List.of(dir.resolve("plan.json.1"), dir.resolve("plan.json.2"))) {
            if (Files.exists(backup)) {
                assertThat(Files.readAllBytes(backup)).satisfiesAnyOf(b -> assertThat(b).isEqualTo(backupBefore),
                        b -> assertThat(b).isEqualTo(before));
            }
        }
        assertThat(List.of(dir.resolve("plan.json.1"), dir.resolve("plan.json.2")))
                .anySatisfy(b -> assertThat(b).exists().hasBinaryContent(backupBefore));
    }

    @Test
    void aSaveTakesTheStepsInTheSafeOrder() throws Exception {
        PlanStore.save(file, OLD.withName("Second version"), List.of());
        var recording = new Faulty(null);
        new PlanStore(recording, PlanJson.standard()).write(file, NEW, List.of());
        assertThat(recording.calls).containsExactly("CREATE_TEMP", "OPEN", "WRITE", "FORCE", "CLOSE",
                "CREATE_BACKUP_TEMP", "COPY_BACKUP", "ROTATE_BACKUP", "MOVE_BACKUP", "MOVE_INTO_PLACE");
        assertThat(PlanStore.read(file)).isEqualTo(NEW);
    }

    @Test
    void whereTheFileSystemRefusesAtomicMoveTheSaveReplacesTheFile() throws Exception {
        var noAtomic = new FileOps() {
            @Override
            public void move(Path from, Path to, CopyOption... options) throws IOException {
                if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                    throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "test");
                }
                FileOps.super.move(from, to, options);
            }
        };
        new PlanStore(noAtomic, PlanJson.standard()).write(file, NEW, List.of());
        assertThat(PlanStore.read(file)).isEqualTo(NEW);
        assertThat(PlanStore.read(dir.resolve("plan.json.1"))).isEqualTo(OLD);
    }

    @Test
    void aFailedFolderSyncAfterTheRenameStillCountsAsSaved() throws Exception {
        var noDirSync = new FileOps() {
            @Override
            public void forceDirectory(Path dir) throws IOException {
                throw new IOException("not supported here");
            }
        };
        new PlanStore(noDirSync, PlanJson.standard()).write(file, NEW, List.of());
        assertThat(PlanStore.read(file)).isEqualTo(NEW);
    }

    @Test
    void backupsRotateNewestFirstAndKeepThree() throws Exception {
        for (int i = 1; i <= 5; i++) {
            PlanStore.save(file, OLD.withName("Version " + i), List.of());
        }
        assertThat(PlanStore.read(file).name()).isEqualTo("Version 5");
        assertThat(PlanStore.read(dir.resolve("plan.json.1")).name()).isEqualTo("Version 4");
        assertThat(PlanStore.read(dir.resolve("plan.json.2")).name()).isEqualTo("Version 3");
        assertThat(PlanStore.read(dir.resolve("plan.json.3")).name()).isEqualTo("Version 2");
        assertThat(filesInFolder()).extracting(Path::toString)
                .containsExactly(".plan.json.lock", "plan.json", "plan.json.1", "plan.json.2", "plan.json.3");
    }

    @Test
    void aSaveKeepsThePermissionsOfTheOldFile() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(file).supportsFileAttributeView("posix"), "POSIX permissions");
        var mode = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, mode);
        PlanStore.save(file, NEW, List.of());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(mode);
    }

    @Test
    void theFirstSaveOfANewFileMakesNoBackup() throws Exception {
        Path fresh = dir.resolve("new.json");
        PlanStore.save(fresh, OLD, List.of());
        assertThat(Files.exists(dir.resolve("new.json.1"))).isFalse();
    }

    @Test
    void savingIntoAFolderThatDoesNotExistSaysSo() {
        assertThatThrownBy(() -> PlanStore.save(dir.resolve("missing/plan.json"), NEW, List.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("does not exist");
    }

    @Test
    void findingsAreWrittenButIgnoredOnReading() throws Exception {
        var finding = new dev.switchback.engine.Finding("weekly-ramp", dev.switchback.engine.Severity.WARN,
                LocalDate.of(2026, 6, 1), List.of(LocalDate.of(2026, 6, 3)), 1.42, 1.3, "x",
                "Week load rose 42 %", "Big jumps raise injury risk", new dev.switchback.engine.Source(
                "Nielsen 2014", dev.switchback.engine.Evidence.values()[0]),
                new dev.switchback.engine.Suggestion.Advice("Shorten Saturday's long day"));
        PlanStore.save(file, NEW, List.of(finding));
        String json = Files.readString(file);
        assertThat(json).contains("\"findings\"", "\"ruleId\": \"weekly-ramp\"", "\"severity\": \"WARN\"",
                "Shorten Saturday's long day", "Nielsen 2014");
        assertThat(PlanStore.read(file)).isEqualTo(NEW);
        // A hand-edited findings section cannot break the plan: it is not read.
        Files.writeString(file, json.replace("\"ruleId\": \"weekly-ramp\"", "\"anything\": [1, {\"x\": null}]"));
        assertThat(PlanStore.read(file)).isEqualTo(NEW);
    }
}
