package dev.switchback.ui.log;

import dev.switchback.store.StoreException;
import dev.switchback.store.gpx.ActivityEntry;
import dev.switchback.store.gpx.ActivityReader;
import dev.switchback.store.gpx.GpxTrack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;

/** Reads one or more activity files (GPX, TCX, FIT, also .gz) off the FX thread with progress; the parts of one outing are combined. */
final class GpxImportTask extends Task<GpxTrack> {
    private final List<Path> files;

    GpxImportTask(List<Path> files) {
        this.files = List.copyOf(files);
    }

    @Override
    protected GpxTrack call() throws StoreException {
        var tracks = new ArrayList<GpxTrack>();
        int i = 0;
        for (Path file : files) {
            updateMessage("Reading " + file.getFileName() + " (" + (i + 1) + " of " + files.size() + ")");
            updateProgress(i, files.size());
            tracks.add(ActivityReader.read(ActivityEntry.of(file)));
            i++;
        }
        updateProgress(files.size(), files.size());
        updateMessage("");
        return GpxTrack.combine(tracks);
    }
}
