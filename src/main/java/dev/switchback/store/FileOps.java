package dev.switchback.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.io.InputStream;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file-system steps of a save, one method per step, so tests can make any single step fail
 * and check that the old file survives. {@link #SYSTEM} does the real thing.
 */
interface FileOps {
    FileOps SYSTEM = new FileOps() {
    };

    default Path createTempFile(Path dir, String prefix) throws IOException {
        return Files.createTempFile(dir, prefix, ".tmp");
    }

    default FileChannel openForWrite(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Writes the whole buffer; a channel may take several calls to do so. */
    default void write(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** Flushes file content and metadata to the device (fsync). */
    default void force(FileChannel channel) throws IOException {
        channel.force(true);
    }

    default void close(FileChannel channel) throws IOException {
        channel.close();
    }

    default void copy(Path from, Path to, CopyOption... options) throws IOException {
        Files.copy(from, to, options);
    }

    default void move(Path from, Path to, CopyOption... options) throws IOException {
        Files.move(from, to, options);
    }

    default void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Flushes the directory entry after a rename (Linux, macOS). Windows cannot open a directory as
     * a channel; there the rename is already durable through NTFS journaling, so failure is ignored.
     */
    /** Flushes an already written file (the backup copy) to the device. */
    default void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Opens a file to read the content it holds now; the channel keeps that file even if it is renamed over. */
    default FileChannel openForRead(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.READ);
    }

    /** Opens a plan file for reading (reading plans, not saving). */
    default InputStream newInputStream(Path file) throws IOException {
        return Files.newInputStream(file);
    }

    default void forceDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }
}
