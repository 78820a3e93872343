package org.charterreviewer.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A small real file system (tmpfs) mounted on a folder, for tests of a full disk and a read-only
 * folder without faking the file system. Needs root (as in this build's sandbox and CI); where
 * mounting is not allowed {@link #mount} is empty and the test is skipped.
 */
public final class TinyDisk implements AutoCloseable {

    private final Path folder;

    private TinyDisk(Path folder) {
        this.folder = folder;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "24m") on {@code folder}, if this process may. */
    public static Optional<TinyDisk> mount(Path folder, String size) throws Exception {
        Files.createDirectories(folder);
        if (!run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs", folder.toString())) {
            return Optional.empty();
        }
        return Optional.of(new TinyDisk(folder));
    }

    public Path folder() {
        return folder;
    }

    /** Fills the disk with one file until only about {@code leaveFree} bytes are free; returns it. */
    public Path fillLeaving(long leaveFree) throws IOException {
        Path filler = folder.resolve("filler.bin");
        long free = Files.getFileStore(folder).getUsableSpace();
        byte[] block = new byte[64 * 1024];
        try (RandomAccessFile out = new RandomAccessFile(filler.toFile(), "rw")) {
            // Written, not just sized: tmpfs counts only pages that hold data.
            for (long left = free - leaveFree; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
        return filler;
    }

    public void remountReadOnly() throws Exception {
        if (!run("mount", "-o", "remount,ro", folder.toString())) {
            throw new IllegalStateException("Cannot remount " + folder + " read-only");
        }
    }

    @Override
    public void close() throws Exception {
        run("umount", "-l", folder.toString());
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
