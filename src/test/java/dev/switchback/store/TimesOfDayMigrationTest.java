package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionId;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Schema 1 to 2 (start times of day): an old file reads, saves as 2, and the new field round-trips. */
class TimesOfDayMigrationTest {
    @TempDir
    Path dir;

    private Path schema1File() throws Exception {
        Path file = dir.resolve("plan.json");
        try (InputStream in = getClass().getResourceAsStream("schema-1-plan.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void aSchema1FileIsReadWithNoTimesAndLeftUnchangedOnDisk() throws Exception {
        Path file = schema1File();
        byte[] before = Files.readAllBytes(file);
        OpenedPlan opened = PlanStore.openFile(file);
        assertThat(opened.schemaVersion()).isEqualTo(1);
        assertThat(opened.migrated()).isTrue();
        Plan plan = opened.plan();
        assertThat(plan.sessions()).hasSize(2).allSatisfy(s -> assertThat(s.startTime()).isEmpty());
        assertThat(plan.logs()).singleElement().satisfies(l -> {
            assertThat(l.startTime()).isEmpty();
            assertThat(l.avgHeartRate()).contains(156);
            assertThat(l.feelDuring().orElseThrow().words()).isEqualTo("strong");
        });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void savingTheMigratedPlanWritesSchema2AndKeepsTheOldFileAsBackup() throws Exception {
        Path file = schema1File();
        OpenedPlan opened = PlanStore.openFile(file);
        PlanStore.save(opened, opened.plan(), List.of());
        assertThat(Files.readString(file)).contains("\"schemaVersion\": " + PlanJson.SCHEMA_VERSION);
        assertThat(Files.readString(dir.resolve("plan.json.1"))).contains("\"schemaVersion\": 1");
        assertThat(PlanStore.read(file)).isEqualTo(opened.plan());
    }

    @Test
    void startTimesRoundTripInSchema2() throws Exception {
        Path file = schema1File();
        Plan plan = PlanStore.read(file);
        Session s = plan.session(new SessionId("s-1")).orElseThrow().withStartTime(Optional.of(LocalTime.of(6, 5)));
        plan = plan.withSession(s).withLog(plan.logs().get(0).withStartTime(Optional.of(LocalTime.of(18, 34))));
        PlanStore.save(file, plan, List.of());
        assertThat(Files.readString(file)).contains("\"startTime\" : \"06:05\"".replace(" : ", ": "),
                "\"startTime\": \"18:34\"");
        assertThat(PlanStore.read(file)).isEqualTo(plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "7:30", "07:60", "07:30:00", "half past seven"})
    void aStartTimeThatIsNotHhMmIsRefusedWithTheField(String bad) throws Exception {
        Path file = schema1File();
        Files.writeString(file, Files.readString(file).replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")
                .replace("\"title\": \"Hill intervals\",", "\"title\": \"Hill intervals\", \"startTime\": \"" + bad
                        + "\","));
        assertThatThrownBy(() -> PlanStore.read(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("sessions[0].startTime")
                .hasMessageContaining("is not a time of day in the form HH:MM (24-hour clock, e.g. \"07:30\")");
    }
}
