package org.charterreviewer.certificate;

import org.charterreviewer.certificate.store.CertificateIssueStore;
import org.charterreviewer.certificate.store.KnownCertificateStore;
import static org.charterreviewer.i18n.Messages.tr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterKind;
import org.charterreviewer.charter.Section;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.identity.SigningIdentity;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.ReachedLevel;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewConsistency;
import org.charterreviewer.review.ReviewJsonWriter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.storage.AtomicFileWriter;
import org.charterreviewer.storage.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues the signed certificate of a finalised, awarded review (or of a signed pledge): fills the
 * certificate from the review, its charter and the officer's identity, embeds a summary that names
 * the review by the SHA-256 of its canonical JSON (never what was said in it), signs, writes the
 * file safely and records the issue. One certificate number belongs to one review revision, so
 * exporting the same revision again keeps its number.
 */
public final class CertificateService {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateService.class);
    public static final String AUDIT_ENTITY = "certificate";

    private final Transactions transactions;
    private final ReviewService reviews;
    private final IdentityService identity;
    private final CertificateIssueStore issues;
    private final CertificateRenderer renderer;
    private final PdfSigner signer;
    private final SignatureVerifier verifier;
    private final ReviewJsonWriter jsonWriter;
    private final AuditLogStore audit;
    private final Clock clock;
    private final Supplier<String> actor;
    private final CertificateNumbers numbers = new CertificateNumbers();
    private final ReviewConsistency consistency = new ReviewConsistency();
    private final KnownCertificateStore known = new KnownCertificateStore();
    private final CertificateContentMatch contentMatches;
    private final IssueApproval issueApproval;

    public CertificateService(Transactions transactions, ReviewService reviews, IdentityService identity,
            CertificateIssueStore issues, CertificateRenderer renderer, PdfSigner signer, SignatureVerifier verifier,
            ReviewJsonWriter jsonWriter, AuditLogStore audit, Clock clock, Supplier<String> actor) {
        this(transactions, reviews, identity, issues, renderer, signer, verifier, jsonWriter, audit, clock, actor,
                IssueApproval.NONE);
    }

    /** @param issueApproval whether moderation lets an eligible review's certificate out */
    public CertificateService(Transactions transactions, ReviewService reviews, IdentityService identity,
            CertificateIssueStore issues, CertificateRenderer renderer, PdfSigner signer, SignatureVerifier verifier,
            ReviewJsonWriter jsonWriter, AuditLogStore audit, Clock clock, Supplier<String> actor,
            IssueApproval issueApproval) {
        this.issueApproval = issueApproval;
        this.transactions = transactions;
        this.reviews = reviews;
        this.identity = identity;
        this.issues = issues;
        this.renderer = renderer;
        this.signer = signer;
        this.verifier = verifier;
        this.jsonWriter = jsonWriter;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
        this.contentMatches = new CertificateContentMatch(reviews, jsonWriter);
    }

    /**
     * Why the latest revision of a review gets no certificate, in plain words; empty when it does.
     * Does not look at the signing identity.
     */
    public Optional<String> whyNotEligible(Review review) {
        if (!review.isFinalised()) {
            return Optional.of(tr("certificate.export.notFinalised"));
        }
        if (review.decision() == null || review.decision().decision() != Decision.AWARDED) {
            return Optional.of(tr("certificate.export.notAwarded"));
        }
        if (review.awardedOn() == null) {
            return Optional.of(tr("certificate.export.notAwarded"));
        }
        Charter charter = reviews.charterOf(review);
        if (charter.kind() == CharterKind.PLEDGE && (review.signatories().isEmpty() || !everyItemJudged(charter, review))) {
            return Optional.of(tr("certificate.export.pledgeNotSigned"));
        }
        // Whatever way the review came in, it is certified only if it holds together now.
        List<String> problems = consistency.problems(review, reviews.revisions(review.id()), charter);
        if (!problems.isEmpty()) {
            return Optional.of(tr("certificate.export.inconsistent", String.join("\n", problems)));
        }
        return issueApproval.whyNotIssued(review);
    }

    /** A pledge's signatories as the certificate names them: only those who consented to publication. */
    static Optional<String> publishedSignatory(Review review) {
        List<String> named = review.signatories().stream().filter(PledgeSignatory::consentToPublish)
                .map(s -> tr("certificate.pdf.signatory", s.name(), s.role(), s.organisation())).toList();
        return named.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", named));
    }

    /**
     * Exports the certificate of the latest revision of review {@code reviewId} to {@code out}.
     * Throws {@link InvalidInputException} with a plain message when the review gets no certificate
     * or there is no signing identity, and {@code WrongPassphraseException} for a wrong passphrase.
     */
    public CertificateExport export(UUID reviewId, char[] passphrase, Path out) {
        if (out.getFileName() == null || Files.isDirectory(out)) {
            throw new InvalidInputException(tr("certificate.export.cannotWrite", out));
        }
        Review review = reviews.latest(reviewId);
        Optional<String> refusal = whyNotEligible(review);
        if (refusal.isPresent()) {
            throw new InvalidInputException(refusal.get());
        }
        if (!identity.exists()) {
            throw new InvalidInputException(tr("certificate.export.noIdentity"));
        }
        SigningIdentity officer = identity.unlock(passphrase);
        Charter charter = reviews.charterOf(review);
        byte[] json = jsonWriter.write(ReviewJsonWriter.document(review, reviews.revisions(reviewId)));
        String sha = sha256(json);
        Optional<String> existing = issues.forRevision(review.ref()).stream()
                .filter(issue -> issue.reviewSha256().equals(sha))
                .map(CertificateIssue::certificateNumber)
                .findFirst();
        // The same revision certified in another install keeps that certificate's number here too.
        Optional<String> fromElsewhere = existing.isPresent() ? Optional.empty()
                : transactions.read(tx -> known.numberFor(tx, sha)).filter(issues::isUnused);
        String number = existing.or(() -> fromElsewhere).orElseGet(this::freshNumber);
        CertificateKind kind = charter.kind() == CharterKind.PLEDGE ? CertificateKind.PLEDGE_SIGNED
                : CertificateKind.CHARTER_STATUS;
        CertificateContent content = new CertificateContent(officer.councilName(), officer.councilLogo(),
                charter.certificate().awardName(), charter.certificate().statement(), review.school().name(),
                Optional.ofNullable(review.school().urn()).filter(urn -> !urn.isBlank()), charter.title(),
                charter.version(), review.awardedOn(), review.validUntil(), officer.officerName(), officer.role(),
                number, charter.id(), sha,
                Optional.of(new CertificateSummary.ReviewPart(review.id(), review.revision(), sha)), kind,
                Optional.ofNullable(review.awardLevel()).map(ReachedLevel::name), publishedSignatory(review));
        byte[] signed = sign(renderer.render(content), officer);
        transactions.run(tx -> {
            if (existing.isEmpty()) {
                issues.record(tx, number, review.ref(), sha, officer.officerName());
            }
            audit.append(tx, actor.get(), existing.isEmpty() ? "CERTIFICATE_ISSUED" : "CERTIFICATE_EXPORTED_AGAIN",
                    AUDIT_ENTITY, number, "review " + reviewId + " revision " + review.revision() + "; " + kind
                            + (fromElsewhere.isPresent() ? "; number first issued in another install" : ""));
            // Written inside the transaction: if the file cannot be written, nothing is recorded.
            try {
                AtomicFileWriter.write(out, signed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        LOG.info("Certificate {} {} ({})", number, existing.isEmpty() ? "issued" : "exported again", kind);
        return new CertificateExport(out, number, kind, reviewId, review.revision(), review.school().name(), sha,
                existing.isPresent() || fromElsewhere.isPresent(), fromElsewhere.isPresent());
    }

    /**
     * The review revision in this install that a certificate with this number and review hash was
     * issued for: the one it was issued for here, or else any finalised revision here whose review
     * file is byte for byte the one the certificate names.
     */
    public Optional<CertificateMatch> match(String certificateNumber, String reviewSha256) {
        return match(certificateNumber, reviewSha256, null);
    }

    private Optional<CertificateMatch> match(String certificateNumber, String reviewSha256, UUID likelyReview) {
        if (!issues.matches(certificateNumber, reviewSha256)) {
            if (certificateNumber == null || reviewSha256 == null
                    || issues.lookup(certificateNumber).isPresent()) {
                // A number issued here for another review proves nothing about this one.
                return Optional.empty();
            }
            return contentMatches.revisionWithSha(reviewSha256, likelyReview).map(review -> new CertificateMatch(
                    certificateNumber, review.id(), review.revision(), review.school().name()));
        }
        CertificateIssue issue = issues.lookup(certificateNumber).orElseThrow();
        try {
            Review review = reviews.revision(issue.revision().reviewId(), issue.revision().revision());
            return Optional.of(new CertificateMatch(certificateNumber, review.id(), review.revision(),
                    review.school().name()));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks a certificate file and, when it is intact and ours, finds the review it was issued for
     * (a changed file's number and hash prove nothing, so it matches no review).
     */
    public CertificateCheck check(Path file) {
        VerificationResult result = verifier.verify(file);
        if (!result.intact()) {
            return new CertificateCheck(result, Optional.empty());
        }
        Optional<CertificateMatch> match = match(result.certificateNumber(), result.reviewSha256(),
                contentMatches.reviewIdIn(result.embeddedJson()));
        match.ifPresent(found -> learn(result.certificateNumber(), result.reviewSha256()));
        return new CertificateCheck(result, match);
    }

    /**
     * Remembers that an intact certificate from another install names a revision this install holds,
     * so a certificate exported here for that revision keeps its number (a bundle that carries the
     * certificate may call this too). A number this install issued itself is never overwritten.
     */
    public void learn(String certificateNumber, String reviewSha256) {
        if (certificateNumber == null || reviewSha256 == null || issues.lookup(certificateNumber).isPresent()) {
            return;
        }
        transactions.run(tx -> {
            if (known.learn(tx, certificateNumber, reviewSha256, clock.instant())) {
                audit.append(tx, actor.get(), "CERTIFICATE_LEARNT", AUDIT_ENTITY, certificateNumber,
                        "issued in another install for review sha256 " + reviewSha256);
            }
        });
    }

    private byte[] sign(byte[] unsigned, SigningIdentity officer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(unsigned.length + 32 * 1024);
            signer.sign(unsigned, officer, bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the certificate", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private String freshNumber() {
        Year year = Year.from(LocalDate.now(clock));
        String number = numbers.next(year);
        while (!issues.isUnused(number)) {
            number = numbers.next(year);
        }
        return number;
    }

    private static boolean everyItemJudged(Charter charter, Review review) {
        return charter.sections().stream()
                .filter(section -> !section.contextOnly())
                .map(Section::items)
                .flatMap(java.util.List::stream)
                .allMatch(item -> review.levelOf(item.id()).isPresent());
    }
}
