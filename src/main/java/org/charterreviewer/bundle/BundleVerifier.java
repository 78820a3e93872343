package org.charterreviewer.bundle;

import static org.charterreviewer.i18n.Messages.tr;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.charterreviewer.bundle.BundleEntryStream.Extracted;
import org.charterreviewer.charter.CharterReadResult;
import org.charterreviewer.charter.CharterReader;
import org.charterreviewer.charter.CharterSource;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.ReviewDocument;
import org.charterreviewer.review.ReviewFileException;
import org.charterreviewer.review.ReviewJsonReader;
import org.charterreviewer.storage.DataTempFolder;

/**
 * Checks an evidence bundle before anything is trusted, and before anything is unpacked: first what
 * can be read without writing a byte to disk (the ZIP's table of contents, the manifest and its
 * signature, and that the signed manifest lists every entry with the size the table claims); then
 * every entry is streamed to an owner-only file in the data folder's temporary folder, hashed and
 * stopped at its signed size (see {@link BundleEntryStream}); then review.json, charter.json, the
 * attached certificate and report, and their agreement. Problems are reported in plain words, the
 * first one first.
 */
public final class BundleVerifier {

    private final ObjectMapper json;
    private final ReviewJsonReader reviewReader;
    private final CharterReader charterReader = new CharterReader();
    private final Supplier<Optional<String>> ownFingerprint;
    private final BundleLimits limits;
    private final DataTempFolder temp;
    private final BundleAttachmentCheck attachments;

    /**
     * {@code ownFingerprint} gives this install's certificate fingerprint, if it has an identity;
     * {@code temp} is the data folder's temporary folder, where entries are unpacked.
     */
    public BundleVerifier(ObjectMapper json, ReviewJsonReader reviewReader, Supplier<Optional<String>> ownFingerprint,
            BundleLimits limits, DataTempFolder temp) {
        this.json = json;
        this.reviewReader = reviewReader;
        this.ownFingerprint = ownFingerprint;
        this.limits = limits;
        this.temp = temp;
        this.attachments = new BundleAttachmentCheck(json);
    }

    public BundleLimits limits() {
        return limits;
    }

    /** A verifier like this one with other caps. */
    public BundleVerifier withLimits(BundleLimits other) {
        return new BundleVerifier(json, reviewReader, ownFingerprint, other, temp);
    }

    /** Checks {@code file} and nothing else: the temporary files are deleted before returning. */
    public VerifiedBundle.Summary verify(Path file, ProgressMonitor monitor) {
        try (VerifiedBundle bundle = open(file, monitor)) {
            return VerifiedBundle.Summary.of(bundle);
        }
    }

    /**
     * Checks {@code file} and keeps its extracted entries for an import; close the result to delete
     * them. Throws {@link BundleException} naming the first problem. Nothing is written to disk before
     * the manifest and its signature are checked and every entry in the ZIP is one the signed manifest
     * lists, with its size; then each entry is streamed and stopped at the size it was signed for.
     */
    public VerifiedBundle open(Path file, ProgressMonitor monitor) {
        BundleZip.checkLooksLikeZip(file);
        Map<String, Long> central = BundleZip.centralDirectory(file, limits);
        byte[] manifestBytes = BundleZip.readSmallEntry(file, BundleManifest.MANIFEST, limits.maxMetadataBytes())
                .orElseThrow(() -> new BundleException(tr("bundle.problem.noManifest")));
        BundleManifest manifest = readManifest(manifestBytes);
        byte[] signatureBytes = BundleZip.readSmallEntry(file, BundleManifest.SIGNATURE, limits.maxMetadataBytes())
                .orElseThrow(() -> new BundleException(tr("bundle.problem.signatureMissing")));
        ManifestSignature.Signer signer = ManifestSignature.verify(manifestBytes, signatureBytes);
        Map<String, BundleManifest.Entry> listed = checkListing(manifest, central);
        monitor.checkCancelled();
        Path folder;
        try {
            folder = temp.newFolder("bundle-");
        } catch (IOException e) {
            throw new BundleException(tr("bundle.problem.noTempSpace"));
        }
        try {
            List<String> problems = new ArrayList<>();
            Map<String, Extracted> entries = new BundleEntryStream(limits, monitor).extract(file, folder, central, listed,
                    Map.of(BundleManifest.MANIFEST, manifestBytes, BundleManifest.SIGNATURE, signatureBytes), problems);
            if (!problems.isEmpty()) {
                throw new BundleException(problems);
            }
            VerifiedBundle bundle = check(file, manifest, signer, entries, folder);
            folder = null; // the bundle owns it now
            return bundle;
        } finally {
            DataTempFolder.delete(folder);
        }
    }

    // --- the signed manifest against the table of contents, before anything is unpacked -----------------

