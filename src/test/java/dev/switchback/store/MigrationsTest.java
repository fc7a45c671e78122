package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real step 1 to 2 is tested in TimesOfDayMigrationTest. These tests prove the machinery with
 * an invented schema 0 in which pack mass was written in grams ({@code packGrams}, in sessions and logs).
 */
class MigrationsTest {
    /** The invented step: schema 0 wrote {@code packGrams}, in sessions and logs; schema 1 writes {@code packKg}. */
    static final Migration GRAMS_TO_KG = new Migration() {
        @Override
        public int fromVersion() {
            return 0;
        }

        @Override
        public String description() {
            return "packGrams of sessions and logs became packKg";
        }

        @Override
        public ObjectNode apply(ObjectNode plan) {
            for (String list : List.of("sessions", "logs")) {
                plan.withArray(list).forEach(s -> {
                    var entry = (ObjectNode) s;
                    if (entry.has("packGrams")) {
                        entry.put("packKg", entry.remove("packGrams").asDouble() / 1000);
                    }
                });
            }
            return plan;
        }
    };

    @TempDir
    Path dir;

    private PlanStore storeWith(Migration... steps) {
        // The invented step 0 to 1, then the real steps from 1 up.
        var all = new java.util.ArrayList<>(List.of(steps));
        all.addAll(Migrations.STANDARD_STEPS);
        return new PlanStore(FileOps.SYSTEM, new PlanJson(new Migrations(PlanJson.SCHEMA_VERSION, all)));
    }

    private Path version0File() throws Exception {
        Path file = dir.resolve("plan.json");
        PlanStore.save(file, SamplePlan.create(LocalDate.of(2026, 11, 27)), List.of());
        String v1 = Files.readString(file);
        Files.writeString(file, v1.replace("\"schemaVersion\": " + PlanJson.SCHEMA_VERSION, "\"schemaVersion\": 0")
                .replace("\"packKg\": 7,", "\"packGrams\": 7000,").replace("\"packKg\": 0,", "\"packGrams\": 0,"));
        return file;
    }

    @Test
    void anOlderFileIsMigratedOnReadingAndLeftUnchangedOnDisk() throws Exception {
        Path file = version0File();
        byte[] before = Files.readAllBytes(file);
        OpenedPlan opened = storeWith(GRAMS_TO_KG).open(file);
        assertThat(opened.schemaVersion()).isZero();
        assertThat(opened.migrated()).isTrue();
        assertThat(opened.plan()).isEqualTo(SamplePlan.create(LocalDate.of(2026, 11, 27)));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void savingAMigratedPlanWritesTheCurrentSchema() throws Exception {
        Path file = version0File();
        PlanStore store = storeWith(GRAMS_TO_KG);
        OpenedPlan opened = store.open(file);
        store.saveOver(opened, opened.plan(), List.of());
        assertThat(Files.readString(file)).contains("\"schemaVersion\": " + PlanJson.SCHEMA_VERSION).doesNotContain("packGrams");
        assertThat(Files.readString(dir.resolve("plan.json.1"))).contains("\"schemaVersion\": 0");
    }

    @Test
    void anErrorInAMigratedFileStillNamesTheField() throws Exception {
        Path file = version0File();
        Files.writeString(file, Files.readString(file).replaceFirst("\"packGrams\": 7000", "\"packGrams\": -7000"));
        assertThatThrownBy(() -> storeWith(GRAMS_TO_KG).open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("(sessions[")
                .hasMessageContaining(".packKg): Pack mass must be between 0 and 80 kg (was -7 kg)")
                .hasMessageContaining("updating the file from schema 0 to " + PlanJson.SCHEMA_VERSION)
                // The line of the session in the file as it is; the field itself has another name there.
                .hasMessageContaining("plan.json, line ");
    }

    @Test
    void withoutTheStepTheOlderFileIsRefused() throws Exception {
        Path file = version0File();
        assertThatThrownBy(() -> PlanStore.read(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema 0 is not a version Switchback ever wrote");
    }

    @Test
    void theChainMustHaveNoGaps() {
        Migration from2 = new Migration() {
            @Override
            public int fromVersion() {
                return 2;
            }

            @Override
            public String description() {
                return "";
            }

            @Override
            public ObjectNode apply(ObjectNode plan) {
                return plan;
            }
        };
        assertThatThrownBy(() -> new Migrations(4, List.of(GRAMS_TO_KG, from2)))
                .hasMessageContaining("no migration from schema 1 to 2");
        assertThatThrownBy(() -> new Migrations(1, List.of(GRAMS_TO_KG, GRAMS_TO_KG)))
                .hasMessageContaining("two migrations from schema 0");
        assertThatThrownBy(() -> new Migrations(1, List.of(from2))).hasMessageContaining("beyond");
    }

    @Test
    void todaysRegistryReadsEverySchemaFromOneToTheCurrent() {
        Migrations standard = Migrations.standard();
        assertThat(standard.oldest()).isEqualTo(1);
        assertThat(standard.canRead(0)).isFalse();
        for (int v = 1; v <= PlanJson.SCHEMA_VERSION; v++) {
            assertThat(standard.canRead(v)).as("schema %d", v).isTrue();
        }
        assertThat(standard.canRead(PlanJson.SCHEMA_VERSION + 1)).isFalse();
    }
}
