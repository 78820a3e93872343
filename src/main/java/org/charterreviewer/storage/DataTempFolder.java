package org.charterreviewer.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder's own place for temporary files ({@code <data>/tmp/}), used instead of the
 * system's temporary folder: what is unpacked there (a bundle's review and evidence) is personal
 * data, so it stays where the data is, owner-only, and is removed when the work ends. A crash can
 * still leave files behind; the next opening of the folder removes them, while it holds the lock.
 */
public final class DataTempFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DataTempFolder.class);

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Path root;

    public DataTempFolder(DataFolder folder) {
        this.root = folder.tempFolder();
    }

    /** The folder itself, created owner-only when missing. */
    public Path root() throws IOException {
        return OwnerOnlyFiles.createFolder(root);
    }

    /** A new owner-only folder for one piece of work; the caller deletes it with {@link #delete(Path)}. */
    public Path newFolder(String prefix) throws IOException {
        return OwnerOnlyFiles.createTempFolder(root(), prefix);
    }

    /** A new, empty, owner-only file for one piece of work; the caller deletes it. */
    public Path newFile(String prefix, String suffix) throws IOException {
        Path folder = root();
        for (int attempt = 0; ; attempt++) {
            Path file = folder.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + suffix);
            try {
                return OwnerOnlyFiles.createFile(file);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Removes whatever an earlier run left behind. Only the holder of the folder's lock may call it:
     * no other process can be working in here then. A file that cannot be removed is logged, not fatal.
     */
    public void removeLeftovers() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            long removed = 0;
            for (Path child : children.toList()) {
                delete(child);
                removed++;
            }
            if (removed > 0) {
                LOG.info("Removed {} temporary item(s) an earlier run left in the data folder", removed);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not remove every temporary file an earlier run left in the data folder ({})",
                    e.getClass().getSimpleName());
        }
    }

    /** Deletes a file or a folder with everything in it; nothing happens when it is already gone. */
    public static void delete(Path path) {
        if (path == null || !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
