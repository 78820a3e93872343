package org.charterreviewer.bundle;

import static org.charterreviewer.bundle.BundleZip.printable;
import static org.charterreviewer.i18n.Messages.tr;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.storage.OwnerOnlyFiles;

/**
 * The second pass over a bundle whose signed manifest has been checked: its entries as they lie in
 * the file (local headers, read by {@link ZipInputStream}) are streamed one by one, each to an
 * owner-only file of its own ({@code entry-1}, {@code entry-2}, …, never the name in the ZIP), while
 * counting and hashing the bytes actually read. An entry may never grow past the size the signed
 * manifest declares for it, so a zip bomb stops at its first surplus byte; the total and the ratio of
 * unpacked to packed bytes are capped as well. The manifest and its signature, already read into
 * memory through the table of contents, are compared with their local copies, not written anywhere.
 */
final class BundleEntryStream {

    private static final int BUFFER = 64 * 1024;

    /** One entry as streamed; {@code file} is null for the entries kept in memory. */
    record Extracted(String name, Path file, long size, String sha256) {
    }

    private final BundleLimits limits;
    private final ProgressMonitor monitor;

    BundleEntryStream(BundleLimits limits, ProgressMonitor monitor) {
        this.limits = limits;
        this.monitor = monitor;
    }

    /**
     * Streams every entry of {@code file} into {@code folder}. Entries whose content differs from the
     * manifest are added to {@code problems} (the stream goes on, so all of them are named); anything
     * structural (a hidden entry, an entry past its declared size, a cap) is thrown at once.
     */
    Map<String, Extracted> extract(Path file, Path folder, Map<String, Long> central,
            Map<String, BundleManifest.Entry> listed, Map<String, byte[]> inMemory, List<String> problems) {
        Map<String, Extracted> entries = new LinkedHashMap<>();
        long[] total = {0};
        try (CountingInputStream raw = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
                ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
            long fileSize = Files.size(file);
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                monitor.checkCancelled();
                String name = entry.getName();
                if (entries.size() >= limits.maxEntries()) {
                    throw new BundleException(tr("bundle.problem.tooManyEntries", limits.maxEntries()));
                }
                BundleZip.checkName(name);
                if (entries.containsKey(name)) {
                    throw new BundleException(tr("bundle.problem.duplicateEntry", printable(name)));
                }
                if (!central.containsKey(name) || !(listed.containsKey(name) || inMemory.containsKey(name))) {
                    throw new BundleException(tr("bundle.problem.hiddenEntry", printable(name)));
                }
                Extracted extracted;
                if (inMemory.containsKey(name)) {
                    byte[] expected = inMemory.get(name);
                    extracted = copy(zip, raw, name, null, expected.length, total);
                    if (extracted.size() != expected.length || !extracted.sha256().equals(sha256(expected))) {
                        throw new BundleException(tr("bundle.problem.hiddenEntry", printable(name)));
                    }
                } else {
                    BundleManifest.Entry declared = listed.get(name);
                    Path target = OwnerOnlyFiles.createFile(folder.resolve("entry-" + (entries.size() + 1)));
                    extracted = copy(zip, raw, name, target, declared.size(), total);
                    if (!extracted.sha256().equals(declared.sha256()) || extracted.size() != declared.size()) {
                        problems.add(tr("bundle.problem.hashDiffers", printable(name)));
                    }
                }
                Long claimed = central.get(name);
                if (claimed != null && claimed >= 0 && claimed != extracted.size()) {
                    throw new BundleException(tr("bundle.problem.sizesDisagree", printable(name)));
                }
                entries.put(name, extracted);
                monitor.progress(raw.count(), fileSize);
            }
        } catch (EOFException e) {
            throw new BundleException(tr("bundle.problem.truncated"));
        } catch (IOException | IllegalArgumentException e) {
            // ZipException included: the bytes are not a readable entry.
            throw new BundleException(tr("bundle.problem.damaged"));
        }
        for (String name : central.keySet()) {
            if (!entries.containsKey(name)) {
                throw new BundleException(tr("bundle.problem.hiddenEntry", printable(name)));
            }
        }
        return entries;
    }

    /**
     * Reads the current entry to {@code target} (or nowhere, when null), refusing it as soon as it
     * passes {@code declaredSize}: a signed manifest never undersells an entry of a real bundle.
     */
    private Extracted copy(ZipInputStream zip, CountingInputStream raw, String name, Path target, long declaredSize,
            long[] total) throws IOException {
        MessageDigest digest = Sha256.digest();
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        long compressedStart = raw.count();
        try (OutputStream out = target == null ? OutputStream.nullOutputStream() : Files.newOutputStream(target)) {
            int n;
            while ((n = zip.read(buffer)) > 0) {
                size += n;
                total[0] += n;
                if (size > declaredSize) {
                    // Past what the signed manifest promises: changed, or a bomb. Either way, stop reading it.
                    throw new BundleException(tr("bundle.problem.hashDiffers", printable(name)));
                }
                if (total[0] > limits.maxTotalBytes()) {
                    throw new BundleException(tr("bundle.problem.tooLarge", gigabytes(limits.maxTotalBytes())));
                }
                long compressed = Math.max(1, raw.count() - compressedStart);
                if (size > limits.ratioFloorBytes() && size / compressed > limits.maxRatio()) {
                    throw new BundleException(tr("bundle.problem.ratio", printable(name), limits.maxRatio()));
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                monitor.checkCancelled();
            }
        } catch (ZipException e) {
            throw new BundleException(tr("bundle.problem.damaged"));
        }
        return new Extracted(name, target, size, HexFormat.of().formatHex(digest.digest()));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.digest().digest(bytes));
    }

    static String gigabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
