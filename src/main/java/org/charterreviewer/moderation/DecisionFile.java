package org.charterreviewer.moderation;

import static org.charterreviewer.i18n.Messages.tr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.identity.DetachedSignature;
import org.charterreviewer.identity.SigningIdentity;

/**
 * The signed moderation decision file a moderator sends back when there is no council database: a
 * small ZIP of {@code moderation-decision.json} and the detached CMS signature of its exact bytes,
 * made with the moderator's signing identity. Reading it checks everything before anything is
 * believed: exactly those two entries, small sizes, a valid signature, and that the moderator it
 * names is the one who signed.
 */
final class DecisionFile {

    static final String JSON = "moderation-decision.json";
    static final String SIGNATURE = "moderation-decision.p7s";
    static final int FORMAT_VERSION = 1;
    private static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    private static final int MAX_ENTRY_BYTES = 1024 * 1024;

    /** What the file says, signed. */
    record Content(int formatVersion, UUID reviewId, int revision, String contentSha256, String school,
            String decision, List<Comment> comments, String moderator, String moderatorRole,
            String moderatorFingerprint, Instant decidedAt) {
    }

    /** A comment: {@code item} null for the review as a whole. */
    record Comment(String item, String text) {
    }

    /** A read file whose signature holds, with the certificate that signed it. */
    record Verified(Content content, X509Certificate signer, String signerFingerprint) {
    }

    private final ObjectMapper json;

    DecisionFile(ObjectMapper json) {
        this.json = json;
    }

    byte[] write(Content content, SigningIdentity moderator) {
        try {
            byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(content);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry(JSON));
                zip.write(body);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(SIGNATURE));
                zip.write(DetachedSignature.sign(body, moderator));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the moderation decision", e);
        }
    }

    /** Reads and verifies {@code file}; a plain {@link InvalidInputException} when it does not hold. */
    Verified read(Path file) {
        Map<String, byte[]> entries = entries(file);
        if (entries.size() != 2 || !entries.containsKey(JSON) || !entries.containsKey(SIGNATURE)) {
            throw refused(file, tr("moderation.file.entries", JSON, SIGNATURE));
        }
        X509Certificate signer;
        try {
            signer = DetachedSignature.verify(entries.get(JSON), entries.get(SIGNATURE));
        } catch (DetachedSignature.Failed e) {
            throw refused(file, tr(e.problem() == DetachedSignature.Problem.INVALID ? "moderation.file.signatureInvalid"
                    : "moderation.file.signatureUnreadable"));
        }
        Content content;
        try {
            content = json.readValue(entries.get(JSON), Content.class);
        } catch (IOException e) {
            throw refused(file, tr("moderation.file.unreadable"));
        }
        if (content.formatVersion() != FORMAT_VERSION || content.reviewId() == null || content.revision() < 1
                || content.contentSha256() == null || content.decision() == null || content.decidedAt() == null
                || content.moderatorFingerprint() == null || content.comments() == null) {
            throw refused(file, tr("moderation.file.unreadable"));
        }
        String fingerprint = DetachedSignature.fingerprint(signer);
        if (!fingerprint.equalsIgnoreCase(content.moderatorFingerprint())) {
            throw refused(file, tr("moderation.file.signerMismatch"));
        }
        return new Verified(content, signer, fingerprint);
    }

    private static Map<String, byte[]> entries(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(tr("moderation.file.missing", file));
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw refused(file, tr("moderation.file.tooLarge"));
            }
            Map<String, byte[]> entries = new HashMap<>();
            try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    byte[] content = zip.readNBytes(MAX_ENTRY_BYTES + 1);
                    if (content.length > MAX_ENTRY_BYTES || entries.put(entry.getName(), content) != null) {
                        throw refused(file, tr("moderation.file.entries", JSON, SIGNATURE));
                    }
                }
            }
            return entries;
        } catch (ZipException e) {
            throw refused(file, tr("moderation.file.notZip"));
        } catch (IOException e) {
            throw new InvalidInputException(tr("moderation.file.unreadableFile", file));
        }
    }

    private static InvalidInputException refused(Path file, String why) {
        return new InvalidInputException(tr("moderation.file.refused", file.getFileName(), why));
    }
}
