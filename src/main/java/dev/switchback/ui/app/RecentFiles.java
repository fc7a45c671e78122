package dev.switchback.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The last plans opened or saved, newest first, kept in the user's preferences. */
public final class RecentFiles {
    private static final int MAX = 8;
    private final Preferences prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    // One view kept for the object's life: JavaFX holds listeners of a wrapper weakly, so a new wrapper
    // per call could drop a listener at the next garbage collection.
    private final ObservableList<Path> filesView = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        for (int i = 0; i < MAX; i++) {
            String p = prefs.get("recent." + i, "");
            if (!p.isEmpty()) {
                files.add(Path.of(p));
            }
        }
    }

    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(abs);
        next.add(0, abs);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        for (int i = 0; i < MAX; i++) {
            if (i < next.size()) {
                prefs.put("recent." + i, next.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }

    public ObservableList<Path> files() {
        return filesView;
    }
}
