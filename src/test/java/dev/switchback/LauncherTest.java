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

    @Test
    void eachCommandHasItsOwnArchiveAndTheWindowItsOwn() {
        assertThat(Launcher.archiveKind(true, new String[0])).isEqualTo("window");
        assertThat(Launcher.archiveKind(true, new String[] {"--data-dir", "/x"})).isEqualTo("window");
        assertThat(Launcher.archiveKind(false, new String[] {"check", "plan.json", "--week", "2026-W49"}))
                .isEqualTo("cli-check");
        assertThat(Launcher.archiveKind(false, new String[] {"sample", "-o", "plan.json"})).isEqualTo("cli-sample");
        // the whole command line: help, the version, a mistyped command, no command
        for (String[] args : new String[][] {{"help", "check"}, {"--version"}, {"chek", "plan.json"}, {}}) {
            assertThat(Launcher.archiveKind(false, args)).as(String.join(" ", args)).isEqualTo("cli");
        }
    }
}
