package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.SessionKind;
import dev.switchback.model.TemplateLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates file's example in docs/plan-format.md is a file Switchback reads, and means what it says. */
class TemplatesFormatDocTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentedTemplatesFileIsRead() throws Exception {
        String doc = Files.readString(Path.of("docs/plan-format.md"));
        int section = doc.indexOf("## The templates file");
        int start = doc.indexOf("```json", section) + "```json".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        Files.writeString(dir.resolve(TemplateStore.FILE), example);
        TemplateLibrary lib = TemplateStore.inDataFolder(dir).read();
        assertThat(lib.session("hill reps").orElseThrow().session().startTime()).contains(LocalTime.of(6, 30));
        assertThat(lib.week("Build week").orElseThrow().slots()).extracting(s -> s.session().kind())
                .containsExactly(SessionKind.REST, SessionKind.HIKE);
        assertThat(lib.week("Build week").orElseThrow().slots().get(1).dayOffset()).isEqualTo(5);
    }
}
