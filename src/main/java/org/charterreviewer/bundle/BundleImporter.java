package org.charterreviewer.bundle;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.bundle.store.BundleAttachmentStore;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterCatalog;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.ImportResult;
import org.charterreviewer.review.ReviewConsistency;
import org.charterreviewer.review.ReviewDocument;
import org.charterreviewer.review.ReviewExchange;
import org.charterreviewer.review.ReviewJsonReader;
import org.charterreviewer.review.ReviewJsonWriter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.school.SchoolRegister;
import org.charterreviewer.storage.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a bundle: verifies all of it first (its entries extracted to the data folder's temporary
 * folder, deleted afterwards), then writes the charter (when this install lacks it), the school
 * (matched by URN, else added), the review revision with its evidence, and the certificate and report
 * it carries, in one transaction — all or nothing.
 */
public final class BundleImporter {

    private static final Logger LOG = LoggerFactory.getLogger(BundleImporter.class);

    private final BundleVerifier verifier;
    private final ReviewService reviews;
    private final EvidenceService evidence;
    private final CharterLibrary charters;
    private final SchoolRegister schools;
    private final ReviewJsonWriter writer;
    private final ReviewJsonReader reader;
    private final AuditLogStore audit;
    private final Clock clock;
    private final BundleAttachmentStore attachmentStore = new BundleAttachmentStore();

    public BundleImporter(BundleVerifier verifier, ReviewService reviews, EvidenceService evidence, CharterLibrary charters,
            SchoolRegister schools, ReviewJsonWriter writer, ReviewJsonReader reader, AuditLogStore audit, Clock clock) {
        this.schools = schools;
        this.verifier = verifier;
        this.reviews = reviews;
        this.evidence = evidence;
        this.charters = charters;
        this.writer = writer;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an import did. {@code alreadyPresent}: the same revision was here already; nothing changed. */
    public record Imported(VerifiedBundle.Summary bundle, ImportResult review, boolean charterAdded) {
        public boolean alreadyPresent() {
            return review.unchanged();
        }
    }

    public Imported importBundle(Path file, ProgressMonitor monitor) {
        try (VerifiedBundle bundle = verifier.open(file, monitor)) {
            monitor.checkCancelled();
            return importVerified(bundle);
        }
    }

    /** Imports a bundle already verified (the window verifies, shows a summary, then imports). */
    public Imported importVerified(VerifiedBundle bundle) {
        ReviewDocument review = bundle.review();
        Charter charter = bundle.charter().charter().orElseThrow();
        String charterText = bundle.charter().jsonText();
        String charterSha = bundle.charter().contentSha256();
        Optional<StoredCharter> here = charters.find(charter.id(), charter.version());
        if (here.isPresent() && !here.get().contentSha256().equals(charterSha)) {
            throw new BundleException(tr("bundle.import.charterConflict", charter.id(), charter.version()));
        }
        boolean addCharter = here.isEmpty();
        StoredCharter incoming = new StoredCharter(charter, charterText, charterSha, Instant.now(clock));
        CharterCatalog catalog = !addCharter ? charters : new CharterCatalog() {
            @Override
            public Optional<StoredCharter> find(String id, String version) {
                return charter.id().equals(id) && charter.version().equals(version) ? Optional.of(incoming)
                        : charters.find(id, version);
            }

            @Override
            public List<StoredCharter> all() {
                return charters.all();
            }
        };
        ReviewExchange exchange = new ReviewExchange(reviews, evidence, schools, catalog, writer, reader);
        ImportResult result = exchange.importDocument(review, BundleManifest.REVIEW, bundle::content, null, tx -> {
            if (addCharter) {
                charters.addFromBundle(tx, incoming);
            }
        }, (tx, imported) -> keepAttachments(tx, bundle),
                bundle.summary().redacted() ? ReviewConsistency.Source.REDACTED_FILE : ReviewConsistency.Source.FILE);
        LOG.info("Evidence bundle imported: revision {}, unchanged {}, charter added {}", result.revision(),
                result.unchanged(), addCharter && !result.unchanged());
        return new Imported(bundle.summary(), result, addCharter && !result.unchanged());
    }

    /**
     * Keeps the bundle's certificate and report with the revision, so its next bundle carries them.
     * One of each kind per revision: the first kept stays, so importing again changes nothing.
     */
    private void keepAttachments(Tx tx, VerifiedBundle bundle) {
        bundle.attachments().forEach((role, pdf) -> {
            String name = role == BundleManifest.Role.CERTIFICATE ? BundleAttachmentStore.CERTIFICATE
                    : BundleAttachmentStore.REPORT;
            boolean added = attachmentStore.insertIfAbsent(tx, new BundleAttachmentStore.Row(bundle.manifest().reviewId(),
                    bundle.manifest().revision(), name, BundleEntryStream.sha256(pdf), pdf, bundle.manifest().redacted()),
                    Instant.now(clock));
            if (added) {
                audit.append(tx, "bundle-import", "bundle-attachment-kept", "review",
                        bundle.manifest().reviewId().toString(), "revision " + bundle.manifest().revision() + "; " + name);
            }
        });
    }
}
