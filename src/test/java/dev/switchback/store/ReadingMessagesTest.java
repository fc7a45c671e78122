package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchback.engine.rules.Rule;
import dev.switchback.engine.rules.RuleBook;
import dev.switchback.model.Printable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a refusal says: a line always, a remedy always, at most 400 characters, an excerpt of a bad
 * value and never the value whole, no control character from the file, and the encoding and rule
 * names checked with the list of valid ones.
 */
class ReadingMessagesTest {
    private static String sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeSample(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("plan.json");
        PlanStore.save(file, SamplePlan.create(LocalDate.of(2026, 11, 27)), List.of());
        sample = Files.readString(file);
    }

    private String refusal(byte[] content) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.write(file, content);
        var message = new String[1];
        assertThatThrownBy(() -> PlanStore.read(file)).isInstanceOf(StoreException.class)
                .satisfies(e -> message[0] = e.getMessage());
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(message[0]).startsWith("plan.json").containsPattern("line \\d+").hasSizeLessThanOrEqualTo(400)
                .contains("The file was not changed.");
        assertThat(Printable.hasControl(message[0])).as(message[0]).isFalse();
        return message[0];
    }

    private String refusal(String content) throws Exception {
        return refusal(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMillionCharacterDateIsQuotedAsAShortExcerpt() throws Exception {
        String date = "2".repeat(999_999);
        String m = refusal(sample.replaceFirst("\"date\": \"2026-10-12\"", "\"date\": \"" + date + "\""));
        assertThat(m).contains("\"" + "2".repeat(40) + "… (999999 characters)\" is not a date in the form YYYY-MM-DD");
    }

    @Test
    void aTextOverTheParserLimitIsRefusedWithItsLine() throws Exception {
        String broken = sample.replaceFirst("\"name\": \"Alex Berger\"", "\"name\": \"" + "x".repeat(1_000_001) + "\"");
        int line = (int) sample.substring(0, sample.indexOf("\"name\": \"Alex Berger\"")).chars()
                .filter(c -> c == '\n').count() + 1;
        assertThat(refusal(broken)).startsWith("plan.json, line " + line + ", column ")
                .contains("a text here is longer than 1,000,000 characters").contains("fix line " + line);
    }

    @Test
    void aNumberOverTheParserLimitIsRefusedWithItsLine() throws Exception {
        String m = refusal(sample.replaceFirst("\"bodyMassKg\": 68", "\"bodyMassKg\": " + "6".repeat(100)));
        assertThat(m).contains("a number here is more than 64 digits long").doesNotContain("666666666666");
    }

    @Test
    void controlCharactersFromTheFileAreEscapedInTheMessage() throws Exception {
        String m = refusal(sample.replaceFirst("\"kind\": \"REST\"", "\"kind\": \"\\\\u001b]0;pwned\\\\u0007\""));
        assertThat(m).contains("\"\\u001b]0;pwned\\u0007\" is not one of");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "UTF-32BE"})
    void utf16AndUtf32AreRefusedWithASentenceAboutTheEncoding(String charset) throws Exception {
        String family = charset.substring(0, 6);
        assertThat(refusal(sample.getBytes(Charset.forName(charset)))).isEqualTo("plan.json, line 1, column 1: the"
                + " file is in " + family + " encoding, but a plan file must be UTF-8; in a text editor, save it again"
                + " with the encoding UTF-8. Open the file in a text editor and fix line 1, or restore a backup (none"
                + " exists yet; Switchback keeps them as plan.json.1 to .3). The file was not changed.");
    }

    @Test
    void latin1BytesAreRefusedAtTheirLine() throws Exception {
        String text = "{\n  \"schemaVersion\": 1,\n  \"name\": \"J\u00f6rg\"\n}\n";
        assertThat(refusal(text.getBytes(StandardCharsets.ISO_8859_1)))
                .startsWith("plan.json, line 3, column 13: the bytes here are not UTF-8 text (the file was probably"
                        + " saved as Latin-1");
        // The same text in UTF-8 passes the encoding check (and is refused later for what it lacks).
        assertThat(refusal(text)).doesNotContain("UTF-8").contains("athlete");
    }

    @Test
    void aZeroedFirstDiskBlockIsCalledDamagedNotUtf32() throws Exception {
        byte[] b = sample.getBytes(StandardCharsets.UTF_8);
        java.util.Arrays.fill(b, 0, 512, (byte) 0);
        assertThat(refusal(b)).contains("line 1, column 1: the file holds a zero byte here, which no text file has:"
                + " it was damaged").doesNotContain("UTF-32");
    }

    @Test
    void aUtf8ByteOrderMarkIsFine() throws Exception {
        Path file = dir.resolve("bom.json");
        byte[] json = sample.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Files.write(file, withBom);
        assertThat(PlanStore.read(file).name()).startsWith("Sample");
    }

    @Test
    void anEmptyFileSaysSoWithLineOne() throws Exception {
        assertThat(refusal("")).startsWith("plan.json, line 1: the file is empty");
        assertThat(refusal("  \n ")).startsWith("plan.json, line 1: the file is empty");
    }

    private static String withRules(String rules) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(sample);
        tree.set("rules", mapper.readTree(rules));
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    @Test
    void aMisspeltThresholdKeyIsRefusedWithTheClosestAndTheValidOnes() throws Exception {
        String m = refusal(withRules("{ \"thresholds\": { \"weekly-ramp.warnRatoi\": 1.25 } }"));
        assertThat(m).contains("(rules.thresholds): unknown threshold \"weekly-ramp.warnRatoi\"; did you mean"
                + " \"weekly-ramp.warnRatio\"? (the thresholds are ");
    }

    @Test
    void anUnknownRuleIdInDisabledRulesIsRefusedWithTheValidIds() throws Exception {
        String m = refusal(withRules("{ \"disabledRules\": [\"acwr\", \"akwr\"] }"));
        assertThat(m).contains("(rules.disabledRules[1]): unknown rule id \"akwr\"; did you mean \"acwr\"? (the rule"
                + " ids are ").contains("acwr");
    }

    @Test
    void everyRuleOfTheStandardBookAndEachOfItsThresholdsIsAccepted() throws Exception {
        var ids = RuleBook.standard().rules().stream().map(Rule::id).toList();
        var thresholds = new StringBuilder();
        for (Rule r : RuleBook.standard().rules()) {
            for (String k : r.defaults(dev.switchback.model.Experience.EXPERIENCED).keySet()) {
                thresholds.append(thresholds.length() == 0 ? "" : ", ").append('"').append(r.id()).append('.')
                        .append(k).append("\": 1");
            }
        }
        Path file = dir.resolve("all.json");
        Files.writeString(file, withRules("{ \"thresholds\": {" + thresholds + "}, \"disabledRules\": ["
                + String.join(", ", ids.stream().map(i -> "\"" + i + "\"").toList()) + "] }"));
        assertThat(PlanStore.read(file).rules().disabledRules()).containsExactlyElementsOf(ids);
    }

    @Test
    void theListOfValidNamesIsCutToFitWithTheCountOfTheRest() {
        List<String> many = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "rule-number-" + i).toList();
        String list = Choices.list(many, "rule-number-7x");
        assertThat(list).startsWith("rule-number-7").endsWith("more, see docs/rules.md")
                .hasSizeLessThanOrEqualTo(Choices.LIST_ROOM + 30);
        assertThat(Choices.list(List.of("a", "b"), "c")).isEqualTo("a, b");
    }
}
