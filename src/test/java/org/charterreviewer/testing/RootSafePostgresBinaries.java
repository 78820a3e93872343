package org.charterreviewer.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * zonky's PostgreSQL binaries, made to start when the tests run as root (as this machine and CI
 * do): initdb and postgres refuse root ("cannot be run as root"), and zonky has no run-as option.
 * On Linux the archive zonky unpacks is rewritten once: {@code bin/initdb} and {@code bin/pg_ctl}
 * (all zonky runs; pg_ctl starts and stops postgres) become small shell scripts that, as root, hand
 * the data folder to the unprivileged user nobody and run the real program as nobody through
 * {@code setpriv} (or {@code runuser}); as anyone else they just run it. The rewritten archive is
 * cached in the temp folder by the original's SHA-256, so zonky's own cache of unpacked binaries
 * keeps working. Other systems get zonky's binaries unchanged.
 */
final class RootSafePostgresBinaries implements PgBinaryResolver {

    /** The programs zonky starts; each real one is kept beside its script as NAME.real. */
    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    /** Changed whenever the script below changes, so an old cached archive is not reused. */
    private static final String SCRIPT_VERSION = "1";

    private static final String SCRIPT = """
            #!/bin/sh
            # Written by Charter Reviewer's tests (RootSafePostgresBinaries): PostgreSQL refuses to run
            # as root, so as root the real program runs as the unprivileged user nobody.
            real="$0.real"
            if [ "$(id -u)" != "0" ]; then
              exec "$real" "$@"
            fi
            unprivileged=65534
            data=""
            previous=""
            for argument in "$@"; do
              if [ "$previous" = "-D" ]; then data="$argument"; fi
              previous="$argument"
            done
            if [ -n "$data" ]; then chown -R "$unprivileged:$unprivileged" "$data"; fi
            chmod -R a+rX "$(dirname "$0")/.."
            if command -v setpriv >/dev/null 2>&1; then
              exec setpriv --reuid="$unprivileged" --regid="$unprivileged" --clear-groups "$real" "$@"
            fi
            exec runuser -u "$(id -nu "$unprivileged")" -- "$real" "$@"
            """;

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (!"Linux".equals(system)) {
            return original;
        }
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "charter-reviewer-postgres");
        Files.createDirectories(folder);
        Path copy = Files.createTempFile(folder, "original", ".txz");
        try {
            String digest;
            try (DigestInputStream in = new DigestInputStream(original, sha256())) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                digest = HexFormat.of().formatHex(in.getMessageDigest().digest());
            }
            Path rewritten = folder.resolve("postgres-" + digest + "-rootsafe" + SCRIPT_VERSION + ".txz");
            if (!Files.exists(rewritten)) {
                Path partial = Files.createTempFile(folder, "rewriting", ".txz");
                rewrite(copy, partial);
                // Another test JVM may have written the same bytes meanwhile; either copy will do.
                Files.move(partial, rewritten, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return Files.newInputStream(rewritten);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void rewrite(Path original, Path target) throws IOException {
        byte[] script = SCRIPT.getBytes(StandardCharsets.US_ASCII);
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZCompressorInputStream(Files.newInputStream(original)));
                OutputStream file = Files.newOutputStream(target);
                TarArchiveOutputStream out = new TarArchiveOutputStream(new XZCompressorOutputStream(file, 1))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                boolean wrapped = WRAPPED.contains(entry.getName());
                if (wrapped) {
                    entry.setName(entry.getName() + ".real");
                }
                out.putArchiveEntry(entry);
                if (entry.isFile()) {
                    in.transferTo(out);
                }
                out.closeArchiveEntry();
                if (wrapped) {
                    TarArchiveEntry wrapper = new TarArchiveEntry(entry.getName().replace(".real", ""));
                    wrapper.setMode(0755);
                    wrapper.setModTime(entry.getModTime());
                    wrapper.setSize(script.length);
                    out.putArchiveEntry(wrapper);
                    out.write(script);
                    out.closeArchiveEntry();
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
