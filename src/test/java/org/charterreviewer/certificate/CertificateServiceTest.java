package org.charterreviewer.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void awardedReviewGetsAVerifiedCertificateCarryingItsCanonicalJson() throws Exception {
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
        assertThat(check.result().embeddedJson()).isEqualTo(canonical);
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(canonical));
        assertThat(check.result().reviewSha256()).isEqualTo(sha).isEqualTo(export.reviewSha256());
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
        assertThat(workspace.certificateIssues().forReview(workspace.reviews().latest(id).key())).hasSize(1);
        assertThat(workspace.certificates().check(dir.resolve("two.pdf")).match()).isPresent();
    }

    @Test
    void aNewRevisionGetsANewNumber() {
        createIdentity();
        UUID id = CertificateReviews.awarded(workspace);
        CertificateExport first = workspace.certificates().export(id, PASSPHRASE, dir.resolve("one.pdf"));
        Review amended = workspace.reviews().amend(id, "Date corrected");
        workspace.reviews().finalise(amended.key());

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
        assertThat(workspace.certificateIssues().forReview(workspace.reviews().latest(id).key())).isEmpty();
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