    /**
     * The entries the manifest lists, by path, once they agree with the ZIP's table of contents: the
     * same names, and the sizes it claims are the signed ones. The declared sizes are the caps each
     * entry is streamed under, so their total is checked against the cap on the whole bundle here.
     */
    private Map<String, BundleManifest.Entry> checkListing(BundleManifest manifest, Map<String, Long> central) {
        List<String> problems = new ArrayList<>();
        Map<String, BundleManifest.Entry> listed = new LinkedHashMap<>();
        long total = 0;
        for (BundleManifest.Entry entry : manifest.entries()) {
            if (BundleNames.unsafeReason(entry.path()) != null) {
                problems.add(tr("bundle.problem.manifestUnsafePath", printable(entry.path())));
            } else if (listed.containsKey(entry.path())) {
                problems.add(tr("bundle.problem.manifestDuplicate", printable(entry.path())));
            } else if (entry.path().equals(BundleManifest.MANIFEST) || entry.path().equals(BundleManifest.SIGNATURE)) {
                problems.add(tr("bundle.problem.manifestListsItself", entry.path()));
            } else if (entry.size() < 0) {
                problems.add(tr("bundle.problem.hashDiffers", printable(entry.path())));
            } else {
                listed.put(entry.path(), entry);
                total += entry.size();
            }
        }
        for (BundleManifest.Entry entry : listed.values()) {
            Long claimed = central.get(entry.path());
            if (claimed == null) {
                problems.add(tr("bundle.problem.missingEntry", printable(entry.path())));
            } else if (claimed >= 0 && claimed != entry.size()) {
                problems.add(tr("bundle.problem.hashDiffers", printable(entry.path())));
            } else if (entry.role() != BundleManifest.Role.EVIDENCE && entry.size() > limits.maxMetadataBytes()) {
                problems.add(tr("bundle.problem.metadataTooLarge", printable(entry.path())));
            }
        }
        for (String name : central.keySet()) {
            if (!name.equals(BundleManifest.MANIFEST) && !name.equals(BundleManifest.SIGNATURE) && !listed.containsKey(name)) {
                problems.add(tr("bundle.problem.unlistedEntry", printable(name)));
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleException(problems);
        }
        if (total > limits.maxTotalBytes()) {
            throw new BundleException(tr("bundle.problem.tooLarge", BundleEntryStream.gigabytes(limits.maxTotalBytes())));
        }
        return listed;
    }

    // --- the bundle's content ---------------------------------------------------------------------------

    private VerifiedBundle check(Path file, BundleManifest manifest, ManifestSignature.Signer signer,
            Map<String, Extracted> entries, Path folder) {
        List<String> problems = new ArrayList<>();
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
        Map<BundleManifest.Role, byte[]> attached = attachments(manifest, entries, reviewEntry, problems);
        if (!problems.isEmpty()) {
            throw new BundleException(problems);
        }
        boolean own = ownFingerprint.get().map(signer.sha256Fingerprint()::equals).orElse(false);
        return new VerifiedBundle(file, manifest, signer, own, review, charter, content, attached, folder);
    }

    /**
     * The certificate and report the bundle carries, each at its own path, once at most, and each
     * checked: the certificate is intact and names this revision (in a full bundle, this very
     * review.json by its SHA-256); the report is a PDF.
     */
    private Map<BundleManifest.Role, byte[]> attachments(BundleManifest manifest, Map<String, Extracted> entries,
            Extracted reviewEntry, List<String> problems) {
        Map<BundleManifest.Role, byte[]> attached = new EnumMap<>(BundleManifest.Role.class);
        for (BundleManifest.Entry entry : manifest.entries()) {
            BundleManifest.Role role = entry.role();
            if (role != BundleManifest.Role.CERTIFICATE && role != BundleManifest.Role.REPORT) {
                continue;
            }
            String path = role == BundleManifest.Role.CERTIFICATE ? BundleManifest.CERTIFICATE : BundleManifest.REPORT;
            if (!entry.path().equals(path) || attached.containsKey(role)) {
                problems.add(tr("bundle.problem.roleMissing", path));
                continue;
            }
            byte[] pdf = bytes(entries.get(path));
            Optional<String> problem = role == BundleManifest.Role.CERTIFICATE
                    ? attachments.certificateProblem(path, pdf, manifest.reviewId(), manifest.revision(),
                            manifest.redacted() ? Optional.empty() : Optional.of(reviewEntry.sha256()))
                    : attachments.reportProblem(path, pdf);
            problem.ifPresent(problems::add);
            attached.put(role, pdf);
        }
        return attached;
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

    private static String printable(String name) {
        return BundleZip.printable(name);
    }

    private static byte[] bytes(Extracted entry) {
        try {
            return Files.readAllBytes(entry.file());
        } catch (IOException e) {
            throw new BundleException(tr("bundle.problem.damaged"));
        }
    }
}
