package dev.switchback.ui.common;

import dev.switchback.store.StoreException;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Opens a folder in the desktop's file manager, on the window's background runner (the call can block). */
public final class DesktopFolders {
    private DesktopFolders() {
    }

    /** True where the desktop can open a folder (not headless, and the platform supports it). */
    public static boolean canOpen() {
        return !java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    /** Opens {@code folder}; a refusal reaches {@code problem} as a sentence for people, on the FX thread. */
    public static void open(BackgroundRunner runner, Path folder, Consumer<String> problem) {
        runner.run("Opening " + folder, () -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
                return folder;
            } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
                throw new StoreException(folder, "Could not open " + folder + " (" + e.getMessage()
                        + "). Open it from your file manager instead.", e);
            }
        }, opened -> { }, failed -> problem.accept(failed.getMessage()));
    }
}
