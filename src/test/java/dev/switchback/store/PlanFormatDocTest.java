package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.switchback.model.Plan;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented example, the sample plan and the shipped JSON Schema agree with each other and the reader. */
class PlanFormatDocTest {
    private static final Path DOC = Path.of("docs/plan-format.md");
    private static JsonSchema schema;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = PlanStore.class.getResourceAsStream("plan.schema.json")) {
            assertThat(in).as("plan.schema.json on the class path").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static String documentedExample() throws Exception {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("```json", doc.indexOf("<!-- example:start -->")) + "```json".length();
        int end = doc.indexOf("```", start);
        return doc.substring(start, end);
    }

    private Set<ValidationMessage> validate(String json) throws Exception {
        return schema.validate(MAPPER.readTree(json));
    }

    @Test
    void theDocumentedExampleIsReadAsAPlan() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, documentedExample());
        Plan plan = PlanStore.read(file);
        assertThat(plan.name()).isEqualTo("Summer on the Höhenweg");
        assertThat(plan.sessions()).hasSize(4);
        assertThat(plan.logs().get(0).duration().getSeconds()).isEqualTo(68 * 60 + 30);
        assertThat(plan.rules().overrides()).singleElement()
                .satisfies(o -> assertThat(o.reason()).startsWith("Carrying"));
    }

    @Test
    void theDocumentedExampleUsesEveryFieldOfTheFormat() throws Exception {
        JsonNode example = MAPPER.readTree(documentedExample());
        JsonNode schemaTree;
        try (InputStream in = PlanStore.class.getResourceAsStream("plan.schema.json")) {
            schemaTree = MAPPER.readTree(in);
        }
        var missing = new java.util.ArrayList<String>();
        schemaTree.get("properties").fieldNames().forEachRemaining(f -> {
            if (!example.has(f)) {
                missing.add(f);
            }
        });
        for (String def : List.of("athlete", "session", "trip", "stage", "log", "wellness", "phase", "goal", "rules")) {
            JsonNode props = schemaTree.at("/$defs/" + def + "/properties");
            String text = example.toString();
            props.fieldNames().forEachRemaining(f -> {
                if (!text.contains("\"" + f + "\"")) {
                    missing.add(def + "." + f);
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theDocumentedExampleMatchesTheSchema() throws Exception {
        assertThat(validate(documentedExample())).isEmpty();
    }

    @Test
    void theSavedSamplePlanMatchesTheSchema() throws Exception {
        Path file = dir.resolve("plan.json");
        PlanStore.save(file, SamplePlan.create(LocalDate.of(2026, 11, 27)), List.of());
        assertThat(validate(Files.readString(file))).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
        String example = documentedExample();
        assertThat(validate(example.replace("\"packKg\": 6,", "\"packKg\": -6,"))).isNotEmpty();
        assertThat(validate(example.replace("\"schemaVersion\": " + PlanJson.SCHEMA_VERSION,
                "\"schemaVersion\": " + (PlanJson.SCHEMA_VERSION + 1)))).isNotEmpty();
        assertThat(validate(example.replace("\"date\": \"2026-06-01\"", "\"date\": \"0000-06-01\""))).isNotEmpty();
        assertThat(validate(example.replace("\"packKg\": 6,", "\"packkg\": 6,"))).isNotEmpty();
        assertThat(validate(example.replace("\"bodyMassKg\": 68", "\"bodyMassKg\": \"68\""))).isNotEmpty();
    }

    @Test
    void theDocumentStatesTheLimitsTheCodeUses() throws Exception {
        String doc = Files.readString(DOC);
        assertThat(doc).contains("at most **" + PlanJson.MAX_BYTES / (1024 * 1024) + " MiB**")
                .contains("`plan.json.1`", "`plan.json." + AtomicWriter.BACKUPS + "`")
                .contains("describes **schema " + PlanJson.SCHEMA_VERSION + "**", "schema 1, the first published format");
    }
}
