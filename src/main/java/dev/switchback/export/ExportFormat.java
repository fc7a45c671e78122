package dev.switchback.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The files Switchback can export. */
public enum ExportFormat {
    PDF("pdf"),
    ICS("ics"),
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name's extension names, if any. */
    public static Optional<ExportFormat> ofFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
