package org.charterreviewer.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewJsonWriter;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateServiceTest {

    static final char[] PASSPHRASE = "a long passphrase".toCharArray();

    @TempDir
    Path dir;
    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void createIdentity() {
        workspace.identity().create("Siân O’Brien", "SEND Officer", "City of Wolverhampton Council", PASSPHRASE,
                Optional.empty(), false);
    }

    @Test
    void awardedReviewGetsAVerifiedCertificateNamingItsCanonicalJson() throws Exception {
        createIdentity();
        UUID id = CertificateReviews.awarded(workspace);
        Path out = dir.resolve("certificate.pdf");

        CertificateExport export = workspace.certificates().export(id, PASSPHRASE, out);

        assertThat(export.kind()).isEqualTo(CertificateKind.CHARTER_STATUS);
        assertThat(export.reusedNumber()).isFalse();
        assertThat(CertificateNumbers.isValid(export.certificateNumber())).isTrue();
        CertificateCheck check = workspace.certificates().check(out);
        assertThat(check.passed()).as(check.reason()).isTrue();
        assertThat(check.result().certificateNumber()).isEqualTo(export.certificateNumber());
        assertThat(check.result().signerName()).isEqualTo("Siân O’Brien");
        Review review = workspace.reviews().latest(id);
        assertThat(check.match()).contains(new CertificateMatch(export.certificateNumber(), id, 1, CertificateReviews.SCHOOL));

        byte[] canonical = new ReviewJsonWriter(workspace.json())
                .write(ReviewJsonWriter.document(review, workspace.reviews().revisions(id)));
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(canonical));
        assertThat(check.result().reviewSha256()).isEqualTo(sha).isEqualTo(export.reviewSha256());
        CertificateSummary summary = workspace.json().readValue(check.result().embeddedJson(), CertificateSummary.class);
        assertThat(summary.review()).isEqualTo(new CertificateSummary.ReviewPart(id, 1, sha));
        assertThat(summary.certificateNumber()).isEqualTo(export.certificateNumber());
        assertThat(summary.school()).isEqualTo(new CertificateSummary.SchoolPart(CertificateReviews.SCHOOL, CertificateReviews.URN));
        assertThat(summary.charter().id()).isEqualTo(review.charter().id());
        assertThat(summary.awardedOn()).isEqualTo(review.awardedOn());
        assertThat(summary.validUntil()).isEqualTo(review.validUntil());
        assertThat(summary.officer().name()).isEqualTo("Siân O’Brien");
        assertThat(workspace.certificateIssues().matches(export.certificateNumber(), sha)).isTrue();

        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(CertificateReviews.SCHOOL, "URN " + CertificateReviews.URN,
                    "#YES Co-Production Charter Status", export.certificateNumber(), "SEND Officer");
            assertThat(document.getDocumentInformation().getKeywords()).contains(sha);
        }
        assertThat(workspace.reviews().auditTrail(id)).isNotEmpty();
        keepForManualChecks(out);
    }

    @Test
    void changesAreRecordedUnderTheOfficersNameOnceThereIsAnIdentity() {
        UUID before = CertificateReviews.notAwarded(workspace);
        // No one is named before there is a signing identity: never the computer's account name.
        assertThat(workspace.reviews().latest(before).finalisedBy()).isNull();

        createIdentity();
        UUID after = CertificateReviews.awarded(workspace);

        assertThat(workspace.reviews().latest(after).finalisedBy()).isEqualTo("Siân O’Brien");
        assertThat(workspace.reviews().auditTrail(after)).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("Siân O’Brien"));
    }

    @Test
    void whatWasSaidInTheReviewNeverLeavesInTheCertificate() throws Exception {
        createIdentity();
        UUID id = CertificateReviews.awarded(workspace);
        Review finalised = workspace.reviews().latest(id);
        Review draft = workspace.reviews().amend(id, "Adding what was said");
        String item = finalised.judgements().keySet().iterator().next();
        workspace.reviews().setItemNote(draft.ref(), item, "INTERNAL-NOTE-7Q2 about a pupil", true);
        workspace.reviews().addReviewNote(draft.ref(), "SHARED-NOTE-4K8 for the school", false);
        workspace.reviews().addVoice(draft.ref(), item, "Parent", "PRIVATE-VOICE-9X1 said without consent", false);
        workspace.reviews().addVoice(draft.ref(), item, "Pupil", "SHARED-VOICE-3M5 said with consent", true);
        workspace.reviews().addAction(draft.ref(), item, "ACTION-6P0 for the SENCo", "SENCo", null);
        workspace.reviews().finalise(draft.ref());
        Path out = dir.resolve("certificate.pdf");

        workspace.certificates().export(id, PASSPHRASE, out);

        String embedded = new String(workspace.certificates().check(out).result().embeddedJson(), StandardCharsets.UTF_8);
        assertThat(embedded).contains(CertificateReviews.SCHOOL)
                .doesNotContain("INTERNAL-NOTE-7Q2", "SHARED-NOTE-4K8", "PRIVATE-VOICE-9X1", "SHARED-VOICE-3M5",
                        "ACTION-6P0", "Alex Morgan", "Head teacher");
        // Nor in the page text or the file’s bytes.
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("INTERNAL-NOTE-7Q2", "PRIVATE-VOICE-9X1");
        }
        assertThat(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1))
                .doesNotContain("INTERNAL-NOTE-7Q2", "PRIVATE-VOICE-9X1");
    }

    /** The demo-like certificate, kept under target/ for pdfsig, qpdf and veraPDF runs by hand. */
    private static void keepForManualChecks(Path file) throws Exception {
        Path target = Path.of("target", "manual", "awarded-certificate.pdf");
        Files.createDirectories(target.getParent());
        Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void exportingTheSameRevisionAgainKeepsItsNumber() {
        createIdentity();
        UUID id = CertificateReviews.awarded(workspace);
        CertificateExport first = workspace.certificates().export(id, PASSPHRASE, dir.resolve("one.pdf"));
        CertificateExport second = workspace.certificates().export(id, PASSPHRASE, dir.resolve("two.pdf"));

        assertThat(second.certificateNumber()).isEqualTo(first.certificateNumber());
        assertThat(second.reusedNumber()).isTrue();
        assertThat(workspace.certificateIssues().forRevision(workspace.reviews().latest(id).ref())).hasSize(1);
        assertThat(workspace.certificates().check(dir.resolve("two.pdf")).match()).isPresent();
    }

    @Test
    void aNewRevisionGetsANewNumber() {
        createIdentity();
        UUID id = CertificateReviews.awarded(workspace);
        CertificateExport first = workspace.certificates().export(id, PASSPHRASE, dir.resolve("one.pdf"));
        Review amended = workspace.reviews().amend(id, "Date corrected");
        workspace.reviews().finalise(amended.ref());

        CertificateExport second = workspace.certificates().export(id, PASSPHRASE, dir.resolve("two.pdf"));

        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.certificateNumber()).isNotEqualTo(first.certificateNumber());
    }

    @Test
    void notFinalisedAndNotAwardedReviewsAreRefusedWithTheirReason() {
        createIdentity();
        Path out = dir.resolve("refused.pdf");
        UUID open = CertificateReviews.notFinalised(workspace);
        UUID notAwarded = CertificateReviews.notAwarded(workspace);

        assertThatThrownBy(() -> workspace.certificates().export(open, PASSPHRASE, out))
                .isInstanceOf(InvalidInputException.class).hasMessage(Messages.tr("certificate.export.notFinalised"));
        assertThatThrownBy(() -> workspace.certificates().export(notAwarded, PASSPHRASE, out))
                .isInstanceOf(InvalidInputException.class).hasMessage(Messages.tr("certificate.export.notAwarded"));
        assertThat(out).doesNotExist();
    }

    @Test
    void withoutAnIdentityTheOfficerIsToldHowToSetOneUp() {
        UUID id = CertificateReviews.awarded(workspace);
        assertThatThrownBy(() -> workspace.certificates().export(id, PASSPHRASE, dir.resolve("x.pdf")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("identity create");
    }

    @Test
    void wrongPassphraseRecordsNothing() {
        createIdentity();
        UUID id = CertificateReviews.awarded(workspace);
        assertThatThrownBy(() -> workspace.certificates().export(id, "not the passphrase".toCharArray(),
                dir.resolve("x.pdf"))).isInstanceOf(WrongPassphraseException.class);
        assertThat(workspace.certificateIssues().forRevision(workspace.reviews().latest(id).ref())).isEmpty();
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void signedPledgeGetsThePledgeVariant() throws Exception {
        createIdentity();
        UUID id = CertificateReviews.pledge(workspace);
        Path out = dir.resolve("pledge.pdf");

        CertificateExport export = workspace.certificates().export(id, PASSPHRASE, out);

        assertThat(export.kind()).isEqualTo(CertificateKind.PLEDGE_SIGNED);
        assertThat(workspace.certificates().check(out).passed()).isTrue();
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Little Acorns Pre-school", "Co-Production Pledge signed",
                    Messages.tr("certificate.pdf.pledgeSignedBy")).doesNotContain("URN");
        }
    }
}
