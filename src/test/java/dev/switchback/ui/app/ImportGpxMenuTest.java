package dev.switchback.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.ui.DemoPlans;
import dev.switchback.ui.FakeFiles;
import dev.switchback.ui.FxWindow;
import dev.switchback.ui.RiggedAnalysis;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The window offers the bulk GPX import in its File menu (the import itself: ui.log.GpxBatchViewTest). */
class ImportGpxMenuTest {
    private Preferences prefs;

    @RegisterExtension
    final FxWindow fx = FxWindow.stage(FxWindow.Look.AS_IS, this::start);

    void start(Stage stage) {
        prefs = Preferences.userRoot().node("switchback-fx-test-" + UUID.randomUUID());
        SwitchbackApp.open(stage, new FakeFiles(), prefs, () -> DemoPlans.TODAY, FxDialogService::new,
                RiggedAnalysis.analyser());
    }

    @AfterEach
    void forget() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void theFileMenuHasImportGpxTracksBeforeQuit(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        var file = bar.getMenus().stream().filter(m -> m.getText().equals("File")).findFirst().orElseThrow();
        var texts = file.getItems().stream().map(MenuItem::getText).toList();
        assertThat(texts).contains("Import activities…", "Import activity folder…");
        assertThat(texts.indexOf("Import activities…")).isLessThan(texts.indexOf("Quit"));
        assertThat(file.getItems().stream().filter(i -> "menu-import-gpx".equals(i.getId())).count()).isEqualTo(1);
    }
}
