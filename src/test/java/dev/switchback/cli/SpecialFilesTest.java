package dev.switchback.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.switchback.store.PlanStore;
import dev.switchback.store.SamplePlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not plain plan files, and names the system cannot spell: each gets a sentence with a
 * remedy and exit code 2, never a hang or a Java exception name.
 */
class SpecialFilesTest extends CommandLineTest {
    @TempDir
    Path dir;


    private static boolean linux() {
        return System.getProperty("os.name").toLowerCase().contains("linux");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aNamedPipeIsRefusedAtOnceInsteadOfWaitingForeverForAWriter() throws Exception {
        assumeTrue(linux(), "mkfifo");
        Path pipe = dir.resolve("plan.json");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThat(run("validate", pipe.toString())).isEqualTo(SwitchbackCommand.UNREADABLE);
        assertThat(err.toString().strip()).isEqualTo("plan.json is not a plain file (it is a named pipe, a device or"
                + " a socket), so it holds no plan and Switchback does not read it. Open the plan file itself, a"
                + " .json file.");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aDeviceSuchAsDevZeroIsRefusedAsNotAPlainFile() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertThat(run("validate", "/dev/zero")).isEqualTo(SwitchbackCommand.UNREADABLE);
        assertThat(err.toString()).startsWith("zero is not a plain file").doesNotContain("MiB");
    }

    @Test
    void aSymbolicLinkLoopSaysSoWithARemedy() throws Exception {
        Path a = dir.resolve("plan.json");
        Path b = dir.resolve("other.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        assertThat(run("validate", a.toString())).isEqualTo(SwitchbackCommand.UNREADABLE);
        assertThat(err.toString()).startsWith("plan.json cannot be read: it is a symbolic link that leads round in a"
                + " loop").contains("Point the link at the real plan file").doesNotContain("Exception");
    }

    @Test
    void aFolderIsNotAPlan() {
        assertThat(run("validate", dir.toString())).isEqualTo(SwitchbackCommand.UNREADABLE);
        assertThat(err.toString()).contains("is a folder, not a plan file");
    }

    @Test
    void aNameWithAZeroByteIsRefusedWithASentence() {
        assertThat(run("validate", "plan\0.json")).isEqualTo(SwitchbackCommand.UNREADABLE);
        assertThat(err.toString()).startsWith("switchback: The file name \"plan\\u0000.json\" cannot be used: it"
                + " contains a zero byte.");
    }

    /** A separate JVM, because the language setting is read once at start. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void withLangCANonAsciiNameGetsASentenceAboutTheLanguageSetting() throws Exception {
        assumeTrue(linux(), "LANG=C decides file name encoding on Linux");
        String name = "pl\u00e4n.json";
        Path file = dir.resolve(name);
        PlanStore.save(file, SamplePlan.create(LocalDate.of(2026, 11, 27)), List.of());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "dev.switchback.Launcher", "validate",
                file.toString()));
        var pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.US_ASCII);
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(p.waitFor(50, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(stdout + stderr).isEqualTo(SwitchbackCommand.UNREADABLE);
        assertThat(stderr).contains("switchback: The file name ").contains("cannot be used: this system's language"
                + " setting (file names in ANSI_X3.4-1968, from LANG or LC_ALL) cannot spell its characters. Run"
                + " Switchback with a UTF-8 setting, for example LANG=C.UTF-8, or rename the file using plain"
                + " letters.").doesNotContain("Exception", "\tat ");
    }

    @Test
    void exportDoesNotOverwriteAReadOnlyFileNorThePlanItself() throws Exception {
        Path plan = dir.resolve("plan.json");
        PlanStore.save(plan, SamplePlan.create(LocalDate.of(2026, 11, 27)), List.of());
        byte[] before = Files.readAllBytes(plan);
        assertThat(run("export", plan.toString(), "--format", "csv", "-o", plan.toString()))
                .isEqualTo(ExportCommand.CANNOT_WRITE);
        assertThat(err.toString()).contains("is the plan file itself");
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);

        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path csv = dir.resolve("week.csv");
        Files.writeString(csv, "mine");
        Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("r--r--r--"));
        assertThat(run("export", plan.toString(), "-o", csv.toString())).isEqualTo(ExportCommand.CANNOT_WRITE);
        assertThat(err.toString()).contains("week.csv is read-only, so Switchback does not overwrite it");
        assertThat(Files.readString(csv)).isEqualTo("mine");
    }

    @Test
    void checkShowsControlCharactersFromTheFileAsEscapesNeverRaw() throws Exception {
        Path plan = dir.resolve("plan.json");
        PlanStore.save(plan, SamplePlan.create(LocalDate.of(2026, 11, 27)).withName("Shared\u001b]0;owned\u0007 plan"),
                List.of());
        run("check", plan.toString(), "--week", "2026-W48", "--today", "2026-11-27");
        assertThat(out.toString()).startsWith("Shared\\u001b]0;owned\\u0007 plan: 2026-W48").doesNotContain("\u001b");
        out.getBuffer().setLength(0);
        run("check", plan.toString(), "--week", "2026-W48", "--today", "2026-11-27", "--format", "json");
        assertThat(out.toString()).contains("\"plan\":\"Shared\\u001b]0;owned\\u0007 plan\"").doesNotContain("\u001b");
    }
}
