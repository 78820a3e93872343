package org.charterreviewer.bundle;

import static org.charterreviewer.i18n.Messages.tr;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.charterreviewer.charter.CharterReadResult;
import org.charterreviewer.charter.CharterReader;
import org.charterreviewer.charter.CharterSource;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.ReviewDocument;
import org.charterreviewer.review.ReviewFileException;
import org.charterreviewer.review.ReviewJsonReader;

/**
 * Checks an evidence bundle before anything is trusted: the ZIP's table of contents (central
 * directory, read by {@link ZipFile}) and its entries as they lie in the file (local headers, read by
 * {@link ZipInputStream}) must name the same entries, each once, each a plain relative path; every
 * entry is streamed to a temporary file while counting and hashing the bytes actually read (the caps
 * against zip bombs are enforced on those, never on sizes the headers claim); then the manifest, its
 * signature, every listed size and SHA-256, and review.json and charter.json and their agreement.
 * Problems are reported in plain words, the first one first.
 */
public final class BundleVerifier {

    private static final int BUFFER = 64 * 1024;
    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final Set<String> METADATA = Set.of(BundleManifest.MANIFEST, BundleManifest.SIGNATURE,
            BundleManifest.REVIEW, BundleManifest.CHARTER);

    private final ObjectMapper json;
    private final ReviewJsonReader reviewReader;
    private final CharterReader charterReader = new CharterReader();
    private final Supplier<Optional<String>> ownFingerprint;
    private final BundleLimits limits;

    /** {@code ownFingerprint} gives this install's certificate fingerprint, if it has an identity. */
    public BundleVerifier(ObjectMapper json, ReviewJsonReader reviewReader, Supplier<Optional<String>> ownFingerprint,
            BundleLimits limits) {
        this.json = json;
        this.reviewReader = reviewReader;
        this.ownFingerprint = ownFingerprint;
        this.limits = limits;
    }

    public BundleLimits limits() {
        return limits;
    }

    /** A verifier like this one with other caps. */
    public BundleVerifier withLimits(BundleLimits other) {
        return new BundleVerifier(json, reviewReader, ownFingerprint, other);
    }

    private record Extracted(String name, Path file, long size, String sha256) {
    }

    /** Checks {@code file} and nothing else: the temporary files are deleted before returning. */
    public VerifiedBundle.Summary verify(Path file, ProgressMonitor monitor) {
        try (VerifiedBundle bundle = open(file, monitor)) {
            return VerifiedBundle.Summary.of(bundle);
        }
    }

    /**
     * Checks {@code file} and keeps its extracted entries for an import; close the result to delete
     * them. Throws {@link BundleException} naming the first problem.
     */
    public VerifiedBundle open(Path file, ProgressMonitor monitor) {
        checkLooksLikeZip(file);
        Path folder;
        try {
            folder = Files.createTempDirectory("charter-bundle-");
        } catch (IOException e) {
            throw new BundleException(tr("bundle.problem.noTempSpace"));
        }
        try {
            Map<String, Long> central = centralDirectory(file);
            Map<String, Extracted> entries = stream(file, folder, central, monitor);
            VerifiedBundle bundle = check(file, entries, folder);
            folder = null; // the bundle owns it now
            return bundle;
        } finally {
            VerifiedBundle.deleteFolder(folder);
        }
    }

    // --- the file as a ZIP ------------------------------------------------------------------------------

    private static void checkLooksLikeZip(Path file) {
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
        if (read == 4 && java.util.Arrays.equals(start, EMPTY_ZIP)) {
            throw new BundleException(tr("bundle.problem.noManifest"));
        }
        if (read < 4 || !java.util.Arrays.equals(start, LOCAL_HEADER)) {
            throw new BundleException(tr("bundle.problem.notZip"));
        }
    }

