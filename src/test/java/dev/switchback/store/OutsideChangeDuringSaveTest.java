package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchback.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Another program" (a sync tool, an editor) writes the plan file at every step of a save over it:
 * each time the save is refused with the usual message and the other program's version is what the
 * file holds, with the version the user opened as {@code plan.json.1}. Nothing is lost.
 */
class OutsideChangeDuringSaveTest {
    private static final Plan OPENED = SamplePlan.create(LocalDate.of(2026, 6, 1));
    private static final Plan MINE = OPENED.withName("My edits");
    private static final Plan THEIRS = OPENED.withName("Their edits");
    private static final String REFUSED = "plan.json was changed by another program since you opened it. Nothing was"
            + " saved: use Save As to keep both versions, or reopen the file to load the other program's changes.";

    @TempDir
    Path dir;
    Path file;
    byte[] opened;
    byte[] theirs;

    enum Writer { IN_PLACE, BY_RENAME }

    @BeforeEach
    void writeOpenedPlan() throws Exception {
        file = dir.resolve("plan.json");
        PlanStore.save(file, OPENED.withName("Older"), List.of()); // so there are backups to rotate
        PlanStore.save(file, OPENED, List.of());
        opened = Files.readAllBytes(file);
        theirs = PlanJson.standard().write(THEIRS, List.of());
    }

    /** Real file operations that record each step and let "another program" write before step {@code at}. */
    static final class Interfering implements FileOps {
        final List<String> steps = new ArrayList<>();
        final Path file;
        final byte[] theirs;
        final int at;
        final Writer writer;

        Interfering(Path file, byte[] theirs, int at, Writer writer) {
            this.file = file;
            this.theirs = theirs;
            this.at = at;
            this.writer = writer;
        }

