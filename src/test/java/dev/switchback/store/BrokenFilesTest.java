package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every broken file gives a StoreException that says where and what, and stays byte-identical. */
class BrokenFilesTest {
    private static final int CURRENT = PlanJson.SCHEMA_VERSION;
    private static String sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeSample(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("plan.json");
        PlanStore.save(file, SamplePlan.create(LocalDate.of(2026, 11, 27)), List.of());
        sample = Files.readString(file);
    }

    /** Reads {@code content} from plan.json, expects a refusal, and checks the file is untouched. */
    private StoreException refused(byte[] content) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.write(file, content);
        var before = Files.getLastModifiedTime(file);
        var thrown = new StoreException[1];
        assertThatThrownBy(() -> PlanStore.read(file))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> thrown[0] = (StoreException) e);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(thrown[0].getMessage()).startsWith("plan.json").doesNotContain("Exception", "\tat ");
        assertThat(thrown[0].file()).isEqualTo(file);
        return thrown[0];
    }

    private StoreException refused(String content) throws IOException {
        return refused(content.getBytes(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> aSampleTruncatedAtEveryTenthByteIsRefusedWithItsLine() {
        byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
        var cuts = new ArrayList<Integer>();
        for (int n = 0; n < bytes.length - 1; n += 10) {
            cuts.add(n);
        }
        return cuts.stream().map(n -> DynamicTest.dynamicTest("cut after " + n + " bytes", () -> {
            StoreException e = refused(Arrays.copyOf(bytes, n));
            if (n > 0) {
                assertThat(e.getMessage()).containsPattern("line \\d+, column \\d+|schemaVersion");
            } else {
                assertThat(e.getMessage()).contains("is empty");
            }
        }));
    }

    @Test
    void theCompleteSampleMinusItsLastByteIsStillRead() throws Exception {
        // The last byte is the final newline; without it the file is complete JSON.
        Path file = dir.resolve("plan.json");
        Files.writeString(file, sample.substring(0, sample.length() - 1));
        assertThat(PlanStore.read(file).name()).startsWith("Sample");
    }

    @Test
    void randomBytesAreRefused() throws IOException {
        var random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] junk = new byte[1 + random.nextInt(4000)];
            random.nextBytes(junk);
            refused(junk);
        }
    }

    static Stream<Arguments> brokenValues() {
        return Stream.of(
                Arguments.of("negative pack mass", "\"packKg\": 5,", "\"packKg\": -5,",
                        "sessions[3].packKg", "Pack mass must be between 0 and 80 kg (was -5 kg)"),
                Arguments.of("NaN", "\"packKg\": 5,", "\"packKg\": NaN,", "sessions[3].packKg",
                        "NaN and Infinity are not numbers"),
                Arguments.of("NaN as text", "\"packKg\": 5,", "\"packKg\": \"NaN\",", "sessions[3].packKg",
                        "expected a number"),
                Arguments.of("number beyond double", "\"packKg\": 5,", "\"packKg\": 1e400,", "sessions[3].packKg",
                        "too large to be a plan value"),
                Arguments.of("Infinity", "\"packKg\": 5,", "\"packKg\": Infinity,", "sessions[3].packKg",
                        "NaN and Infinity are not numbers"),
                Arguments.of("10^9 km", "\"distanceM\": 7650,", "\"distanceM\": 1e12,", "sessions[3].distanceM",
                        "Distance must be between 0 and 300 km (was 1000000000 km)"),
                Arguments.of("year 0", "\"date\": \"2026-10-15\"", "\"date\": \"0000-10-15\"", "sessions[3].date",
                        "Session date must be between 1900-01-01 and 2199-12-31 (was 0000-10-15)"),
                Arguments.of("year 99999", "\"date\": \"2026-10-15\"", "\"date\": \"99999-10-15\"",
                        "sessions[3].date", "\"99999-10-15\" is not a date in the form YYYY-MM-DD"),
                Arguments.of("text for a number", "\"bodyMassKg\": 68", "\"bodyMassKg\": \"68\"",
                        "athlete.bodyMassKg", "expected a number"),
                Arguments.of("number for a text", "\"name\": \"Alex Berger\"", "\"name\": 42", "athlete.name",
                        "expected text in quotes"),
                Arguments.of("fraction for a whole number", "\"maxHeartRateBpm\": 188", "\"maxHeartRateBpm\": 188.5",
                        "athlete.maxHeartRateBpm", "expected a whole number"),
                Arguments.of("whole number too large", "\"maxHeartRateBpm\": 188",
                        "\"maxHeartRateBpm\": 99999999999", "athlete.maxHeartRateBpm", "far too large"),
                Arguments.of("object for a list", "\"sessions\": [", "\"sessions\": 7, \"x\": [", "sessions",
                        "expected a list"),
                Arguments.of("unknown field", "\"packKg\": 5,", "\"packkg\": 5,", "sessions[3].packkg",
                        "unknown field \"packkg\""),
                Arguments.of("polymorphic type hint", "\"bodyMassKg\": 68",
                        "\"bodyMassKg\": 68, \"@class\": \"java.lang.ProcessBuilder\"", "athlete.@class",
                        "unknown field \"@class\""),
                Arguments.of("unknown kind", "\"kind\": \"RUN_WITH_PACK\"", "\"kind\": \"JOG\"", "sessions[3].kind",
                        "\"JOG\" is not one of TRAIL_RUN"),
                Arguments.of("missing id", "\"id\": \"sample-2026-10-15-run_with_pack\",", "", "sessions[3].id",
                        "the required field \"id\" is missing"),
                Arguments.of("duplicate field", "\"packKg\": 5,", "\"packKg\": 5, \"packKg\": 6,",
                        "sessions[3].packKg", "a field appears twice"),
                Arguments.of("heart rates crossed", "\"restingHeartRateBpm\": 48", "\"restingHeartRateBpm\": 190",
                        "athlete.restingHeartRateBpm", "must be between 25 and 120 bpm"),
                Arguments.of("rest day with a duration", "\"durationMin\": 0,", "\"durationMin\": 30,", "sessions[0]",
                        "A rest day has no duration"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenValues")
    void aBrokenValueIsRefusedNamingTheFieldAndLine(String name, String find, String replace, String path,
            String problem) throws IOException {
        assertThat(refusedWith(find, replace, problem)).contains(path).containsPattern("line \\d+, column \\d+");
    }

    /** The sample with {@code find} replaced is refused saying {@code problem}, where and what to do. */
    private String refusedWith(String find, String replace, String problem) throws IOException {
        assertThat(sample).contains(find);
        String broken = sample.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace));
        String message = refused(broken).getMessage();
        assertThat(message)
                .contains(problem)
                .contains("Open the file in a text editor and fix line")
                .contains("The file was not changed");
        return message;
    }

    /**
     * The model names the component it refuses (model.InvalidField); the store turns it into the JSON field,
     * also where the two names differ (duration is durationMin, maxHeartRate is maxHeartRateBpm).
     */
    static Stream<Arguments> fieldsNamedByTheModel() {
        return Stream.of(
                Arguments.of("session over 24 h", "\"durationMin\": 210,", "\"durationMin\": 2000,",
                        "sessions\\[\\d+\\]\\.durationMin", "Duration must be between 0 and 24 h (was 2000 min)"),
                Arguments.of("turnaround after 0 min", "\"afterMin\": 105", "\"afterMin\": 0",
                        "sessions\\[\\d+\\]\\.turnaround\\.afterMin",
                        "Turnaround after an elapsed time must be after more than 0 min"),
                Arguments.of("stage sleeping too high", "\"sleepingAltitudeM\": 1846,", "\"sleepingAltitudeM\": 12000,",
                        "trips\\[0\\]\\.stages\\[0\\]\\.sleepingAltitudeM",
                        "Sleeping altitude must be between -500 and 9000 m (was 12000 m)"),
                Arguments.of("blank trip title", "\"title\": \"Shakedown overnight at Prinz-Luitpold-Haus\"",
                        "\"title\": \"  \"", "trips\\[0\\]\\.title", "Trip title must not be empty"),
                Arguments.of("average heart rate above the maximum", "\"avgHeartRateBpm\": 156,",
                        "\"avgHeartRateBpm\": 190,", "logs\\[\\d+\\]\\.avgHeartRateBpm", "Average heart rate (190"),
                Arguments.of("soreness of 9", "\"soreness\": 3,\n      \"sorenessAreas\"",
                        "\"soreness\": 9,\n      \"sorenessAreas\"", "logs\\[\\d+\\]\\.soreness(?!Areas)",
                        "Soreness must be between 1 and 7 (was 9)"),
                Arguments.of("check-in resting heart rate", "\"restingHeartRateBpm\": 47",
                        "\"restingHeartRateBpm\": 200", "wellness\\[\\d+\\]\\.restingHeartRateBpm",
                        "Resting heart rate must be between 25 and 150 bpm (was 200 bpm)"),
                Arguments.of("athlete maximum heart rate", "\"maxHeartRateBpm\": 188", "\"maxHeartRateBpm\": 300",
                        "athlete\\.maxHeartRateBpm", "Maximum heart rate must be between 100 and 250 bpm (was 300 bpm)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldsNamedByTheModel")
    void theFieldTheModelRefusesIsNamedInTheFilesTerms(String name, String find, String replace, String path,
            String problem) throws IOException {
        assertThat(refusedWith(find, replace, problem)).containsPattern("line \\d+, column \\d+ \\(" + path + "\\)");
    }

    @Test
    void theLineNamedIsTheLineOfTheBrokenField() throws IOException {
        String broken = sample.replaceFirst("\"packKg\": 5,", "\"packKg\": -5,");
        int line = (int) broken.substring(0, broken.indexOf("\"packKg\": -5")).chars().filter(c -> c == '\n').count()
                + 1;
        assertThat(refused(broken).getMessage()).contains("line " + line + ",").contains("fix line " + line);
    }

    @Test
    void aFileFromANewerSwitchbackIsRefusedWithTheAdviceToUpdate() throws IOException {
        String future = sample.replaceFirst("\"schemaVersion\": " + CURRENT, "\"schemaVersion\": 7");
        assertThat(refused(future).getMessage()).isEqualTo("plan.json was written by a newer Switchback (schema 7,"
                + " line 2); this version reads up to " + CURRENT + ": update Switchback to open it. The file was not"
                + " changed.");
    }

    @Test
    void aFileWithoutSchemaVersionIsRefused() throws IOException {
        assertThat(refused("{\"name\": \"x\"}").getMessage()).contains("has no schemaVersion");
    }

    @Test
    void aSchemaVersionThatNeverExistedIsRefused() throws IOException {
        assertThat(refused(sample.replaceFirst("\"schemaVersion\": " + CURRENT, "\"schemaVersion\": 0")).getMessage())
                .contains("schema 0 is not a version Switchback ever wrote");
        assertThat(refused(sample.replaceFirst("\"schemaVersion\": " + CURRENT, "\"schemaVersion\": \"2\"")).getMessage())
                .contains("schemaVersion must be a whole number");
    }

    @Test
    void aListInsteadOfAPlanIsRefused() throws IOException {
        assertThat(refused("[1, 2, 3]").getMessage()).contains("must hold one JSON object");
    }

    @Test
    void deeplyNestedInputIsRefusedBeforeItCanExhaustTheStack() throws IOException {
        String deep = "{\"schemaVersion\": 1, \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(refused(deep).getMessage()).startsWith("plan.json, line 1, column 58: lists and objects are"
                + " nested more than 32 levels deep here").contains("fix line 1");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("plan.json");
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(PlanJson.MAX_BYTES + 1); // sparse: no 32 MiB written
        }
        assertThatThrownBy(() -> PlanStore.read(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("plan.json is larger than 32 MiB (33,554,433 bytes or more); a plan file is at"
                        + " most 32 MiB");
        assertThat(Files.size(file)).isEqualTo(PlanJson.MAX_BYTES + 1);
    }

    @Test
    void aFileJustUnderTheSizeLimitIsParsed() throws IOException {
        // Whitespace padding up to the limit: read, not refused for its size.
        Path file = dir.resolve("plan.json");
        byte[] json = sample.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[(int) PlanJson.MAX_BYTES];
        Arrays.fill(padded, (byte) ' ');
        System.arraycopy(json, 0, padded, 0, json.length);
        Files.write(file, padded);
        org.assertj.core.api.Assertions.assertThatCode(() -> PlanStore.read(file)).doesNotThrowAnyException();
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nope.json");
        assertThatThrownBy(() -> PlanStore.read(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("nope.json does not exist");
    }

    @Test
    void aFolderIsNotAPlan() {
        assertThatThrownBy(() -> PlanStore.read(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void theNewestBackupIsNamedWhenItExists() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(dir.resolve("plan.json.1"), sample);
        Files.writeString(file, "{");
        assertThatThrownBy(() -> PlanStore.read(file))
                .hasMessageContaining("plan.json.1 is the version before the last save; rename it to plan.json");
    }
}
