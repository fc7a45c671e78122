package dev.switchback.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers only ever see the old file or the complete new one: the body goes
 * to a temporary file beside the target, which is then moved into place. A failure deletes the
 * temporary file and leaves the target as it was (absent, or its earlier content).
 */
public final class AtomicFile {

    /** Writes the whole content to {@code out}; {@code out} is closed by the caller. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Body body) throws ExportException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException(target, "Cannot write " + target + ": the folder " + dir
                    + " does not exist. Choose an existing folder.");
        }
        if (Files.isDirectory(absolute)) {
            throw new ExportException(target, "Cannot write " + target + ": it is a folder. Give a file name.");
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new ExportException(target, "Cannot write to the folder " + dir + " (" + reason(e)
                    + "). Check that it is writable or choose another folder.", e);
        }
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                body.writeTo(out);
            }
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw new ExportException(target, "Could not write " + target + " (" + reason(e)
                    + "). The file was left unchanged; check free disk space and permissions, then try again.", e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The original error is the one worth reporting; a stray .part file is harmless.
                }
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
