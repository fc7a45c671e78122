package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    @Test
    void theNewestComesFirstAndAListenerKeepsHearingAfterGarbageCollection() throws Exception {
        Preferences prefs = Preferences.userRoot().node("switchback-test-recent-" + System.nanoTime());
        var recent = new RecentFiles(prefs);
        var heard = new AtomicInteger();
        // The window adds its listener once to the list it is given and never keeps the list itself.
        recent.files().addListener((ListChangeListener<Path>) c -> heard.incrementAndGet());
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        recent.add(Path.of("a.json"));
        recent.add(Path.of("b.json"));
        assertThat(heard).hasValue(2);
        assertThat(recent.files()).extracting(p -> p.getFileName().toString()).containsExactly("b.json", "a.json");
        assertThat(new RecentFiles(prefs).files()).hasSize(2);
        prefs.removeNode();
    }
}
