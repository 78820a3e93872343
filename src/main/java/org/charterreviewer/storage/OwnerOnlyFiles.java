package org.charterreviewer.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the data folder private to its owner on Linux and macOS: folders 0700, files 0600. The
 * database, the key file, the signing identity, logs, backups and unpacked bundle entries hold
 * personal data or secrets, and a default umask would leave them readable by every account on the
 * computer. New files and folders get their permissions at creation, so there is no moment a default
 * umask leaves them open. Windows keeps a user's application data private already; there this does
 * nothing.
 */
public final class OwnerOnlyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    public static boolean supported() {
        return POSIX;
    }

    /** Creates {@code folder} (and missing parents) owner-only, or makes an existing one owner-only. */
    public static Path createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            restrict(folder);
            return folder;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
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

    /** Makes one file or folder owner-only; links are left alone (never followed). */
    public static void restrict(Path path) {
        if (!POSIX || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Cannot make a file in the data folder owner-only ({})", e.getClass().getSimpleName());
        }
    }

    /** Makes {@code root} and everything under it owner-only. */
    public static void restrictTree(Path root) {
        if (!POSIX || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(OwnerOnlyFiles::restrict);
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("Cannot make the data folder owner-only ({})", e.getClass().getSimpleName());
        }
    }
}
