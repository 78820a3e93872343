package org.charterreviewer.bundle;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.charterreviewer.progress.ProgressMonitor;

/**
 * Passes bytes on while counting them and computing their SHA-256; reports progress and stops with
 * {@code CancelledException} when the user cancels. Does not close the stream under it.
 */
final class HashingOutputStream extends FilterOutputStream {

    private final MessageDigest digest = Sha256.digest();
    private final ProgressMonitor monitor;
    private final long[] done;
    private final long total;
    private long count;

    /** {@code done} is shared by every entry of one export, for overall progress out of {@code total}. */
    HashingOutputStream(OutputStream out, ProgressMonitor monitor, long[] done, long total) {
        super(out);
        this.monitor = monitor;
        this.done = done;
        this.total = total;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        monitor.checkCancelled();
        out.write(bytes, offset, length);
        digest.update(bytes, offset, length);
        count += length;
        done[0] += length;
        monitor.progress(done[0], total);
    }

    @Override
    public void close() {
        // The zip stays open for the next entry.
    }

    long count() {
        return count;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
