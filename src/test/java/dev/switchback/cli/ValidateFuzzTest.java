package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Printable;
import dev.switchback.store.PlanStore;
import dev.switchback.store.SamplePlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutants of the documented example plan and of the sample plan, through {@code switchback validate}
 * as a user would run it: truncation, byte flips, deleted and duplicated lines, values of the wrong
 * type, numbers out of range, duplicate keys and ids, references to nothing. For every mutant: exit
 * code 0 with a plan the store reads, or exit code 2 with one message on standard error that names
 * the file and a line, is at most 400 characters, holds no control character and no stack trace;
 * and the file is byte for byte what it was.
 */
class ValidateFuzzTest {
    private static Path dir;
    private static List<String> seeds;

    @BeforeContainer
    static void seeds() throws Exception {
        dir = Files.createTempDirectory("switchback-fuzz");
        String doc = Files.readString(Path.of("docs/plan-format.md"));
        int start = doc.indexOf("```json", doc.indexOf("<!-- example:start -->")) + "```json".length();
        String example = doc.substring(start, doc.indexOf("```", start)).strip() + "\n";
        Path sample = dir.resolve("sample-seed.json");
        PlanStore.save(sample, SamplePlan.create(LocalDate.of(2026, 11, 27)), List.of());
        seeds = List.of(example, Files.readString(sample));
        Files.delete(sample);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /** A mutation: which seed, and what is done to it. */
    record Mutant(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    private static final Pattern NUMBER = Pattern.compile("(?<=: )-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern STRING_VALUE = Pattern.compile("(?<=: )\"[^\"]*\"");
    private static final Pattern ID = Pattern.compile("\"(id|plannedSession|trip|ruleId)\": \"([^\"]*)\"");
    private static final Pattern KEY_LINE = Pattern.compile("(?m)^\\s*\"[A-Za-z]+\": [^\\[{\\n]+?,?$");

    @Provide
    Arbitrary<Mutant> mutants() {
        Arbitrary<Integer> seed = Arbitraries.integers().between(0, 1);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Mutant> truncated = Combinators.combine(seed, pick).as((s, p) -> {
            byte[] b = bytes(s);
            int n = Math.floorMod(p, b.length);
            return new Mutant("seed " + s + " cut after " + n, Arrays.copyOf(b, n));
        });
        Arbitrary<Mutant> flipped = Combinators.combine(seed, pick, Arbitraries.integers().between(1, 255),
                Arbitraries.integers().between(1, 3)).as((s, p, x, count) -> {
            byte[] b = bytes(s);
            for (int k = 0; k < count; k++) {
                int i = Math.floorMod(p + k * 7919, b.length);
                b[i] = (byte) (b[i] ^ x);
            }
            return new Mutant("seed " + s + " " + count + " bytes xor " + x + " from " + Math.floorMod(p, b.length), b);
        });
        Arbitrary<Mutant> lineDeleted = Combinators.combine(seed, pick).as((s, p) -> {
            List<String> lines = lines(s);
            int i = Math.floorMod(p, lines.size());
            lines.remove(i);
            return new Mutant("seed " + s + " line " + (i + 1) + " deleted", join(lines));
        });
        Arbitrary<Mutant> lineDuplicated = Combinators.combine(seed, pick).as((s, p) -> {
            List<String> lines = lines(s);
            int i = Math.floorMod(p, lines.size());
            lines.add(i, lines.get(i));
            return new Mutant("seed " + s + " line " + (i + 1) + " duplicated", join(lines));
        });
        Arbitrary<Mutant> wrongType = Combinators.combine(seed, pick, Arbitraries.of("\"12\"", "true", "null", "[]",
                "{}", "\"\"", "12.5", "\"2026-02-30\"", "\"\\u001b[2J\"")).as((s, p, v) ->
                replaceNth(s, p % 2 == 0 ? NUMBER : STRING_VALUE, p, v, "value replaced by " + v));
        Arbitrary<Mutant> outOfRange = Combinators.combine(seed, pick, Arbitraries.of("-1", "0", "1e9", "-1e-9",
                "100000", "1e308", "0.0000001", "2147483648", "99")).as((s, p, v) ->
                replaceNth(s, NUMBER, p, v, "number replaced by " + v));
        Arbitrary<Mutant> duplicateKey = Combinators.combine(seed, pick).as((s, p) -> {
            String text = seeds.get(s);
            List<int[]> spans = spans(KEY_LINE, text);
            int[] span = spans.get(Math.floorMod(p, spans.size()));
            String line = text.substring(span[0], span[1]).stripTrailing();
            String copy = line.endsWith(",") ? line : line + ",";
            return new Mutant("seed " + s + " key line repeated: " + line.strip(),
                    (text.substring(0, span[0]) + copy + "\n" + text.substring(span[0])).getBytes(StandardCharsets.UTF_8));
        });
        Arbitrary<Mutant> sameOrDanglingId = Combinators.combine(seed, pick, pick, Arbitraries.of(true, false))
                .as((s, p, q, dangling) -> {
                    String text = seeds.get(s);
                    List<String> values = new ArrayList<>();
                    Matcher m = ID.matcher(text);
                    while (m.find()) {
                        values.add(m.group(2));
                    }
                    String v = dangling ? "nowhere-" + Math.floorMod(q, 100)
                            : values.get(Math.floorMod(q, values.size()));
                    return replaceNth(s, Pattern.compile("(?<=\"(id|plannedSession|trip|ruleId)\": )\"[^\"]*\""), p,
                            "\"" + v + "\"", dangling ? "reference to nothing" : "id reused: " + v);
                });
        Arbitrary<Mutant> encoded = Combinators.combine(seed, Arbitraries.of("UTF-16LE", "UTF-16BE", "UTF-32",
                "ISO-8859-1")).as((s, cs) -> new Mutant("seed " + s + " in " + cs,
                seeds.get(s).getBytes(java.nio.charset.Charset.forName(cs))));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, truncated), net.jqwik.api.Tuple.of(4, flipped),
                net.jqwik.api.Tuple.of(2, lineDeleted), net.jqwik.api.Tuple.of(2, lineDuplicated),
                net.jqwik.api.Tuple.of(2, wrongType), net.jqwik.api.Tuple.of(2, outOfRange),
                net.jqwik.api.Tuple.of(1, duplicateKey), net.jqwik.api.Tuple.of(2, sameOrDanglingId),
                net.jqwik.api.Tuple.of(1, encoded));
    }

