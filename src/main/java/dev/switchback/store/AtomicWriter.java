package dev.switchback.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file so that at every moment the target holds either the complete old content or the
 * complete new content:
 * <ol>
 *   <li>write the new content to a temp file in the same folder (same file system, so the rename is atomic),
 *       flush and fsync it;</li>
 *   <li>copy the current file to a second temp file, rotate the backups ({@code name.2} to {@code name.3},
 *       {@code name.1} to {@code name.2}) and move that copy to {@code name.1}, so no backup is ever a
 *       half-written copy;</li>
 *   <li>rename the temp file over the target with {@code ATOMIC_MOVE}; only where the file system refuses
 *       an atomic move, fall back to {@code REPLACE_EXISTING};</li>
 *   <li>fsync the folder so the rename itself survives a power cut.</li>
 * </ol>
 * A failure in steps 1-3 deletes the temp files and leaves the target untouched. A failure while
 * rotating can leave the backups shifted by one generation (the oldest lost), never the current file.
 */
final class AtomicWriter {
    static final int BACKUPS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(AtomicWriter.class);

    private final FileOps ops;

    AtomicWriter(FileOps ops) {
        this.ops = ops;
    }

    static Path backup(Path target, int generation) {
        return target.resolveSibling(target.getFileName() + "." + generation);
    }

    void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        Path temp = ops.createTempFile(dir, prefix);
        Path backupTemp = null;
        try {
            writeAndSync(temp, content);
            keepPermissions(target, temp);
            if (Files.exists(target)) {
                backupTemp = ops.createTempFile(dir, prefix + "backup.");
                ops.copy(target, backupTemp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                rotateBackups(target);
                ops.move(backupTemp, backup(target, 1), StandardCopyOption.REPLACE_EXISTING);
            }
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            if (backupTemp != null) {
                deleteQuietly(backupTemp, e);
            }
            throw e;
        }
        try {
            ops.forceDirectory(dir);
        } catch (IOException e) {
            // The rename has happened; only its durability across a power cut is less certain.
            LOG.debug("could not fsync folder {} after saving {}", dir, target, e);
        }
    }

    private void writeAndSync(Path temp, byte[] content) throws IOException {
        FileChannel channel = ops.openForWrite(temp);
        try {
            ops.write(channel, ByteBuffer.wrap(content));
            ops.force(channel);
        } finally {
            ops.close(channel);
        }
    }

    /** Shifts {@code .2} to {@code .3} and {@code .1} to {@code .2}; the oldest generation falls off. */
    private void rotateBackups(Path target) throws IOException {
        for (int generation = BACKUPS - 1; generation >= 1; generation--) {
            Path older = backup(target, generation);
            if (Files.exists(older)) {
                ops.move(older, backup(target, generation + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * A temp file starts readable by its owner only (rw-------); a saved file keeps the permissions
     * the user gave the old one. A new file stays owner-only, which suits personal training data.
     */
    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.exists(target) && Files.getFileStore(target).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("could not copy the permissions of {}", target, e);
        }
    }

    private void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            ops.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.info("{} does not support atomic rename; replacing {} non-atomically", target.getParent(), target);
            ops.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void deleteQuietly(Path file, Exception cause) {
        try {
            ops.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
