package dev.switchback.store;

import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a plan file looked like when it was read. Two stamps mean the same file content when size
 * and SHA-256 agree; the modification time is kept for messages only, because copying or touching
 * a file changes it without changing the plan.
 */
public record FileStamp(long size, FileTime lastModified, String sha256) {
    public FileStamp {
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(sha256, "sha256");
    }

    static FileStamp of(byte[] content, FileTime lastModified) {
        return new FileStamp(content.length, lastModified, sha256(content));
    }

    public boolean sameContentAs(FileStamp other) {
        return size == other.size && sha256.equals(other.sha256);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