        private void step(String name) {
            steps.add(name);
            if (steps.size() == at) {
                try {
                    if (writer == Writer.IN_PLACE) {
                        Files.write(file, theirs); // same file, rewritten: an editor
                    } else {
                        Path tmp = file.resolveSibling("sync-tool.partial");
                        Files.write(tmp, theirs); // a new file renamed over: a sync tool
                        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public InputStream newInputStream(Path f) throws IOException {
            step("read to compare");
            return FileOps.super.newInputStream(f);
        }

        @Override
        public Path createTempFile(Path d, String prefix) throws IOException {
            step(prefix.contains("backup") ? "create backup temp" : "create temp");
            return FileOps.super.createTempFile(d, prefix);
        }

        @Override
        public FileChannel openForWrite(Path f) throws IOException {
            step("open temp");
            return FileOps.super.openForWrite(f);
        }

        @Override
        public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
            step("write temp");
            FileOps.super.write(channel, bytes);
        }

        @Override
        public void force(FileChannel channel) throws IOException {
            step("fsync temp");
            FileOps.super.force(channel);
        }

        @Override
        public void close(FileChannel channel) throws IOException {
            step("close temp");
            FileOps.super.close(channel);
        }

        @Override
        public FileChannel openForRead(Path f) throws IOException {
            step(f.equals(file) ? "open the file to check it" : "open the backup copy to check it");
            return FileOps.super.openForRead(f);
        }

        @Override
        public void copy(Path from, Path to, CopyOption... options) throws IOException {
            step("copy aside");
            FileOps.super.copy(from, to, options);
        }

        @Override
        public void sync(Path f) throws IOException {
            step("fsync backup");
            FileOps.super.sync(f);
        }

        @Override
        public void move(Path from, Path to, CopyOption... options) throws IOException {
            step(to.equals(file) ? "rename into place"
                    : "move to ." + to.getFileName().toString().substring(to.getFileName().toString().length() - 1));
            FileOps.super.move(from, to, options);
        }

        @Override
        public void forceDirectory(Path d) throws IOException {
            step("fsync folder");
            FileOps.super.forceDirectory(d);
        }
    }

    private static List<String> cleanSaveSteps(Path dir) throws Exception {
        Path f = dir.resolve("probe.json");
        PlanStore.save(f, OPENED, List.of());
        PlanStore.save(f, OPENED, List.of());
        OpenedPlan o = PlanStore.openFile(f);
        var recording = new Interfering(f, new byte[0], 0, Writer.IN_PLACE);
        new PlanStore(recording, PlanJson.standard()).saveOver(o, MINE, List.of());
        return recording.steps;
    }

    static final List<String> STEPS;

    static {
        try {
            Path d = Files.createTempDirectory("switchback-steps");
            STEPS = cleanSaveSteps(d);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> everyStepAndWriter() {
        return IntStream.rangeClosed(1, STEPS.size()).boxed().flatMap(i -> Stream.of(Writer.values())
                .map(w -> Arguments.of(i, STEPS.get(i - 1), w)));
    }

    @Test
    void aSaveOverAnOpenedFileTakesTheseSteps() {
        assertThat(STEPS).containsExactly("read to compare", "create temp", "open temp", "write temp", "fsync temp",
                "close temp", "open the file to check it", "create backup temp", "copy aside", "fsync backup",
                "open the backup copy to check it", "move to .2", "move to .1",
                "open the file to check it", "rename into place", "fsync folder");
    }

    @ParameterizedTest(name = "{2} write before step {0}: {1}")
    @MethodSource("everyStepAndWriter")
    void aWriteByAnotherProgramAtAnyStepIsKept(int at, String step, Writer writer) throws Exception {
        OpenedPlan base = PlanStore.openFile(file);
        var interfering = new Interfering(file, theirs, at, writer);
        var store = new PlanStore(interfering, PlanJson.standard());
        boolean afterTheRename = at > STEPS.indexOf("rename into place") + 1;
        boolean theOneGap = writer == Writer.BY_RENAME && step.equals("rename into place");
        if (afterTheRename) {
            // Our save was complete; theirs came later and is on top.
            store.saveOver(base, MINE, List.of());
            assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
            assertThat(PlanStore.read(file.resolveSibling("plan.json.1"))).isEqualTo(OPENED);
        } else if (theOneGap) {
            // A rename by another program between our last check and our own rename (one system call):
            // not detectable from Java; documented in plan-format.md. Our save wins, theirs is not kept.
            store.saveOver(base, MINE, List.of());
            assertThat(PlanStore.read(file)).isEqualTo(MINE);
        } else {
            assertThatThrownBy(() -> store.saveOver(base, MINE, List.of()))
                    .isInstanceOf(FileChangedException.class).hasMessage(REFUSED);
            assertThat(Files.readAllBytes(file)).as("the other program's version").isEqualTo(theirs);
            Path newest = file.resolveSibling("plan.json.1");
            assertThat(PlanStore.read(newest)).as("plan.json.1 is a whole plan").isIn(OPENED, OPENED.withName("Older"));
        }
        assertThat(interfering.steps).hasSizeGreaterThanOrEqualTo(at).element(at - 1).isEqualTo(step);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".partial"));
        }
    }

    @Test
    void twoSwitchbackSavesOfOneFileTakeTurnsAndTheSecondFindsTheFirstOnesChange() throws Exception {
        OpenedPlan base = PlanStore.openFile(file);
        var copying = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var slow = new FileOps() {
            @Override
            public void copy(Path from, Path to, CopyOption... options) throws IOException {
                copying.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                FileOps.super.copy(from, to, options);
            }
        };
        CompletableFuture<OpenedPlan> first = CompletableFuture.supplyAsync(() -> {
            try {
                return new PlanStore(slow, PlanJson.standard()).saveOver(base, THEIRS, List.of());
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(copying.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> {
            try {
                PlanStore.save(base, MINE, List.of());
                return null;
            } catch (StoreException e) {
                return e;
            }
        });
        Thread.sleep(200);
        assertThat(second).as("waits for the first save").isNotDone();
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).isInstanceOf(FileChangedException.class);
        assertThat(PlanStore.read(file)).isEqualTo(THEIRS);
    }

    @Test
    void theBackupCopyIsFlushedToDisk() throws Exception {
        var synced = new ArrayList<String>();
        var recording = new FileOps() {
            @Override
            public void sync(Path f) throws IOException {
                synced.add(f.getFileName().toString());
                FileOps.super.sync(f);
            }
        };
        new PlanStore(recording, PlanJson.standard()).write(file, MINE, List.of());
        assertThat(synced).singleElement().asString().startsWith(".plan.json.backup.").endsWith(".tmp");
        assertThat(Arrays.asList(Files.readAllBytes(file.resolveSibling("plan.json.1")))).isNotEmpty();
        assertThat(Files.readAllBytes(file.resolveSibling("plan.json.1"))).isEqualTo(opened);
    }
}
