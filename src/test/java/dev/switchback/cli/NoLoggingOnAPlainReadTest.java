package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.store.PlanStore;
import dev.switchback.store.SamplePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a command that only reads a current plan never starts the logging framework (SLF4J finds
 * Logback, which loads about 100 classes and parses its configuration: a tenth of the CLI's start).
 * Run in a JVM of its own, as a user runs it, with the classes it loads listed.
 */
class NoLoggingOnAPlainReadTest {
    @TempDir
    Path dir;

    @Test
    void checkAndValidateOfACurrentPlanLoadNeitherSlf4jNorLogback() throws Exception {
        Path plan = dir.resolve("plan.json");
        PlanStore.save(plan, SamplePlan.create(LocalDate.of(2026, 11, 27)), List.of());
        for (String command : List.of("check", "validate")) {
            String classes = run(command, plan.toString(), "--data-dir", dir.toString());
            assertThat(classes).as(command).contains("dev.switchback.store.PlanMapper");
            // the loaded classes of the logging framework, listed by name (an empty list when none)
            assertThat(classes.lines().filter(l -> l.contains(" org.slf4j.") || l.contains(" ch.qos.logback."))
                    .map(l -> l.replaceAll(".*class,load\\] (\\S+).*", "$1")).toList()).as(command).isEmpty();
        }
    }

    /**
     * The test class path without ical4j: its jar registers a {@code java.time} zone-rules provider that
     * logs through SLF4J when the JDK first reads a time zone. The shipped jar leaves that registration
     * out (pom.xml, the shade plugin's excludes), so the commands start as they do for a user; check and
     * validate do not need ical4j.
     */
    private static String classPathAsInTheJar() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.contains("ical4j")).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static String run(String... args) throws IOException, InterruptedException {
        var cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-verbose:class", "-Dswitchback.relaunch=false", "-cp", classPathAsInTheJar(),
                "dev.switchback.Launcher"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text.lines().filter(l -> !l.startsWith("[")).toList().toString()).isIn(0, 1);
        return text;
    }
}
