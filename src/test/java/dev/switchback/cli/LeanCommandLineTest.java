package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.store.PlanStore;
import dev.switchback.store.SamplePlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@link SwitchbackCommand#commandLineFor}: a run of one command builds only that command, and behaves
 * exactly as the whole command line does (exit code, standard output and standard error).
 */
class LeanCommandLineTest {
    @TempDir
    static Path dir;
    static Path plan;
    static Path broken;
    static Path emptyFolder;

    @BeforeAll
    static void plans() throws Exception {
        plan = dir.resolve("plan.json");
        PlanStore.save(plan, SamplePlan.create(LocalDate.of(2026, 11, 27)), List.of());
        broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(plan).replaceFirst("\"bodyMassKg\": 68", "\"bodyMassKg\": -68"));
        emptyFolder = Files.createDirectory(dir.resolve("empty"));
    }

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(CommandLine cl, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    static Stream<List<String>> commands() {
        String p = plan.toString();
        String today = "--today=2026-12-01";
        return Stream.of(
                List.of("check", p, today),
                List.of("check", p, "--week", "2026-W49", "--format", "json", today),
                List.of("check", p, "--from", "2026-12-10", "--to", "2026-12-01", today),
                List.of("check", p, "--week", "soon"),
                List.of("check", broken.toString()),
                List.of("check", "--data-dir", emptyFolder.toString()),
                List.of("check", "plan\0.json"),
                List.of("check", p, "--colour"),
                List.of("check", "--help"),
                // PlainCheck reads these without picocli, or leaves them to it: the same either way
                List.of("check", p, "--week=2026-W49", "--format=json", "--today", "2026-12-01"),
                List.of("check", "--week", "2026-W49", p, "--units", "imperial", today),
                List.of("check", p, "--from=2026-11-01", "--to=2026-11-30", "--units=IMPERIAL", today),
                List.of("check", p, "--week", "2026-W49", "--from", "2026-12-01", today),
                List.of("check", p, "--from", "2026-11-01", today),
                List.of("check", p, "--from", "1 Nov", today),
                List.of("check", p, "--units", "furlongs", today),
                List.of("check", p, "--week", "2026-W49", "--week", "2026-W50"),
                List.of("check", p, "--format", "JSON"),
                List.of("check", p, "--format", "json", "--format", "text"),
                List.of("check", p, "--today", "2026-13-01"),
                List.of("check", p, "--today="),
                List.of("check", p, "--week"),
                List.of("check", p, "--week", "--format"),
                List.of("check", p, p),
                List.of("check", p, "-"),
                List.of("check", p, "--"),
                List.of("check", "@" + p),
                List.of("check", p, "-h"),
                List.of("check", p, "--version"),
                List.of("check", "--data-dir", dir.toString(), today),
                List.of("check", "--data-dir=" + emptyFolder, "--week", "2026-W49"),
                List.of("check", "--data-dir", "dir\0x", p),
                List.of("check", dir.resolve("none.json").toString()),
                List.of("check", ""),
                List.of("validate", p),
                List.of("validate", broken.toString()),
                List.of("validate", dir.resolve("none.json").toString()),
                List.of("export", "--help"),
                List.of("export", "--data-dir", emptyFolder.toString(), "-o", dir.resolve("out.pdf").toString()),
                List.of("import", "--help"),
                List.of("sample", "--help"),
                List.of("sample", "--days", "3"),
                List.of("season", "--help"),
                List.of("help"),
                List.of("help", "check"),
                List.of("--help"),
                List.of("--version"),
                List.of("chek", p),
                List.of("-x"),
                List.of());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void oneCommandBehavesAsTheWholeCommandLine(List<String> args) {
        String[] a = args.toArray(String[]::new);
        Outcome whole = run(SwitchbackCommand.commandLine(), a);
        Outcome lean = run(SwitchbackCommand.commandLineFor(a), a);
        assertThat(lean).isEqualTo(whole);
        CheckCommand plain = PlainCheck.parse(a);
        if (plain != null) {
            var out = new StringWriter();
            var err = new StringWriter();
            int code = plain.run(new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(new Outcome(code, out.toString(), err.toString())).as("without picocli").isEqualTo(whole);
        }
    }

    @Test
    void plainCheckCommandLinesAreReadWithoutPicocli() {
        String p = plan.toString();
        for (String[] a : new String[][] {{"check", p}, {"check", p, "--week", "2026-W49"},
                {"check", "--week=2026-W49", "--format", "json", "--today", "2026-12-01", p},
                {"check", "--from", "2026-11-01", "--to", "2026-11-30", "--units", "metric"},
                {"check", "--data-dir", dir.toString()}}) {
            assertThat(PlainCheck.parse(a)).as(String.join(" ", a)).isNotNull();
        }
        for (String[] a : new String[][] {{"check", p, "--help"}, {"check", p, "--colour"}, {"check", p, p},
                {"check", p, "--week", "1", "--week", "2"}, {"check", "@args"}, {"check", p, "--format", "xml"},
                {"validate", p}, {"--version"}, {}}) {
            assertThat(PlainCheck.parse(a)).as(String.join(" ", a)).isNull();
        }
        CheckCommand c = PlainCheck.parse(new String[] {"check", p, "--today=2026-12-01"});
        assertThat(c.format).isEqualTo(CheckCommand.Format.text);
        assertThat(c.today).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(c.file).isEqualTo(Path.of(p));
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertThat(SwitchbackCommand.commandLineFor("check", "plan.json").getSubcommands().keySet())
                .containsExactly("check");
        assertThat(SwitchbackCommand.commandLineFor("sample").getSubcommands().keySet()).containsExactly("sample");
    }

    @Test
    void helpAMistypedCommandOrNoneBuildEveryCommand() {
        var all = List.of("help", "validate", "export", "check", "import", "sample", "season");
        assertThat(SwitchbackCommand.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(all);
        assertThat(SwitchbackCommand.commandLineFor("help", "check").getSubcommands().keySet())
                .containsExactlyElementsOf(all);
        assertThat(SwitchbackCommand.commandLineFor("chek").getSubcommands().keySet()).containsExactlyElementsOf(all);
        assertThat(SwitchbackCommand.commandLineFor("--version").getSubcommands().keySet())
                .containsExactlyElementsOf(all);
        assertThat(SwitchbackCommand.commandLineFor().getSubcommands().keySet()).containsExactlyElementsOf(all);
    }

    @Test
    void theOneCommandKeepsTheSharedConverterAndHandlers() {
        Outcome unusable = run(SwitchbackCommand.commandLineFor("validate", "plan\0.json"), "validate", "plan\0.json");
        assertThat(unusable.code()).isEqualTo(SwitchbackCommand.UNREADABLE);
        assertThat(unusable.err()).startsWith("switchback: The file name");
        Outcome usage = run(SwitchbackCommand.commandLineFor("check", "--nope"), "check", "--nope");
        assertThat(usage.code()).isEqualTo(SwitchbackCommand.USAGE);
        assertThat(usage.err()).contains("Try 'switchback --help'.");
    }
}
