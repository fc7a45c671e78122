package dev.switchback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void noArgumentsOrOnlyADataFolderOpenTheWindow() {
        assertThat(Launcher.windowDataDir(new String[0])).contains(Optional.empty());
        assertThat(Launcher.windowDataDir(new String[] {"--data-dir", "/tmp/x"})).contains(Optional.of("/tmp/x"));
        assertThat(Launcher.windowDataDir(new String[] {"--data-dir=/tmp/y"})).contains(Optional.of("/tmp/y"));
    }

    @Test
    void anythingElseIsACommand() {
        assertThat(Launcher.windowDataDir(new String[] {"--data-dir"})).isEmpty();
        assertThat(Launcher.windowDataDir(new String[] {"--data-dir", " "})).isEmpty();
        assertThat(Launcher.windowDataDir(new String[] {"--data-dir="})).isEmpty();
        assertThat(Launcher.windowDataDir(new String[] {"check", "plan.json"})).isEmpty();
        assertThat(Launcher.windowDataDir(new String[] {"--data-dir", "/x", "check"})).isEmpty();
        assertThat(Launcher.windowDataDir(new String[] {"--version"})).isEmpty();
    }
}
