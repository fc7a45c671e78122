package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchback.model.Plan;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A save killed half way (simulated: the process "dies" at a step, so no clean-up code runs) leaves
 * our temp files behind; the next open deletes exactly those, once they are older than a save takes.
 */
class LeftoversAfterCrashTest {
    private static final Plan OLD = SamplePlan.create(LocalDate.of(2026, 6, 1));
    private static final Plan NEW = OLD.withName("Edited plan");

    @TempDir
    Path dir;
    Path file;

    /** What kill -9 does to a save: nothing after this point runs, not even the finally blocks. */
    static final class Killed extends Error {
        Killed() {
            super("killed", null, false, false);
        }
    }

    enum Moment { AFTER_WRITING_TEMP, AFTER_COPYING_ASIDE, BEFORE_RENAME }

    @BeforeEach
    void writeOld() throws StoreException {
        file = dir.resolve("plan.json");
        PlanStore.save(file, OLD, List.of());
        PlanStore.save(file, OLD, List.of());
    }

    private FileOps dyingAt(Moment moment) {
        return new FileOps() {
            @Override
            public void force(FileChannel channel) throws IOException {
                FileOps.super.force(channel);
                if (moment == Moment.AFTER_WRITING_TEMP) {
                    throw new Killed();
                }
            }

            @Override
            public void copy(Path from, Path to, CopyOption... options) throws IOException {
                FileOps.super.copy(from, to, options);
                if (moment == Moment.AFTER_COPYING_ASIDE) {
                    throw new Killed();
                }
            }

            @Override
            public void move(Path from, Path to, CopyOption... options) throws IOException {
                if (moment == Moment.BEFORE_RENAME && Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                    throw new Killed();
                }
                FileOps.super.move(from, to, options);
            }
        };
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void age(Instant when) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.setLastModifiedTime(p, FileTime.from(when));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Moment.class)
    void theNextOpenDeletesWhatAKilledSaveLeftAndNothingElse(Moment moment) throws Exception {
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> new PlanStore(dyingAt(moment), PlanJson.standard()).write(file, NEW, List.of()))
                .isInstanceOf(Killed.class);
        assertThat(names()).anyMatch(n -> n.matches("\\.plan\\.json\\.[0-9]+\\.tmp"));
        Files.writeString(dir.resolve(".plan.json.my-notes.tmp"), "the user's own file");
        Files.writeString(dir.resolve("plan.json.tmp"), "the user's own file");
        age(Instant.now().minusSeconds(3600));
        List<String> expected = names().stream()
                .filter(n -> !n.matches("\\.plan\\.json\\.(backup\\.)?[0-9]+\\.tmp")).toList();

        List<Path> deleted = PlanStore.cleanLeftovers(file);

        assertThat(deleted).isNotEmpty().allSatisfy(p -> assertThat(p.getFileName().toString())
                .matches("\\.plan\\.json\\.(backup\\.)?[0-9]+\\.tmp"));
        assertThat(names()).isEqualTo(expected).contains(".plan.json.my-notes.tmp", "plan.json.tmp", "plan.json",
                "plan.json.1");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        for (Path backup : PlanStore.backups(file)) {
            if (Files.exists(backup)) {
                assertThat(PlanStore.read(backup)).isEqualTo(OLD);
            }
        }
    }

    @Test
    void aTempFileYoungerThanASaveCouldTakeIsLeftAlone() throws Exception {
        assertThatThrownBy(() -> new PlanStore(dyingAt(Moment.BEFORE_RENAME), PlanJson.standard())
                .write(file, NEW, List.of())).isInstanceOf(Killed.class);
        // Another window may be saving right now: a fresh temp file is not ours to delete.
        assertThat(PlanStore.cleanLeftovers(file)).isEmpty();
        assertThat(names()).anyMatch(n -> n.matches("\\.plan\\.json\\.[0-9]+\\.tmp"));
        // At the limit it is still kept, just over it it goes.
        Instant now = Instant.now();
        age(now.minus(PlanStore.LEFTOVER_AGE).plusSeconds(5));
        assertThat(PlanStore.cleanLeftovers(file, now.minus(PlanStore.LEFTOVER_AGE))).isEmpty();
        age(now.minus(PlanStore.LEFTOVER_AGE).minusSeconds(5));
        assertThat(PlanStore.cleanLeftovers(file, now.minus(PlanStore.LEFTOVER_AGE))).hasSize(1);
    }

    @Test
    void readingAloneNeverDeletesAnything() throws Exception {
        assertThatThrownBy(() -> new PlanStore(dyingAt(Moment.AFTER_WRITING_TEMP), PlanJson.standard())
                .write(file, NEW, List.of())).isInstanceOf(Killed.class);
        age(Instant.now().minusSeconds(3600));
        List<String> before = names();
        PlanStore.read(file);
        PlanStore.openFile(file);
        assertThat(names()).isEqualTo(before);
    }
}
