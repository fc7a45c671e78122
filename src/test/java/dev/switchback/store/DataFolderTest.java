package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    private final Map<String, String> props = new HashMap<>(Map.of("user.home", "/home/ana", "os.name", "Linux"));
    private final Map<String, String> env = new HashMap<>();

    private Path resolve() {
        return DataFolder.resolve(props::get, env);
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        env.put("XDG_DATA_HOME", "/data/ana");
        assertThat(resolve()).isEqualTo(Path.of("/data/ana/switchback"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(resolve()).isEqualTo(Path.of("/home/ana/.local/share/switchback"));
    }

    @Test
    void aRelativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        env.put("XDG_DATA_HOME", "relative/dir");
        assertThat(resolve()).isEqualTo(Path.of("/home/ana/.local/share/switchback"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        props.put("os.name", "Mac OS X");
        assertThat(resolve()).isEqualTo(Path.of("/home/ana/Library/Application Support/Switchback"));
    }

    @Test
    void windowsUsesAppData() {
        props.put("os.name", "Windows 11");
        env.put("APPDATA", "C:\\Users\\ana\\AppData\\Roaming");
        assertThat(resolve()).isEqualTo(Path.of("C:\\Users\\ana\\AppData\\Roaming").resolve("Switchback"));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderInHome() {
        props.put("os.name", "Windows 10");
        assertThat(resolve()).isEqualTo(Path.of("/home/ana", "AppData", "Roaming", "Switchback"));
    }

    @Test
    void theEnvironmentVariableOverridesTheOsFolder() {
        env.put("XDG_DATA_HOME", "/data/ana");
        env.put("SWITCHBACK_HOME", "/srv/plans");
        assertThat(resolve()).isEqualTo(Path.of("/srv/plans"));
    }

    @Test
    void theSystemPropertyOverridesTheEnvironmentVariable() {
        env.put("SWITCHBACK_HOME", "/srv/plans");
        props.put("switchback.home", "/tmp/try");
        assertThat(resolve()).isEqualTo(Path.of("/tmp/try"));
    }

    @Test
    void blankOverridesAreIgnored() {
        env.put("SWITCHBACK_HOME", "  ");
        props.put("switchback.home", "");
        assertThat(resolve()).isEqualTo(Path.of("/home/ana/.local/share/switchback"));
    }

    @Test
    void firstStartCreatesTheFolderAndWritesTheSamplePlan(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("a/b/switchback");
        DataFolder.Prepared prepared = DataFolder.prepare(folder, LocalDate.of(2026, 11, 27));
        assertThat(prepared.sampleWritten()).isTrue();
        assertThat(prepared.planFile()).isEqualTo(folder.resolve("plan.json"));
        assertThat(PlanStore.read(prepared.planFile())).isEqualTo(SamplePlan.create(LocalDate.of(2026, 11, 27)));
    }

    @Test
    void anExistingPlanIsNeverOverwrittenEvenIfBroken(@TempDir Path tmp) throws Exception {
        Path plan = tmp.resolve("plan.json");
        Files.writeString(plan, "my own, broken");
        DataFolder.Prepared prepared = DataFolder.prepare(tmp, LocalDate.of(2026, 11, 27));
        assertThat(prepared.sampleWritten()).isFalse();
        assertThat(Files.readString(plan)).isEqualTo("my own, broken");
        assertThat(Files.list(tmp)).containsExactly(plan);
    }
}
