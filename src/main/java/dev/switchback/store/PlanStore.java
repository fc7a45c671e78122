package dev.switchback.store;

import dev.switchback.engine.Finding;
import dev.switchback.model.Plan;
import dev.switchback.model.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes plan files (format: docs/plan-format.md). Reading never changes the file;
 * saving is atomic and keeps three backups ({@code plan.json.1} newest .. {@code plan.json.3}).
 */
public final class PlanStore {
    /** How long reading a plan file may take before Switchback stops waiting (a stalled network drive). */
    static final Duration READ_TIME_LIMIT = Duration.ofSeconds(30);
    /**
     * Temp files of a save older than this are leftovers of a save that never finished (a crash or a
     * power cut): a save of the largest plan takes seconds.
     */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

    /**
     * The logger, made on first use: {@code LoggerFactory} starts Logback (about 200 classes), which a
     * command that only reads a plan never needs (docs/performance.md, issue 14).
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(PlanStore.class);
    }
    private static final PlanStore SYSTEM = new PlanStore(FileOps.SYSTEM, PlanJson.standard());
    /** One save at a time per file within this process; {@link FileLock} keeps other processes out. */
    private static final ConcurrentHashMap<Path, ReentrantLock> SAVING = new ConcurrentHashMap<>();
    private static final ExecutorService READER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "switchback-plan-reader");
        t.setDaemon(true);
        return t;
    });

    private final FileOps ops;
    private final PlanJson json;
    private final Duration readTimeLimit;

    PlanStore(FileOps ops, PlanJson json) {
        this(ops, json, READ_TIME_LIMIT);
    }

    PlanStore(FileOps ops, PlanJson json, Duration readTimeLimit) {
        this.ops = ops;
        this.json = json;
        this.readTimeLimit = readTimeLimit;
    }

    static PlanJson systemJson() {
        return SYSTEM.json;
    }

    /** Reads and validates a plan file; never modifies it. */
    public static Plan read(Path file) throws StoreException {
        return SYSTEM.decode(file).plan();
    }

    /** Reads a plan and remembers what the file looked like, for {@link #save(OpenedPlan, Plan, List)}. */
    public static OpenedPlan openFile(Path file) throws StoreException {
        return SYSTEM.open(file);
    }

    /**
     * Saves atomically (temp file beside, fsync, rename) and keeps earlier versions as backups,
     * whatever is on disk now: for "Save As" and new files. {@code findings} (WARN and INFO that the
     * user saw) are written alongside for the record. A read-only file is not overwritten
     * ({@link ReadOnlyFileException}).
     */
    public static void save(Path file, Plan plan, List<Finding> findings) throws StoreException {
        SYSTEM.write(file, plan, findings);
    }

    /**
     * Saves over the file {@code opened} came from, unless another program changed it since: then
     * nothing is written and {@link FileChangedException} says so. The content is compared when the
     * save starts and again during it (see {@link AtomicWriter}), so a change that lands while saving
     * is kept too. A file that was deleted in the meantime is written again, since no one's work is
     * lost by that. Returns the new opened state.
     */
    public static OpenedPlan save(OpenedPlan opened, Plan plan, List<Finding> findings) throws StoreException {
        return SYSTEM.saveOver(opened, plan, findings);
    }

    /**
     * Like {@link #save(Path, Plan, List)}, and returns the opened state of what was written, so the
     * next save over it can tell whether another program changed it in between.
     */
    public static OpenedPlan saveAs(Path file, Plan plan, List<Finding> findings) throws StoreException {
        byte[] content = SYSTEM.write(file, plan, findings);
        return new OpenedPlan(file, plan, FileStamp.of(content, lastModified(file)), PlanJson.SCHEMA_VERSION);
    }

    /** What {@code file} holds now, to compare with an {@link OpenedPlan#stamp()} without parsing it. */
    public static FileStamp stampOf(Path file) throws StoreException {
        return FileStamp.of(SYSTEM.readBounded(file), lastModified(file));
    }

    /** Where the backups of {@code file} are kept, newest first: {@code plan.json.1} to {@code plan.json.3}. */
    public static List<Path> backups(Path file) {
        return IntStream.rangeClosed(1, AtomicWriter.BACKUPS)
                .mapToObj(g -> AtomicWriter.backup(file, g)).toList();
    }

    /** True when the file exists and its owner may not write it (POSIX), or it is marked read-only (Windows). */
    public static boolean isReadOnly(Path file) {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
            }
            DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
            if (dos != null) {
                return dos.readAttributes().isReadOnly();
            }
            return Files.exists(file) && !Files.isWritable(file);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Lets the file's owner write it again (the user chose "Make writable and save"). */
    public static void makeWritable(Path file) throws StoreException {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> perms = EnumSet.copyOf(posix.readAttributes().permissions());
                perms.add(PosixFilePermission.OWNER_WRITE);
                posix.setPermissions(perms);
                return;
            }
            DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
            if (dos != null) {
                dos.setReadOnly(false);
            }
        } catch (IOException e) {
            String why = switch (FileErrors.cause(e)) {
                case PERMISSION -> "only its owner may change its permissions";
                case READ_ONLY_DISK -> "the disk is mounted read-only";
                case MISSING -> "it no longer exists";
                default -> "the system refused";
            };
            throw new StoreException(file, "Could not make " + FileErrors.name(file) + " writable: " + why
                    + ". The file on disk was not changed; use Save As to save somewhere else.", e);
        }
    }

    /**
     * Deletes what a save of {@code file} that never finished left beside it: only files named like its
     * temp files ({@code .plan.json.<digits>.tmp}, {@code .plan.json.backup.<digits>.tmp}) and older than
     * {@link #LEFTOVER_AGE}, so a save running in another window is not disturbed. Returns what it deleted.
     */
    public static List<Path> cleanLeftovers(Path file) {
        return cleanLeftovers(file, Instant.now().minus(LEFTOVER_AGE));
    }

    static List<Path> cleanLeftovers(Path file, Instant olderThan) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || file.getFileName() == null) {
            return List.of();
        }
        Pattern ours = Pattern.compile(Pattern.quote(AtomicWriter.tempPrefix(file)) + "(backup\\.)?[0-9]+\\.tmp");
        var deleted = new ArrayList<Path>();
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(dir, AtomicWriter.tempPrefix(file) + "*.tmp")) {
            for (Path p : candidates) {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (ours.matcher(p.getFileName().toString()).matches() && a.isRegularFile()
                            && a.lastModifiedTime().toInstant().isBefore(olderThan)) {
                        Files.deleteIfExists(p);
                        deleted.add(p);
                        Log.LOG.info("Deleted {}, left by a save that did not finish", p);
                    }
                } catch (IOException e) {
                    Log.LOG.debug("Could not clean up {}", p, e);
                }
            }
        } catch (IOException | RuntimeException e) {
            Log.LOG.debug("Could not look for leftovers beside {}", file, e);
        }
        return deleted;
    }

    OpenedPlan open(Path file) throws StoreException {
        Objects.requireNonNull(file, "file");
        byte[] content = readBounded(file);
        FileTime modified = lastModified(file);
        PlanJson.Decoded decoded = json.read(file, content);
        return new OpenedPlan(file, decoded.plan(), FileStamp.of(content, modified), decoded.schemaVersion());
    }

    /**
     * The plan only, for a reader that will not save over the file: no {@link FileStamp}, whose SHA-256
     * starts the JDK's security providers (about 50 classes) in a command that only reads.
     */
    PlanJson.Decoded decode(Path file) throws StoreException {
        Objects.requireNonNull(file, "file");
        return json.read(file, readBounded(file));
    }

    OpenedPlan saveOver(OpenedPlan opened, Plan plan, List<Finding> findings) throws StoreException {
        Path file = opened.file();
        byte[] content;
        try (SaveLock lock = lock(file)) {
            if (Files.exists(file)) {
                byte[] now = readBounded(file);
                if (!FileStamp.of(now, opened.stamp().lastModified()).sameContentAs(opened.stamp())) {
                    throw new FileChangedException(file);
                }
            }
            content = writeLocked(file, plan, findings, Optional.of(opened.stamp().sha256()));
        }
        return new OpenedPlan(file, plan, FileStamp.of(content, lastModified(file)), PlanJson.SCHEMA_VERSION);
    }

    byte[] write(Path file, Plan plan, List<Finding> findings) throws StoreException {
        try (SaveLock lock = lock(file)) {
            return writeLocked(file, plan, findings, Optional.empty());
        }
    }

    private byte[] writeLocked(Path file, Plan plan, List<Finding> findings, Optional<String> expected)
            throws StoreException {
        Objects.requireNonNull(plan, "plan");
        byte[] content = json.write(plan, findings);
        if (Files.isDirectory(file)) {
            throw new StoreException(file, FileErrors.name(file) + " is a folder: choose a file name such as"
                    + " plan.json.");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new StoreException(file, "Could not save " + FileErrors.name(file) + ": the folder "
                    + Printable.escape(String.valueOf(dir))
                    + " does not exist. Choose another place with Save As.");
        }
        if (isReadOnly(file)) {
            throw new ReadOnlyFileException(file);
        }
        try {
            new AtomicWriter(ops).write(file, content, expected);
        } catch (AtomicWriter.ChangedMeanwhile e) {
            Log.LOG.info("Save refused: {}", e.getMessage());
            throw new FileChangedException(file);
        } catch (IOException e) {
            throw new StoreException(file, FileErrors.saving(file, e), e);
        }
        return content;
    }

    /**
     * Holds {@code .plan.json.lock} beside the file for the whole save, so two Switchback processes
     * saving the same file take turns (and the second then finds the first one's change). Where the
     * lock cannot be taken (a read-only folder, a file system without locks) the save goes ahead
     * unlocked: its own steps then report what is wrong. The empty lock file stays: deleting it would
     * let two processes lock two different files of the same name.
     */
    private static SaveLock lock(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return new SaveLock(SAVING.computeIfAbsent(key, k -> new ReentrantLock()),
                key.resolveSibling("." + key.getFileName() + ".lock"));
    }

    private static final class SaveLock implements AutoCloseable {
        private final ReentrantLock inProcess;
        private FileChannel channel;

        SaveLock(ReentrantLock inProcess, Path lockFile) {
            this.inProcess = inProcess;
            inProcess.lock();
            try {
                if (Files.isDirectory(lockFile.getParent())) {
                    channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    channel.lock();
                }
            } catch (IOException | RuntimeException e) {
                Log.LOG.debug("Saving without a lock on {}", lockFile, e);
                closeChannel();
            }
        }

        private void closeChannel() {
            try {
                if (channel != null) {
                    channel.close(); // releases the lock too
                }
            } catch (IOException e) {
                Log.LOG.debug("Could not close the save lock", e);
            }
            channel = null;
        }

        @Override
        public void close() {
            closeChannel();
            inProcess.unlock();
        }
    }

    private byte[] readBounded(Path file) throws StoreException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new StoreException(file, FileErrors.reading(file, e), e);
        }
        if (attributes.isDirectory()) {
            throw new StoreException(file, FileErrors.name(file) + " is a folder, not a plan file: choose a .json"
                    + " file in it.");
        }
        if (!attributes.isRegularFile()) {
            throw new StoreException(file, FileErrors.name(file) + " is not a plain file (it is a named pipe, a"
                    + " device or a socket), so it holds no plan and Switchback does not read it. Open the plan"
                    + " file itself, a .json file.");
        }
        if (attributes.size() > PlanJson.MAX_BYTES) {
            throw json.tooLarge(file, attributes.size());
        }
        Future<byte[]> reading = READER.submit(() -> {
            // The size may change while reading; never take more than the limit.
            try (InputStream in = ops.newInputStream(file)) {
                return in.readNBytes((int) PlanJson.MAX_BYTES + 1);
            }
        });
        byte[] content;
        try {
            content = reading.get(readTimeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            throw new StoreException(file, "Reading " + FileErrors.name(file) + " took longer than "
                    + (readTimeLimit.toMillis() < 1000 ? readTimeLimit.toMillis() + " ms" : readTimeLimit.toSeconds()
                    + " s") + ", so Switchback stopped waiting: the disk or network drive"
                    + " it is on may have stopped responding. Check that it is connected and try again, or copy"
                    + " the file to this computer and open the copy.", e);
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new StoreException(file, "Reading " + FileErrors.name(file) + " was interrupted. Try again.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new StoreException(file, FileErrors.reading(file, io), io);
            }
            throw new IllegalStateException("reading " + file + " failed", e.getCause());
        }
        if (content.length > PlanJson.MAX_BYTES) {
            throw json.tooLarge(file, content.length);
        }
        return content;
    }

    private static FileTime lastModified(Path file) throws StoreException {
        try {
            return Files.getLastModifiedTime(file);
        } catch (NoSuchFileException e) {
            return FileTime.fromMillis(0);
        } catch (IOException e) {
            throw new StoreException(file, FileErrors.reading(file, e), e);
        }
    }
}
