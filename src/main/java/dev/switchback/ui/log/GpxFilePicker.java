package dev.switchback.ui.log;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for activity files (or a folder); tests answer without a file dialog. */
@FunctionalInterface
public interface GpxFilePicker {

    /** The chosen files, empty when the user cancelled. */
    List<Path> choose(Window owner);

    /** The activity files of one outing, for the log form's import button. */
    static GpxFilePicker fileChooser() {
        return chooser("Import activity", false);
    }

    /** Files and export archives, for File > Import activities. */
    static GpxFilePicker activitiesAndArchives() {
        return chooser("Import activities", true);
    }

    /** One folder (searched at any depth), for File > Import activity folder. */
    static GpxFilePicker folder() {
        return owner -> {
            var chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle("Import every activity in a folder");
            File dir = chooser.showDialog(owner);
            return dir == null ? List.of() : List.of(dir.toPath());
        };
    }

    private static GpxFilePicker chooser(String title, boolean archives) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            var activity = new FileChooser.ExtensionFilter("Activities (GPX, TCX, FIT"
                    + (archives ? ", zip" : "") + ")", archives
                    ? List.of("*.gpx", "*.tcx", "*.fit", "*.gz", "*.zip", "*.GPX", "*.TCX", "*.FIT", "*.ZIP")
                    : List.of("*.gpx", "*.tcx", "*.fit", "*.gz", "*.GPX", "*.TCX", "*.FIT"));
            chooser.getExtensionFilters().addAll(activity, new FileChooser.ExtensionFilter("All files", "*.*"));
            List<File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        };
    }
}