    /**
     * The names and sizes the central directory lists. Its entry count and size are checked from the
     * end record first, so a hostile table of millions of entries is refused before it is read.
     */
    private Map<String, Long> centralDirectory(Path file) {
        checkEndRecord(file);
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
                    throw new BundleException(tr("bundle.problem.duplicateEntry", entry.getName()));
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
    private void checkEndRecord(Path file) {
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

    private static void checkName(String name) {
        String reason = BundleNames.unsafeReason(name);
        if (reason != null) {
            throw new BundleException(tr("bundle.problem.unsafePath", printable(name)));
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

    /** Streams every entry as it lies in the file to its own temporary file, hashing and counting. */
    private Map<String, Extracted> stream(Path file, Path folder, Map<String, Long> central, ProgressMonitor monitor) {
        Map<String, Extracted> entries = new LinkedHashMap<>();
        long total = 0;
        long fileSize;
        byte[] buffer = new byte[BUFFER];
        try (CountingInputStream raw = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
                ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
            fileSize = Files.size(file);
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                monitor.checkCancelled();
                String name = entry.getName();
                if (entries.size() >= limits.maxEntries()) {
                    throw new BundleException(tr("bundle.problem.tooManyEntries", limits.maxEntries()));
                }
                checkName(name);
                if (entries.containsKey(name)) {
                    throw new BundleException(tr("bundle.problem.duplicateEntry", printable(name)));
                }
                if (!central.containsKey(name)) {
                    throw new BundleException(tr("bundle.problem.hiddenEntry", printable(name)));
                }
                Path target = folder.resolve("entry-" + (entries.size() + 1));
                MessageDigest digest = Sha256.digest();
                long size = 0;
                long compressedStart = raw.count();
                long cap = METADATA.contains(name) ? limits.maxMetadataBytes() : Long.MAX_VALUE;
                try (OutputStream out = Files.newOutputStream(target)) {
                    int n;
                    while ((n = zip.read(buffer)) > 0) {
                        size += n;
                        total += n;
                        if (total > limits.maxTotalBytes()) {
                            throw new BundleException(tr("bundle.problem.tooLarge", gigabytes(limits.maxTotalBytes())));
                        }
                        long compressed = Math.max(1, raw.count() - compressedStart);
                        if (size > limits.ratioFloorBytes() && size / compressed > limits.maxRatio()) {
                            throw new BundleException(tr("bundle.problem.ratio", printable(name), limits.maxRatio()));
                        }
                        if (size > cap) {
                            throw new BundleException(tr("bundle.problem.metadataTooLarge", name));
                        }
                        digest.update(buffer, 0, n);
                        out.write(buffer, 0, n);
                        monitor.checkCancelled();
                    }
                }
                monitor.progress(raw.count(), fileSize);
                Long claimed = central.get(name);
                if (claimed != null && claimed >= 0 && claimed != size) {
                    throw new BundleException(tr("bundle.problem.sizesDisagree", printable(name)));
                }
                entries.put(name, new Extracted(name, target, size, HexFormat.of().formatHex(digest.digest())));
            }
        } catch (EOFException e) {
            throw new BundleException(tr("bundle.problem.truncated"));
        } catch (ZipException e) {
            throw new BundleException(tr("bundle.problem.damaged"));
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleException(tr("bundle.problem.damaged"));
        }
        for (String name : central.keySet()) {
            if (!entries.containsKey(name)) {
                throw new BundleException(tr("bundle.problem.hiddenEntry", printable(name)));
            }
        }
        return entries;
    }

    private static String gigabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }

    // --- the bundle's content ---------------------------------------------------------------------------

    private VerifiedBundle check(Path file, Map<String, Extracted> entries, Path folder) {
        Extracted manifestEntry = entries.get(BundleManifest.MANIFEST);
        if (manifestEntry == null) {
            throw new BundleException(tr("bundle.problem.noManifest"));
        }
        byte[] manifestBytes = bytes(manifestEntry);
        BundleManifest manifest = readManifest(manifestBytes);
        Extracted signatureEntry = entries.get(BundleManifest.SIGNATURE);
        if (signatureEntry == null) {
            throw new BundleException(tr("bundle.problem.signatureMissing"));
        }
        ManifestSignature.Signer signer = ManifestSignature.verify(manifestBytes, bytes(signatureEntry));

        List<String> problems = new ArrayList<>();
        Map<String, BundleManifest.Entry> listed = new HashMap<>();
        for (BundleManifest.Entry entry : manifest.entries()) {
            if (BundleNames.unsafeReason(entry.path()) != null) {
                problems.add(tr("bundle.problem.manifestUnsafePath", printable(entry.path())));
            } else if (listed.put(entry.path(), entry) != null) {
                problems.add(tr("bundle.problem.manifestDuplicate", printable(entry.path())));
            } else if (entry.path().equals(BundleManifest.MANIFEST) || entry.path().equals(BundleManifest.SIGNATURE)) {
                problems.add(tr("bundle.problem.manifestListsItself", entry.path()));
            }
        }
        for (BundleManifest.Entry entry : manifest.entries()) {
            Extracted actual = entries.get(entry.path());
            if (actual == null) {
                problems.add(tr("bundle.problem.missingEntry", printable(entry.path())));
            } else if (actual.size() != entry.size() || !actual.sha256().equals(entry.sha256())) {
                problems.add(tr("bundle.problem.hashDiffers", printable(entry.path())));
            }
        }
        for (String name : entries.keySet()) {
            if (!name.equals(BundleManifest.MANIFEST) && !name.equals(BundleManifest.SIGNATURE) && !listed.containsKey(name)) {
                problems.add(tr("bundle.problem.unlistedEntry", printable(name)));
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleException(problems);
        }
        Extracted reviewEntry = role(entries, manifest, BundleManifest.REVIEW, BundleManifest.Role.REVIEW);
        Extracted charterEntry = role(entries, manifest, BundleManifest.CHARTER, BundleManifest.Role.CHARTER);

        ReviewDocument review;
        try (InputStream in = Files.newInputStream(reviewEntry.file())) {
            review = reviewReader.read(in, BundleManifest.REVIEW);
        } catch (ReviewFileException e) {
            throw new BundleException(e.problems());
        } catch (IOException e) {
            throw new BundleException(tr("bundle.problem.damaged"));
        }
        CharterReadResult charter = charterReader.read(new CharterSource(BundleManifest.CHARTER, bytes(charterEntry)));
        if (!charter.isValid()) {
            throw new BundleException(charter.problems().stream().map(Object::toString).toList());
        }
        if (!review.reviewId().equals(manifest.reviewId()) || review.revision() != manifest.revision()) {
            throw new BundleException(tr("bundle.problem.reviewMismatch"));
        }
        var pinned = review.charter();
        var bundled = charter.charter().orElseThrow();
        if (!pinned.id().equals(bundled.id()) || !pinned.version().equals(bundled.version())
                || !pinned.sha256().equals(charter.contentSha256())) {
            throw new BundleException(tr("bundle.problem.charterMismatch", pinned.id(), pinned.version()));
        }
        Map<String, Path> content = new HashMap<>();
        for (BundleManifest.Entry entry : manifest.entries()) {
            if (entry.role() == BundleManifest.Role.EVIDENCE) {
                if (!entry.path().startsWith(BundleManifest.EVIDENCE_FOLDER)) {
                    problems.add(tr("bundle.problem.evidenceOutsideFolder", printable(entry.path())));
                }
                content.put(entry.sha256(), entries.get(entry.path()).file());
            }
        }
        Set<String> used = new HashSet<>();
        for (ReviewDocument.EvidencePart part : review.evidence()) {
            used.add(part.sha256());
            if (!content.containsKey(part.sha256())) {
                problems.add(tr("bundle.problem.evidenceMissing", part.name()));
            }
        }
        for (BundleManifest.Entry entry : manifest.entries()) {
            if (entry.role() == BundleManifest.Role.EVIDENCE && !used.contains(entry.sha256())) {
                problems.add(tr("bundle.problem.evidenceNotInReview", printable(entry.path())));
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleException(problems);
        }
        boolean own = ownFingerprint.get().map(signer.sha256Fingerprint()::equals).orElse(false);
        return new VerifiedBundle(file, manifest, signer, own, review, charter, content, folder);
    }

    private static Extracted role(Map<String, Extracted> entries, BundleManifest manifest, String path,
            BundleManifest.Role role) {
        boolean listed = manifest.entries().stream().anyMatch(e -> e.path().equals(path) && e.role() == role);
        if (!listed || manifest.entries().stream().filter(e -> e.role() == role).count() != 1) {
            throw new BundleException(tr("bundle.problem.roleMissing", path));
        }
        return entries.get(path);
    }

    private BundleManifest readManifest(byte[] bytes) {
        try {
            JsonNode tree = json.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                throw new BundleException(tr("bundle.problem.manifestNotObject"));
            }
            JsonNode version = tree.get("formatVersion");
            if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
                throw new BundleException(tr("bundle.problem.noFormatVersion"));
            }
            if (version.intValue() != BundleManifest.FORMAT_VERSION) {
                throw new BundleException(tr("bundle.problem.unknownFormatVersion", version.asText(),
                        BundleManifest.FORMAT_VERSION));
            }
            return json.readerFor(BundleManifest.class).readValue(new ByteArrayInputStream(bytes));
        } catch (UnrecognizedPropertyException e) {
            throw new BundleException(at(e) + tr("bundle.problem.manifestUnknownField", e.getPropertyName()));
        } catch (JsonProcessingException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
                throw new BundleException(at(e) + tr("bundle.problem.manifestNotJson"));
            }
            throw new BundleException(at(e) + tr("bundle.problem.manifestInvalid"));
        } catch (IOException e) {
            throw new BundleException(tr("bundle.problem.damaged"));
        }
    }

    private static String at(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? BundleManifest.MANIFEST + ": "
                : BundleManifest.MANIFEST + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    private static byte[] bytes(Extracted entry) {
        try {
            return Files.readAllBytes(entry.file());
        } catch (IOException e) {
            throw new BundleException(tr("bundle.problem.damaged"));
        }
    }
}
