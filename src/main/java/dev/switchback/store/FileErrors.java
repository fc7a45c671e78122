package dev.switchback.store;

import dev.switchback.model.Printable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Every file-system failure as a sentence for people: what happened and a remedy that fits the cause
 * (a read-only disk is not told to free space). The operating system's own words are matched, not
 * shown, except as a short quoted reason when nothing matches.
 */
final class FileErrors {
    private FileErrors() {
    }

    enum Cause {
        MISSING, PERMISSION, LINK_LOOP, READ_ONLY_DISK, DISK_FULL, DISK_ERROR, NAME_TOO_LONG, NOT_A_FOLDER,
        NETWORK, IS_FOLDER, OTHER
    }

    static Cause cause(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Cause.MISSING;
        }
        if (e instanceof AccessDeniedException) {
            return Cause.PERMISSION;
        }
        if (e instanceof FileSystemLoopException) {
            return Cause.LINK_LOOP;
        }
        if (e instanceof NotDirectoryException) {
            return Cause.NOT_A_FOLDER;
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("too many levels of symbolic links") || r.contains("symbolic link loop")) {
            return Cause.LINK_LOOP;
        }
        if (r.contains("read-only file system")) {
            return Cause.READ_ONLY_DISK;
        }
        if (r.contains("no space left") || r.contains("quota") || r.contains("not enough space")
                || r.contains("disk is full")) {
            return Cause.DISK_FULL;
        }
        if (r.contains("input/output error") || r.contains("i/o error")) {
            return Cause.DISK_ERROR;
        }
        if (r.contains("file name too long") || r.contains("name too long")) {
            return Cause.NAME_TOO_LONG;
        }
        if (r.contains("not a directory")) {
            return Cause.NOT_A_FOLDER;
        }
        if (r.contains("is a directory")) {
            return Cause.IS_FOLDER;
        }
        if (r.contains("stale file handle") || r.contains("not connected") || r.contains("host is down")
                || r.contains("network") || r.contains("timed out")) {
            return Cause.NETWORK;
        }
        if (r.contains("permission denied") || r.contains("operation not permitted")) {
            return Cause.PERMISSION;
        }
        return Cause.OTHER;
    }

    /** "plan.json could not be read: ... ." with a remedy. */
    static String reading(Path file, IOException e) {
        String name = name(file);
        return switch (cause(e)) {
            case MISSING -> name + " does not exist. Check the name and folder.";
            case PERMISSION -> name + " cannot be read: permission denied. Check the file's permissions or copy"
                    + " it somewhere you may read.";
            case LINK_LOOP -> name + " cannot be read: it is a symbolic link that leads round in a loop (or"
                    + " through too many links), so it points at no file. Point the link at the real plan file,"
                    + " or open the plan file itself.";
            case DISK_ERROR -> name + " cannot be read: the disk reported an error (it may be failing or was"
                    + " disconnected). Copy the file to another disk if you can, or restore a backup ("
                    + PlanJson.backupHint(file) + ").";
            case NAME_TOO_LONG -> name + " cannot be read: its name or folder path is too long for the file"
                    + " system. Move it to a folder with a shorter path.";
            case NOT_A_FOLDER -> name + " cannot be read: a part of its path is a file, not a folder. Check the"
                    + " path.";
            case IS_FOLDER -> name + " is a folder, not a plan file: choose a .json file in it.";
            case NETWORK -> name + " cannot be read: the network drive it is on stopped responding. Reconnect"
                    + " it and try again, or copy the file to this computer.";
            case READ_ONLY_DISK, DISK_FULL, OTHER -> name + " could not be read (the system said: \""
                    + Printable.excerpt(reason(e), 80) + "\"). Check that the disk is connected and try again,"
                    + " or restore a backup (" + PlanJson.backupHint(file) + ").";
        };
    }

    /** "Could not save plan.json: ... ." with a remedy; the file on disk was not changed. */
    static String saving(Path file, IOException e) {
        String name = name(file);
        Path dir = file.toAbsolutePath().getParent();
        String kept = " The file on disk was not changed; your plan is still open.";
        return "Could not save " + name + ": " + switch (cause(e)) {
            case PERMISSION -> "Switchback may not write in " + Printable.escape(String.valueOf(dir)) + "." + kept
                    + " Use Save As to save somewhere else.";
            case READ_ONLY_DISK -> "the disk or folder is mounted read-only." + kept + " Use Save As to save on"
                    + " another disk, or make the disk writable.";
            case DISK_FULL -> "the disk is full (or your disk quota is used up)." + kept + " Free some disk space,"
                    + " or use Save As to save somewhere else.";
            case DISK_ERROR -> "the disk reported an error (it may be failing or was disconnected)." + kept
                    + " Use Save As to save on another disk.";
            case LINK_LOOP -> "the file is a symbolic link that leads round in a loop." + kept + " Use Save As"
                    + " to save under another name.";
            case NAME_TOO_LONG -> "the name or folder path is too long for the file system." + kept
                    + " Use Save As with a shorter name or folder.";
            case NOT_A_FOLDER, MISSING -> "a part of the folder path " + Printable.escape(String.valueOf(dir))
                    + " is missing or is not a folder." + kept + " Use Save As to choose another place.";
            case IS_FOLDER -> "there is a folder of that name." + kept + " Use Save As with a file name such as"
                    + " plan.json.";
            case NETWORK -> "the network drive stopped responding." + kept + " Reconnect it and save again, or"
                    + " use Save As to save on this computer.";
            case OTHER -> "the system said \"" + Printable.excerpt(reason(e), 80) + "\"." + kept
                    + " Try again, or use Save As to save somewhere else.";
        };
    }

    static String name(Path file) {
        return Printable.escape(String.valueOf(file.getFileName() == null ? file : file.getFileName()));
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "unknown error" : e.getMessage();
    }
}
