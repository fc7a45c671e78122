package dev.switchback.ui.log;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for GPX files; tests answer without a file dialog. */
@FunctionalInterface
public interface GpxFilePicker {

    /** The chosen files, empty when the user cancelled. */
    List<Path> choose(Window owner);

    static GpxFilePicker fileChooser() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import GPX tracks");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("GPX tracks", "*.gpx", "*.GPX"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            List<File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        };
    }
}
