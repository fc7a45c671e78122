package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchback.model.Route;
import dev.switchback.model.RoutePoint;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.model.SessionTemplate;
import dev.switchback.model.TemplateLibrary;
import dev.switchback.model.TrailPlan;
import dev.switchback.model.Weather;
import dev.switchback.model.WeekTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateStoreTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final Session PACK_DAY = Session.of(MONDAY.plusDays(5), SessionKind.HIKE, "Long pack day",
            Duration.ofMinutes(240)).withPackKg(12.5).withClimbM(900).withDistanceM(16_000)
            .withTargetRpe(Optional.of(4.0)).withStartTime(Optional.of(LocalTime.of(7, 30)))
            .withTrail(TrailPlan.NONE.withBailouts(List.of("Hut at km 8")).withConditions(Set.of(Weather.HOT))
                    .withRoute(Optional.of(new Route("Ridge", List.of(RoutePoint.of(47.5, 12.1, 800),
                            RoutePoint.of(47.51, 12.12, 1200))))));
    static final Session EASY = Session.of(MONDAY.plusDays(1), SessionKind.TRAIL_RUN, "Easy", Duration.ofMinutes(45));
    static final TemplateLibrary LIBRARY = TemplateLibrary.EMPTY
            .withSession(new SessionTemplate("Long pack day", PACK_DAY))
            .withSession(new SessionTemplate("Easy", EASY))
            .withWeek(WeekTemplate.of("Build week", MONDAY, List.of(EASY, PACK_DAY, Session.rest(MONDAY))));

    @TempDir
    Path dir;

    TemplateStore store() {
        return TemplateStore.inDataFolder(dir);
    }

    @Test
    void noFileIsAnEmptyLibraryAndTheFirstSaveMakesItInTheDataFolder() throws Exception {
        TemplateStore store = TemplateStore.inDataFolder(dir.resolve("new-folder"));
        assertThat(store.read()).isEqualTo(TemplateLibrary.EMPTY);
        assertThat(store.file()).doesNotExist();
        store.update(lib -> LIBRARY);
        assertThat(store.file()).isEqualTo(dir.resolve("new-folder/templates.json")).exists();
    }

    @Test
    void aLibraryReadsBackEqualAndItsSessionsHaveNoIdOrDayInTheFile() throws Exception {
        store().update(lib -> LIBRARY);
        assertThat(store().read()).isEqualTo(LIBRARY);
        String text = Files.readString(store().file());
        assertThat(text).startsWith("{\n  \"formatVersion\": 1,").doesNotContain("\"id\"").doesNotContain("\"date\"")
                .contains("\"dayOffset\": 5").contains("\"startTime\": \"07:30\"").contains("[47.5, 12.1, 800]");
    }

    @Test
    void everySaveKeepsThePreviousFileAsABackup() throws Exception {
        store().update(lib -> LIBRARY);
        byte[] first = Files.readAllBytes(store().file());
        TemplateLibrary after = store().update(lib -> lib.withoutSession("Easy"));
        assertThat(after.sessions()).extracting(SessionTemplate::name).containsExactly("Long pack day");
        assertThat(dir.resolve("templates.json.1")).hasBinaryContent(first);
        assertThat(store().read()).isEqualTo(after);
    }

    @Test
    void anUpdateStartsFromWhatTheFileHoldsNowSoAnotherWindowsTemplateIsKept() throws Exception {
        store().update(lib -> lib.withSession(new SessionTemplate("Easy", EASY)));
        TemplateStore otherWindow = TemplateStore.inDataFolder(dir);
        otherWindow.update(lib -> lib.withSession(new SessionTemplate("Hills", EASY)));
        TemplateLibrary mine = store().update(lib -> lib.withSession(new SessionTemplate("Tempo", EASY)));
        assertThat(mine.sessions()).extracting(SessionTemplate::name).containsExactly("Easy", "Hills", "Tempo");
    }

    @Test
    void aChangeThatIsRefusedWritesNothing() throws Exception {
        store().update(lib -> LIBRARY);
        byte[] before = Files.readAllBytes(store().file());
        assertThatThrownBy(() -> store().update(lib -> lib.renameSession("Easy", "long PACK day")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store().file()).hasBinaryContent(before);
        assertThat(dir.resolve("templates.json.1")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "broken JSON|{\"formatVersion\": 1, \"sessionTemplates\": [ {\"name\": \"x\" ]}|templates.json, line 1, column ",
            "empty|''|templates.json, line 1, column 1: the file is empty, it holds no templates.",
            "no version|{\"sessionTemplates\": []}|(formatVersion): formatVersion must be a whole number",
            "bad pack|{\"formatVersion\": 1, \"sessionTemplates\": [{\"name\": \"Heavy\", \"session\": {\"kind\": \"HIKE\", \"durationMin\": 60, \"packKg\": -5}}]}|(sessionTemplates[0].session.packKg): Pack mass must be between 0 and 80 kg (was -5 kg).",
            "blank name|{\"formatVersion\": 1, \"sessionTemplates\": [{\"name\": \" \", \"session\": {\"kind\": \"HIKE\", \"durationMin\": 60}}]}|(sessionTemplates[0].name): Template name must not be empty.",
            "unknown field|{\"formatVersion\": 1, \"sessionTemplate\": []}|unknown field",
            "day 7|{\"formatVersion\": 1, \"weekTemplates\": [{\"name\": \"W\", \"sessions\": [{\"dayOffset\": 7, \"session\": {\"kind\": \"REST\"}}]}]}|(weekTemplates[0].sessions[0].dayOffset): dayOffset must be between 0 (Monday) and 6 (Sunday) (was 7).",
            "same name twice|{\"formatVersion\": 1, \"sessionTemplates\": [{\"name\": \"Easy\", \"session\": {\"kind\": \"REST\"}}, {\"name\": \"easy\", \"session\": {\"kind\": \"REST\"}}]}|appears twice"})
    void aFileThatCannotBeReadIsRefusedInWordsAndNeverOverwritten(String what, String content, String expected)
            throws Exception {
        Path file = store().file();
        Files.writeString(file, content);
        assertThatThrownBy(() -> store().read()).isInstanceOf(StoreException.class)
                .hasMessageContaining(expected)
                .hasMessageContaining("Switchback does not change this file and saves no template until it can read it")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(PlanJson.MAX_MESSAGE)
                        .doesNotContain("com.fasterxml").doesNotContain("Exception"));
        assertThatThrownBy(() -> store().update(lib -> LIBRARY)).isInstanceOf(StoreException.class);
        assertThat(file).hasContent(content);
        assertThat(dir.resolve("templates.json.1")).doesNotExist();
    }

    @Test
    void aBrokenFileWithABackupNamesTheBackup() throws Exception {
        store().update(lib -> LIBRARY);
        store().update(lib -> lib.withoutSession("Easy"));
        Files.writeString(store().file(), "{");
        assertThatThrownBy(() -> store().read()).hasMessageContaining(
                "or rename templates.json.1 (the version before the last save) to templates.json.");
    }

    @Test
    void aNewerFormatIsRefusedAndLeftAsItIs() throws Exception {
        Files.writeString(store().file(), "{\n  \"formatVersion\": 2,\n  \"sessionTemplates\": [],\n  \"tags\": []\n}\n");
        assertThatThrownBy(() -> store().read()).hasMessage("templates.json was written by a newer Switchback"
                + " (templates format 2, line 2); this version reads format 1. Update Switchback to use these templates."
                + " The file was not changed, and no template is saved into it until then.");
        assertThatThrownBy(() -> store().update(lib -> LIBRARY)).isInstanceOf(StoreException.class);
        assertThat(store().file()).hasContent("{\n  \"formatVersion\": 2,\n  \"sessionTemplates\": [],\n  \"tags\": []\n}\n");
    }

    @Test
    void anUnreadableFileSaysWhyAndIsNotOverwritten() throws Exception {
        Files.writeString(dir.resolve("templates.json"), "{\"formatVersion\": 1}");
        FileOps denied = new FileOps() {
            @Override
            public InputStream newInputStream(Path file) throws IOException {
                throw new AccessDeniedException(file.toString());
            }
        };
        TemplateStore store = new TemplateStore(dir.resolve("templates.json"), denied);
        assertThatThrownBy(store::read).hasMessage("templates.json cannot be read: permission denied. Check the file's"
                + " permissions or copy it somewhere you may read. No template is saved until it can be read.");
        assertThatThrownBy(() -> store.update(lib -> LIBRARY)).isInstanceOf(StoreException.class);
        assertThat(dir.resolve("templates.json")).hasContent("{\"formatVersion\": 1}");
    }

    @Test
    void aFolderInThePlaceOfTheFileIsRefused() throws Exception {
        Files.createDirectories(store().file());
        assertThatThrownBy(() -> store().read()).hasMessage("templates.json is a folder, not the templates file. Move"
                + " it aside; until then no template can be saved.");
    }

    @Test
    void anOlderLibraryFileWithOnlySessionTemplatesReads() throws Exception {
        Files.writeString(store().file(), "{\"formatVersion\": 1, \"sessionTemplates\": [{\"name\": \"Easy\", \"session\":"
                + " {\"kind\": \"TRAIL_RUN\", \"title\": \"Easy\", \"durationMin\": 45}}]}", StandardCharsets.UTF_8);
        assertThat(store().read()).isEqualTo(TemplateLibrary.EMPTY.withSession(new SessionTemplate("Easy", EASY)));
    }
}
