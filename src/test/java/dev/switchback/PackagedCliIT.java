package dev.switchback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the command line of the packaged app ({@code mvn -Pdist verify} builds it and sets
 * {@code switchback.image}): the launcher, the trimmed runtime and the class-data-sharing archive together.
 */
class PackagedCliIT {
    static Path cli;

    @TempDir
    Path dir;

    @BeforeAll
    static void findTheImage() {
        String image = System.getProperty("switchback.image");
        assumeTrue(image != null, "run by the dist profile");
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        cli = os.startsWith("windows") ? Path.of(image, "switchback-cli.exe")
                : os.startsWith("mac") ? Path.of(image + ".app", "Contents", "MacOS", "switchback-cli")
                : Path.of(image, "bin", "switchback");
        assertThat(cli).isExecutable();
    }

    record Run(int code, String out, String err) {
    }

    Run run(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(cli.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void printsItsVersionAndNothingElse() throws Exception {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("switchback ").doesNotContain("development");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void writesTheSampleAndChecksItQuietly() throws Exception {
        Path plan = dir.resolve("plan.json");
        LocalDate today = LocalDate.now();
        assertThat(run("sample", "-o", plan.toString(), "--today", today.toString()).code()).isZero();
        Run check = run("check", plan.toString(), "--today", today.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("0 BLOCK, 0 WARN");
        // Neither SLF4J's replay notice nor a CDS warning reaches the user.
        assertThat(check.err()).isEmpty();
    }

    @Test
    void anUnreadableFileExitsTwoWithAMessage() throws Exception {
        Path plan = dir.resolve("broken.json");
        Files.writeString(plan, "{ not json");
        Run check = run("check", plan.toString());
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("broken.json").doesNotContain("Exception");
    }

    @Test
    void withoutArgumentsTheCommandPrintsHelpInsteadOfOpeningTheWindow() throws Exception {
        Run r = run();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: switchback").contains("sample");
    }
}
