package org.charterreviewer.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the data folder private to its owner on Linux and macOS: folders 0700, files 0600. The
 * database, the key file, the signing identity, logs and backups hold personal data or secrets, and
 * a default umask would leave them readable by every account on the computer. Windows keeps a
 * user's application data private already; there this does nothing.
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

    /** Creates {@code folder} (and missing parents) and makes it owner-only. */
    public static Path createFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder);
        return folder;
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
