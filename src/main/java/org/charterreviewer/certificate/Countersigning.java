package org.charterreviewer.certificate;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.identity.SigningIdentity;
import org.charterreviewer.storage.AtomicFileWriter;
import org.charterreviewer.storage.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A moderator's countersignature on a certificate an officer signed in another install: checks the
 * officer's signature is intact and the file is a Charter Reviewer certificate with an empty
 * moderator field, refuses the officer's own identity, asks {@link CountersignApproval} whether the
 * review is approved here, then adds this install's signature as an incremental update (which
 * leaves the officer's valid) and writes a new file. The original file is never changed.
 */
public final class Countersigning {

    private static final Logger LOG = LoggerFactory.getLogger(Countersigning.class);

    private final CertificateService certificates;
    private final IdentityService identity;
    private final PdfSigner signer;
    private final CountersignApproval approval;
    private final Transactions transactions;
    private final AuditLogStore audit;
    private final Supplier<String> actor;

    public Countersigning(CertificateService certificates, IdentityService identity, PdfSigner signer,
            CountersignApproval approval, Transactions transactions, AuditLogStore audit, Supplier<String> actor) {
        this.certificates = certificates;
        this.identity = identity;
        this.signer = signer;
        this.approval = approval;
        this.transactions = transactions;
        this.audit = audit;
        this.actor = actor;
    }

    /**
     * Countersigns {@code in} into {@code out} and returns the certificate number. Throws
     * {@link InvalidInputException} with a plain message when it may not, and
     * {@code WrongPassphraseException} for a wrong passphrase; nothing is written then.
     */
    public String countersign(Path in, char[] passphrase, Path out) {
        if (out.getFileName() == null || Files.isDirectory(out)) {
            throw new InvalidInputException(tr("certificate.export.cannotWrite", out));
        }
        if (out.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
            throw new InvalidInputException(tr("certificate.countersign.sameFile"));
        }
        CertificateCheck check = certificates.check(in);
        VerificationResult result = check.result();
        if (!result.intact()) {
            throw new InvalidInputException(tr("certificate.countersign.notIntact", result.reason()));
        }
        // A document timestamp is no signer; it may come before a countersignature.
        List<SignerResult> signers = result.signers().stream().filter(s -> s.role() != SignerRole.TIMESTAMP).toList();
        if (result.certificateNumber() == null || signers.get(0).role() != SignerRole.OFFICER) {
            throw new InvalidInputException(tr("certificate.countersign.notOurs"));
        }
        if (signers.size() > 1) {
            throw new InvalidInputException(tr("certificate.countersign.alreadyCountersigned"));
        }
        byte[] signed = read(in);
        if (!hasEmptyModeratorField(signed)) {
            throw new InvalidInputException(tr("certificate.countersign.noField"));
        }
        if (!identity.exists()) {
            throw new InvalidInputException(tr("certificate.export.noIdentity"));
        }
        SigningIdentity moderator = identity.unlock(passphrase);
        if (sameKey(signers.get(0), moderator)) {
            throw new InvalidInputException(tr("certificate.countersign.ownCertificate"));
        }
        approval.whyNotApproved(check).ifPresent(reason -> {
            throw new InvalidInputException(reason);
        });
        byte[] countersigned = countersign(signed, moderator);
        String number = result.certificateNumber();
        transactions.run(tx -> {
            audit.append(tx, actor.get(), "CERTIFICATE_COUNTERSIGNED", CertificateService.AUDIT_ENTITY, number,
                    "countersigned as moderator" + check.match().map(m -> "; review " + m.reviewId()
                            + " revision " + m.revision()).orElse(""));
            // Written inside the transaction: if the file cannot be written, nothing is recorded.
            try {
                AtomicFileWriter.write(out, countersigned);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        LOG.info("Certificate {} countersigned", number);
        return number;
    }

    /** The same key signed the certificate: the officer is trying to countersign their own work. */
    private static boolean sameKey(SignerResult officer, SigningIdentity moderator) {
        return officer.certificate() != null && Arrays.equals(officer.certificate().getPublicKey().getEncoded(),
                moderator.certificate().getPublicKey().getEncoded());
    }

    private static boolean hasEmptyModeratorField(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return CertificateSignatureField.unsigned(document, CertificateSignatureField.MODERATOR_NAME).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(tr("certificate.verify.unreadable", file));
        }
    }

    private byte[] countersign(byte[] signed, SigningIdentity moderator) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(signed.length + 40 * 1024);
            signer.countersign(signed, moderator, bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot countersign the certificate", e);
        }
    }
}
