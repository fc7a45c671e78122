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
    static boolean linux;

    @TempDir
    Path dir;

    @BeforeAll
    static void findTheImage() {
        String image = System.getProperty("switchback.image");
        assumeTrue(image != null, "run by the dist profile");
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        linux = os.startsWith("linux");
        cli = os.startsWith("windows") ? Path.of(image, "switchback-cli.exe")
                : os.startsWith("mac") ? Path.of(image + ".app", "Contents", "MacOS", "switchback-cli")
                : Path.of(image, "bin", "switchback");
        assertThat(cli).isExecutable();
    }

    record Run(int code, String out, String err) {
    }

    Run run(String... args) throws IOException, InterruptedException {
        return runAt(cli, args);
    }

    Run runAt(Path launcher, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(launcher.toString()));
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

    // Linux: shell launchers instead of jpackage's (decisions/0013), which ran rpm and dpkg before the JVM.

    @Test
    void onLinuxBothLaunchersAreShellScriptsThatStartTheImagesJava() throws Exception {
        assumeTrue(linux, "Linux only");
        for (Path launcher : List.of(cli, cli.resolveSibling("Switchback"))) {
            assertThat(launcher).isExecutable();
            String script = Files.readString(launcher, StandardCharsets.UTF_8);
            assertThat(script).startsWith("#!/bin/sh\n").contains("exec \"$root/lib/runtime/bin/java\"")
                    .contains("-XX:SharedArchiveFile=$root/lib/app/switchback.jsa")
                    .contains("-Djpackage.app-version=").endsWith("dev.switchback.Launcher \"$@\"\n");
        }
        assertThat(Files.readString(cli, StandardCharsets.UTF_8)).contains("\"-Dswitchback.cli=true\"");
        assertThat(Files.readString(cli.resolveSibling("Switchback"), StandardCharsets.UTF_8))
                .doesNotContain("switchback.cli");
    }

    @Test
    void startsThroughSymlinksLikeTheOneOnThePath() throws Exception {
        assumeTrue(linux, "Linux only");
        // /usr/bin/switchback -> /opt/switchback/bin/switchback, and a relative link to that link
        Path usrBin = Files.createDirectories(dir.resolve("usr/bin"));
        Path onPath = Files.createSymbolicLink(usrBin.resolve("switchback"), cli.toAbsolutePath());
        Path links = Files.createDirectories(dir.resolve("links"));
        Path relative = Files.createSymbolicLink(links.resolve("sb"), Path.of("../usr/bin/switchback"));
        for (Path launcher : List.of(onPath, relative)) {
            Run version = runAt(launcher, "--version");
            assertThat(version.code()).as(version.err()).isZero();
            assertThat(version.out()).startsWith("switchback ");
            assertThat(version.err()).isEmpty();
        }
        Path plan = dir.resolve("plan.json");
        LocalDate today = LocalDate.now();
        assertThat(runAt(relative, "sample", "-o", plan.toString(), "--today", today.toString()).code()).isZero();
        Run check = runAt(relative, "check", plan.toString(), "--today", today.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("0 BLOCK, 0 WARN");
        assertThat(check.err()).isEmpty();
        Files.delete(relative);
        Files.delete(onPath); // before JUnit's clean-up, which warns about a link out of its folder
    }

    @Test
    void startsFromAFolderWithASpaceAndPassesArgumentsWithSpacesWhole() throws Exception {
        assumeTrue(linux, "Linux only");
        Path image = cli.getParent().getParent();
        // beside the image (the same file system, so the copy is made of hard links)
        Path copy = image.resolveSibling("copy with space").resolve("Switch back");
        deleteTree(copy.getParent());
        try {
            copyTree(image, copy);
            Path launcher = copy.resolve("bin/switchback");
            Path plans = Files.createDirectories(dir.resolve("my plans"));
            Path plan = plans.resolve("a plan.json");
            LocalDate today = LocalDate.now();
            Run sample = runAt(launcher, "sample", "-o", plan.toString(), "--today", today.toString());
            assertThat(sample.code()).as(sample.err()).isZero();
            assertThat(plan).isRegularFile();
            Run check = runAt(launcher, "check", plan.toString(), "--today", today.toString());
            assertThat(check.code()).as(check.out() + check.err()).isZero();
            assertThat(check.out()).contains("0 BLOCK, 0 WARN");
            // the copy's archive names the original's jar: the JVM goes on without it, silently
            assertThat(check.err()).isEmpty();
            Run missing = runAt(launcher, "check", plans.resolve("no such plan.json").toString());
            assertThat(missing.code()).isEqualTo(2);
            assertThat(missing.err()).contains("no such plan.json");
        } finally {
            deleteTree(copy.getParent());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.createLink(target, p);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