    private static byte[] bytes(int seed) {
        return seeds.get(seed).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> lines(int seed) {
        return new ArrayList<>(Arrays.asList(seeds.get(seed).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static List<int[]> spans(Pattern p, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static Mutant replaceNth(int seed, Pattern p, int pick, String value, String what) {
        String text = seeds.get(seed);
        List<int[]> spans = spans(p, text);
        int[] span = spans.get(Math.floorMod(pick, spans.size()));
        String result = text.substring(0, span[0]) + value + text.substring(span[1]);
        return new Mutant("seed " + seed + " " + what + " at " + span[0], result.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 400)
    void everyMutantIsAPlanOrOneShortMessageWithAPlaceAndTheFileIsUnchanged(@ForAll("mutants") Mutant mutant)
            throws Exception {
        Path file = dir.resolve("plan.json");
        Files.write(file, mutant.bytes());
        var out = new StringWriter();
        var err = new StringWriter();
        var cl = SwitchbackCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int code = cl.execute("validate", file.toString());

        assertThat(Files.readAllBytes(file)).as("the file is unchanged").isEqualTo(mutant.bytes());
        assertThat(code).isIn(SwitchbackCommand.OK, SwitchbackCommand.UNREADABLE);
        if (code == SwitchbackCommand.OK) {
            assertThat(err.toString()).isEmpty();
            assertThat(PlanStore.read(file)).isNotNull();
            return;
        }
        String message = err.toString().strip();
        assertThat(out.toString()).isEmpty();
        assertThat(message).as(mutant.name())
                .startsWith("plan.json")
                .containsPattern("line [0-9]+")
                .doesNotContain("Exception", "\tat ", "com.fasterxml", "\n")
                .hasSizeLessThanOrEqualTo(400);
        assertThat(Printable.hasControl(message)).as("control characters in: " + message).isFalse();
    }
}
