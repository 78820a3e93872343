package org.charterreviewer.bundle;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A bundle file as a ZIP, read without unpacking it: whether it starts like one, the table of contents
 * (central directory) with its entry count checked from the end record first, and the few small
 * entries read into memory under a cap (the manifest and its signature, read before anything is
 * written to disk).
 */
final class BundleZip {

    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};

    private BundleZip() {
    }

    static void checkLooksLikeZip(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BundleException(tr("bundle.problem.notFound", file));
        }
        byte[] start = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, 4);
        } catch (IOException e) {
            throw new BundleException(tr("bundle.problem.unreadable", file));
        }
        if (read == 0) {
            throw new BundleException(tr("bundle.problem.emptyFile"));
        }
        if (read == 4 && Arrays.equals(start, EMPTY_ZIP)) {
            throw new BundleException(tr("bundle.problem.noManifest"));
        }
        if (read < 4 || !Arrays.equals(start, LOCAL_HEADER)) {
            throw new BundleException(tr("bundle.problem.notZip"));
        }
    }

    /**
     * The names and sizes the central directory lists (a size is -1 when it gives none), each name a
     * plain relative path listed once. A hostile table of millions of entries is refused from the end
     * record, before it is read.
     */
    static Map<String, Long> centralDirectory(Path file, BundleLimits limits) {
        checkEndRecord(file, limits);
        Map<String, Long> names = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > limits.maxEntries()) {
                throw new BundleException(tr("bundle.problem.tooManyEntries", limits.maxEntries()));
            }
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                checkName(entry.getName());
                if (names.put(entry.getName(), entry.getSize()) != null) {
                    throw new BundleException(tr("bundle.problem.duplicateEntry", printable(entry.getName())));
                }
            }
        } catch (ZipException e) {
            throw new BundleException(tr("bundle.problem.truncated"));
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleException(tr("bundle.problem.damaged"));
        }
        return names;
    }

    /** Reads the end-of-central-directory record's entry count before {@link ZipFile} loads the table. */
    private static void checkEndRecord(Path file, BundleLimits limits) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int tail = (int) Math.min(length, 22 + 65_535);
            byte[] bytes = new byte[tail];
            raf.seek(length - tail);
            raf.readFully(bytes);
            for (int i = tail - 22; i >= 0; i--) {
                if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                    int entries = (bytes[i + 10] & 0xff) | (bytes[i + 11] & 0xff) << 8;
                    if (entries != 0xffff && entries > limits.maxEntries()) {
                        throw new BundleException(tr("bundle.problem.tooManyEntries", limits.maxEntries()));
                    }
                    return;
                }
            }
            throw new BundleException(tr("bundle.problem.truncated"));
        } catch (IOException e) {
            throw new BundleException(tr("bundle.problem.unreadable", file));
        }
    }

    static void checkName(String name) {
        if (BundleNames.unsafeReason(name) != null) {
            throw new BundleException(tr("bundle.problem.unsafePath", printable(name)));
        }
    }

    /**
     * The bytes of entry {@code name} as the table of contents points to them, or empty when there is no
     * such entry. Reading stops past {@code cap} bytes (a refusal), so a hostile entry costs nothing.
     */
    static Optional<byte[]> readSmallEntry(Path file, String name, long cap) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null || !entry.getName().equals(name)) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
                if (bytes.length > cap) {
                    throw new BundleException(tr("bundle.problem.metadataTooLarge", name));
                }
                return Optional.of(bytes);
            }
        } catch (ZipException e) {
            throw new BundleException(tr("bundle.problem.damaged"));
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleException(tr("bundle.problem.damaged"));
        }
    }

    /** A name as it can be shown: control characters as \\uXXXX, at most 200 characters. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
