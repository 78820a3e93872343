package org.charterreviewer.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates folders (0700) and files (0600) that only their owner may read, on Linux and macOS, from
 * the moment they exist (the permissions are given at creation, so there is no moment a default
 * umask leaves them readable by others). On Windows the folder's inherited access applies.
 */
public final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates {@code folder} owner-only if it is missing (its parents must exist), and returns it. */
    public static Path createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            if (POSIX) {
                Files.setPosixFilePermissions(folder, FOLDER);
            }
            return folder;
        }
        return POSIX ? Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER))
                : Files.createDirectory(folder);
    }

    /** A new, empty, owner-only file at {@code file}; fails if something is already there. */
    public static Path createFile(Path file) throws IOException {
        return POSIX ? Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE)) : Files.createFile(file);
    }

    /** A new owner-only folder inside {@code parent}, named {@code prefix} and a random part. */
    public static Path createTempFolder(Path parent, String prefix) throws IOException {
        FileAttribute<?>[] attributes = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FOLDER)} : new FileAttribute<?>[0];
        return Files.createTempDirectory(parent, prefix, attributes);
    }
}
