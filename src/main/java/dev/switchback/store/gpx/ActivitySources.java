package dev.switchback.store.gpx;

import dev.switchback.store.StoreException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Turns what the user chose (files, folders, export archives) into the activity files to import.
 *
 * <ul>
 *   <li>a file ending .gpx, .tcx, .fit (or the same + .gz) is one entry; any other chosen file is
 *       listed as a problem (it is not silently dropped);</li>
 *   <li>a folder: every activity file under it, at any depth, in name order; other files (photos,
 *       CSV) are ignored;</li>
 *   <li>a .zip: its activity entries in order, e.g. Strava's {@code activities/} folder, and the
 *       activity entries of every .zip inside it (Garmin's export is zips inside a zip). An inner zip
 *       is copied to a temporary file once so its entries are read directly, not by scanning.</li>
 * </ul>
 * Close it when the import is done: it holds the archives open and deletes its temporary files.
 */
public final class ActivitySources implements Closeable {
    /** An input that gave no entries, with the reason in words. */
    public record Problem(Path file, String name, String message) {
    }

    private final List<ActivityEntry> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<ZipFile> open = new ArrayList<>();
    private final List<Path> temporary = new ArrayList<>();

    private ActivitySources() {
    }

    public static ActivitySources expand(List<Path> inputs) {
        var s = new ActivitySources();
        for (Path input : inputs) {
            s.add(input);
        }
        return s;
    }

    public List<ActivityEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    private void add(Path input) {
        String name = String.valueOf(input.getFileName());
        if (Files.isDirectory(input)) {
            try (Stream<Path> walk = Files.walk(input)) {
                List<Path> files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString))
                        .toList();
                for (Path f : files) {
                    String n = String.valueOf(f.getFileName());
                    if (ActivityEntry.isArchive(n)) {
                        zip(f, n);
                    } else if (ActivityEntry.formatOf(n).isPresent()) {
                        entries.add(relativeEntry(input, f));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                problems.add(new Problem(input, name, "The folder " + input + " could not be read to the end ("
                        + e.getMessage() + "). Check that you may read it."));
            }
        } else if (!Files.exists(input)) {
            problems.add(new Problem(input, name, name + " was not found in " + input.toAbsolutePath().getParent()
                    + ". Check that it was not moved or renamed."));
        } else if (ActivityEntry.isArchive(name)) {
            zip(input, name);
        } else if (ActivityEntry.formatOf(name).isPresent()) {
            entries.add(ActivityEntry.of(input));
        } else {
            problems.add(new Problem(input, name, name + " is not an activity file Switchback reads: choose GPX, TCX"
                    + " or FIT files (also .gz), a folder of them, or a Strava or Garmin export archive (.zip)."));
        }
    }

    private static ActivityEntry relativeEntry(Path folder, Path file) {
        ActivityEntry plain = ActivityEntry.of(file);
        String shown = folder.getFileName() + "/" + folder.relativize(file).toString().replace('\\', '/');
        return new ActivityEntry(file, shown, plain.content());
    }

    private void zip(Path archive, String shown) {
        ZipFile zip;
        try {
            zip = new ZipFile(archive.toFile());
        } catch (ZipException e) {
            problems.add(new Problem(archive, shown, "The archive " + shown + " is not a readable zip file ("
                    + e.getMessage() + "); it was probably cut short. Download the export again."));
            return;
        } catch (IOException e) {
            problems.add(new Problem(archive, shown, "The archive " + shown + " could not be opened ("
                    + e.getMessage() + "). Check that you may read it."));
            return;
        }
        open.add(zip);
        List<? extends ZipEntry> list = Collections.list(zip.entries()).stream().filter(e -> !e.isDirectory())
                .sorted(Comparator.comparing(ZipEntry::getName)).toList();
        for (ZipEntry e : list) {
            String entryName = e.getName();
            String leaf = entryName.substring(entryName.lastIndexOf('/') + 1);
            String label = shown + ": " + entryName;
            if (ActivityEntry.isArchive(leaf)) {
                nested(archive, zip, e, label);
            } else if (ActivityEntry.formatOf(leaf).isPresent()) {
                entries.add(new ActivityEntry(archive, label, () -> entryBytes(archive, label, zip, e)));
            }
        }
    }

    private void nested(Path archive, ZipFile outer, ZipEntry e, String label) {
        try {
            Path copy = Files.createTempFile("switchback-import-", ".zip");
            temporary.add(copy);
            try (InputStream in = outer.getInputStream(e)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            int before = problems.size();
            int entriesBefore = entries.size();
            zip(copy, label);
            // Messages name the archive the user chose, not our temporary copy.
            for (int i = entriesBefore; i < entries.size(); i++) {
                ActivityEntry inner = entries.get(i);
                entries.set(i, new ActivityEntry(archive, inner.name(), inner.content()));
            }
            for (int i = before; i < problems.size(); i++) {
                Problem p = problems.get(i);
                problems.set(i, new Problem(archive, p.name(), p.message()));
            }
        } catch (IOException ex) {
            problems.add(new Problem(archive, label, "The archive " + label + " inside could not be unpacked ("
                    + ex.getMessage() + "). Download the export again."));
        }
    }

    private static byte[] entryBytes(Path archive, String label, ZipFile zip, ZipEntry e) throws StoreException {
        if (e.getSize() > ActivityFiles.MAX_FILE_BYTES) {
            ActivityFiles.checkSize(archive, label, "activity", e.getSize());
        }
        try (InputStream in = zip.getInputStream(e)) {
            // The size in the archive can be missing or false (a zip bomb): never read past the limit.
            byte[] bytes = in.readNBytes((int) ActivityFiles.MAX_FILE_BYTES + 1);
            if (bytes.length > ActivityFiles.MAX_FILE_BYTES) {
                ActivityFiles.checkSize(archive, label, "activity", bytes.length);
            }
            return bytes;
        } catch (IOException ex) {
            throw new StoreException(archive, label + " could not be unpacked from the archive (" + ex.getMessage()
                    + "); the archive is probably damaged. Download the export again.", ex);
        }
    }

    @Override
    public void close() {
        for (ZipFile z : open) {
            try {
                z.close();
            } catch (IOException ignored) {
                // Closing a read-only archive cannot lose data.
            }
        }
        for (Path p : temporary) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                p.toFile().deleteOnExit();
            }
        }
    }
}
