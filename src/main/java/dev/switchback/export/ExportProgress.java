package dev.switchback.export;

/** Told how far a long export has got, e.g. to drive a progress bar. Called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
