package dev.switchback.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file so that at every moment the target holds either the complete old content or the
 * complete new content:
 * <ol>
 *   <li>write the new content to a temp file in the same folder (same file system, so the rename is atomic),
 *       flush and fsync it;</li>
 *   <li>copy the current file to a second temp file and fsync that copy, rotate the backups ({@code name.2} to
 *       {@code name.3}, {@code name.1} to {@code name.2}) and move that copy to {@code name.1}, so no backup is
 *       ever a half-written copy;</li>
 *   <li>rename the temp file over the target with {@code ATOMIC_MOVE}; only where the file system refuses
 *       an atomic move, fall back to {@code REPLACE_EXISTING};</li>
 *   <li>fsync the folder so the rename itself survives a power cut.</li>
 * </ol>
 * When the caller says what the target must still hold ({@code expectedSha256}, a save over an opened
 * file), that is checked again at each point where another program's write could otherwise be lost:
 * after the new content is on disk, on the copy aside (so {@code name.1} is exactly the version the user
 * opened), and just before the rename, through a channel that stays open across it: if the file that
 * the rename displaced was written in place after that last check, its content is put back. A change
 * found at any of these points stops the save with {@link ChangedMeanwhile}; the target keeps the other
 * program's version. What remains is a program that replaces the file by its own rename in the instant
 * between the last check and ours (one system call); other Switchback processes cannot, since
 * {@link PlanStore} holds a lock for the whole save.
 * <p>
 * A failure in steps 1-3 deletes the temp files and leaves the target untouched. A failure while
 * rotating can leave the backups shifted by one generation (the oldest lost), never the current file.
 */
final class AtomicWriter {
    static final int BACKUPS = 3;
    /**
     * The logger, made on first use: {@code LoggerFactory} starts Logback (about 200 classes), which a
     * command that only reads a plan never needs (docs/performance.md, issue 14).
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(AtomicWriter.class);
    }

    private final FileOps ops;

    AtomicWriter(FileOps ops) {
        this.ops = ops;
    }

    /** The target's content changed, or it appeared, while it was being saved over; nothing of it was lost. */
    static final class ChangedMeanwhile extends IOException {
        ChangedMeanwhile(Path target, String when) {
            super(target.getFileName() + " changed " + when);
        }
    }

    static Path backup(Path target, int generation) {
        return target.resolveSibling(target.getFileName() + "." + generation);
    }

    /** The names of the temp files a save of {@code target} makes: {@code .plan.json.<random>.tmp}. */
    static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    void write(Path target, byte[] content) throws IOException {
        write(target, content, Optional.empty());
    }

    void write(Path target, byte[] content, Optional<String> expectedSha256) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = tempPrefix(target);
        Path temp = ops.createTempFile(dir, prefix);
        Path backupTemp = null;
        try {
            writeAndSync(temp, content);
            keepPermissions(target, temp);
            if (expectedSha256.isPresent()) {
                check(target, expectedSha256.get(), "while the new version was written");
            }
            if (Files.exists(target)) {
                backupTemp = ops.createTempFile(dir, prefix + "backup.");
                ops.copy(target, backupTemp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                ops.sync(backupTemp);
                if (expectedSha256.isPresent()
                        && !FileStamp.sha256(readAll(backupTemp)).equals(expectedSha256.get())) {
                    throw new ChangedMeanwhile(target, "before it was copied aside");
                }
                rotateBackups(target);
                ops.move(backupTemp, backup(target, 1), StandardCopyOption.REPLACE_EXISTING);
                backupTemp = null;
            }
            if (expectedSha256.isPresent()) {
                replaceChecked(temp, target, expectedSha256.get());
            } else {
                moveIntoPlace(temp, target);
            }
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
            Log.LOG.debug("could not fsync folder {} after saving {}", dir, target, e);
        }
    }

    /** Fails when the target exists with other content than expected; a target that is gone is no conflict. */
    private void check(Path target, String expectedSha256, String when) throws IOException {
        try (FileChannel in = ops.openForRead(target)) {
            if (!FileStamp.sha256(readAll(in)).equals(expectedSha256)) {
                throw new ChangedMeanwhile(target, when);
            }
        } catch (NoSuchFileException e) {
            // Deleted meanwhile: writing it again loses no one's work.
        }
    }

    /**
     * The last check and the rename. The channel opened for the check still holds the replaced file
     * after the rename: if its content changed in between (a program writing in place), that content is
     * written back over ours and the save counts as refused.
     */
    private void replaceChecked(Path temp, Path target, String expectedSha256) throws IOException {
        FileChannel held;
        try {
            held = ops.openForRead(target);
        } catch (NoSuchFileException e) {
            held = null;
        }
        if (held == null) {
            if (Files.exists(target)) {
                throw new ChangedMeanwhile(target, "while it was being saved (it was created again)");
            }
            moveIntoPlace(temp, target);
            return;
        }
        try (FileChannel in = held) {
            if (!FileStamp.sha256(readAll(in)).equals(expectedSha256)) {
                throw new ChangedMeanwhile(target, "just before it was replaced");
            }
            moveIntoPlace(temp, target);
            byte[] displaced = readAll(in);
            if (!FileStamp.sha256(displaced).equals(expectedSha256)) {
                Log.LOG.warn("{} was written in place while being saved over; putting that version back", target);
                Path putBack = ops.createTempFile(target.toAbsolutePath().getParent(), tempPrefix(target));
                try {
                    writeAndSync(putBack, displaced);
                    keepPermissions(target, putBack);
                    moveIntoPlace(putBack, target);
                } catch (IOException | RuntimeException e) {
                    deleteQuietly(putBack, e);
                    throw e;
                }
                throw new ChangedMeanwhile(target, "at the moment it was replaced");
            }
        }
    }

    private byte[] readAll(Path file) throws IOException {
        try (FileChannel in = ops.openForRead(file)) {
            return readAll(in);
        }
    }

    /** Reads a channel from its start; a file being saved over is at most the plan size limit. */
    private static byte[] readAll(FileChannel in) throws IOException {
        in.position(0);
        var out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        while (in.read(buffer) >= 0) {
            buffer.flip();
            out.write(buffer.array(), 0, buffer.limit());
            buffer.clear();
            if (out.size() > PlanJson.MAX_BYTES) {
                break;
            }
        }
        return out.toByteArray();
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
            Log.LOG.debug("could not copy the permissions of {}", target, e);
        }
    }

    private void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            ops.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Log.LOG.info("{} does not support atomic rename; replacing {} non-atomically", target.getParent(), target);
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
