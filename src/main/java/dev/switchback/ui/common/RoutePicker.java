package dev.switchback.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks for the GPX file of a planned route (the session editor and the trip editor's stages); tests
 * answer without a file dialog.
 */
@FunctionalInterface
public interface RoutePicker {

    /** The chosen file, empty when the user cancelled. */
    Optional<Path> choose(Window owner);

    static RoutePicker fileChooser() {
        return owner -> {
            var chooser = new FileChooser();
            chooser.setTitle("Attach a planned route");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("GPX routes", "*.gpx", "*.GPX"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            java.io.File f = chooser.showOpenDialog(owner);
            return f == null ? Optional.empty() : Optional.of(f.toPath());
        };
    }
}
