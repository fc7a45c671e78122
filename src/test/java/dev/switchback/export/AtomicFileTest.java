package dev.switchback.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private static final AtomicFile.Body FAILS_HALFWAY = out -> {
        out.write("half of a file".getBytes(StandardCharsets.UTF_8));
        out.flush();
        throw new IOException("disk full");
    };

    @Test
    void aFailedWriteLeavesNoFileBehind() {
        Path target = dir.resolve("sheet.pdf");
        assertThatThrownBy(() -> AtomicFile.write(target, FAILS_HALFWAY))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("sheet.pdf").hasMessageContaining("disk full")
                .hasMessageContaining("left unchanged");
        assertThat(target).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFailedWriteKeepsTheEarlierFileIntact() throws Exception {
        Path target = dir.resolve("plan.csv");
        Files.writeString(target, "earlier export");
        assertThatThrownBy(() -> AtomicFile.write(target, FAILS_HALFWAY)).isInstanceOf(ExportException.class);
        assertThat(target).hasContent("earlier export");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailureInTheRendererLeavesNoZeroByteFile() {
        Path target = dir.resolve("crash.ics");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            throw new IOException("renderer broke");
        })).isInstanceOf(ExportException.class);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void replacesAnEarlierFileWhenTheWriteSucceeds() throws Exception {
        Path target = dir.resolve("plan.csv");
        Files.writeString(target, "old");
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingFolderIsExplainedAndNothingIsCreated() {
        Path target = dir.resolve("no/such/folder/out.pdf");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write(1)))
                .isInstanceOf(ExportException.class).hasMessageContaining("does not exist");
        assertThat(dir.resolve("no")).doesNotExist();
    }
}
