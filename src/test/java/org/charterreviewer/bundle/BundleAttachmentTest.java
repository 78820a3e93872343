package org.charterreviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.Review;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The certificate and report in a bundle: checked when the bundle is written and when it is read (a
 * certificate must be intact and issued for this very revision; a report must be a PDF), kept by the
 * import and carried again when the importing install exports the revision.
 */
class BundleAttachmentTest extends BundleTestBase {

    Review awarded;
    Path certificate;
    Path report;

    @BeforeEach
    void anAwardedReviewWithItsCertificateAndReport() {
        UUID id = CertificateReviews.awarded(here);
        awarded = here.reviews().latest(id);
        certificate = here.certificates().export(id, BundleFixture.PASSPHRASE.clone(), dir.resolve("certificate.pdf"))
                .file();
        report = here.reports().export(id, Optional.empty(), dir.resolve("report.pdf"), ProgressMonitor.NONE);
    }

    private Path exportAwarded(boolean redacted, BundleAttachments attachments, String name) {
        return bundlesHere.exporter().export(awarded, redacted, attachments, identity, dir.resolve(name),
                ProgressMonitor.NONE).file();
    }

    @Test
    void theCertificateAndReportAreKeptByTheImportAndCarriedByTheNextExport() throws IOException {
        Path bundle = exportAwarded(false, BundleAttachments.of(certificate, report), "awarded.zip");
        assertThat(bundlesThere.verifier().verify(bundle, ProgressMonitor.NONE).ok()).isTrue();

        bundlesThere.importer().importBundle(bundle, ProgressMonitor.NONE);
        var again = Bundles.of(there).exporter().export(there.reviews().latest(awarded.id()), false, BundleAttachments.NONE,
                BundleFixture.identity(there, "Priya Shah"), dir.resolve("again.zip"), ProgressMonitor.NONE);

        Map<String, byte[]> entries = BundleFixture.entries(again.file());
        assertThat(entries.get("certificate.pdf")).isEqualTo(Files.readAllBytes(certificate));
        assertThat(entries.get("report.pdf")).isEqualTo(Files.readAllBytes(report));
        assertThat(bundlesHere.verifier().verify(again.file(), ProgressMonitor.NONE).ok()).isTrue();
    }

    @Test
    void deletingTheRevisionDeletesItsKeptCertificateAndReport() {
        bundlesThere.importer().importBundle(exportAwarded(false, BundleAttachments.of(certificate, report), "full.zip"),
                ProgressMonitor.NONE);
        var attachments = org.charterreviewer.storage.jooq.Tables.BUNDLE_ATTACHMENT;
        assertThat(there.database().dsl().fetchCount(attachments)).isEqualTo(2);

        there.eraser().erase(there.eraser().planReview(awarded.id()));

        assertThat(there.database().dsl().fetchCount(attachments)).isZero();
    }

    @Test
    void aReportFromAFullBundleIsNeverPutIntoARedactedOne() throws IOException {
        bundlesThere.importer().importBundle(exportAwarded(false, BundleAttachments.of(certificate, report), "full.zip"),
                ProgressMonitor.NONE);

        var redacted = Bundles.of(there).exporter().export(there.reviews().latest(awarded.id()), true,
                BundleAttachments.NONE, BundleFixture.identity(there, "Priya Shah"), dir.resolve("redacted.zip"),
                ProgressMonitor.NONE);

        Map<String, byte[]> entries = BundleFixture.entries(redacted.file());
        assertThat(entries).containsKey("certificate.pdf").doesNotContainKey("report.pdf");
        assertThat(bundlesHere.verifier().verify(redacted.file(), ProgressMonitor.NONE).redacted()).isTrue();
    }

    @Test
    void aCertificateKeptFromARedactedBundleStaysOutOfAFullBundleOfTheRedactedReview() throws IOException {
        Review withVoice = here.reviews().amend(awarded.id(), "A voice given without consent was added");
        String item = withVoice.judgements().keySet().iterator().next();
        here.reviews().addVoice(withVoice.ref(), item, "Parent", BundleFixture.SECRET_VOICE, false);
        here.reviews().finalise(withVoice.ref());
        Review revision2 = here.reviews().latest(awarded.id());
        Path certificate2 = here.certificates().export(awarded.id(), BundleFixture.PASSPHRASE.clone(),
                dir.resolve("certificate-2.pdf")).file();
        Path redacted = bundlesHere.exporter().export(revision2, true, BundleAttachments.of(certificate2, null), identity,
                dir.resolve("redacted.zip"), ProgressMonitor.NONE).file();
        bundlesThere.importer().importBundle(redacted, ProgressMonitor.NONE);

        var full = Bundles.of(there).exporter().export(there.reviews().latest(awarded.id()), false, BundleAttachments.NONE,
                BundleFixture.identity(there, "Priya Shah"), dir.resolve("full-of-redacted.zip"), ProgressMonitor.NONE);

        assertThat(BundleFixture.entries(full.file())).doesNotContainKey("certificate.pdf");
        assertThat(bundlesHere.verifier().verify(full.file(), ProgressMonitor.NONE).ok()).isTrue();
    }

    @Test
    void anotherReviewsCertificateIsRefusedOnExport() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> bundlesHere.exporter().export(review, false, BundleAttachments.of(certificate, null), identity,
                        dir.resolve("other.zip"), ProgressMonitor.NONE));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("certificate.pdf", "another review");
        assertThat(dir.resolve("other.zip")).doesNotExist();
    }

    @Test
    void aCertificateOfAnEarlierRevisionIsRefusedOnExport() {
        Review amended = here.reviews().amend(awarded.id(), "A judgement was corrected");
        here.reviews().finalise(amended.ref());
        Review revision2 = here.reviews().latest(awarded.id());

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> bundlesHere.exporter().export(revision2, false, BundleAttachments.of(certificate, null), identity,
                        dir.resolve("old.zip"), ProgressMonitor.NONE));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("another revision");
    }

    @Test
    void aChangedCertificateIsRefusedOnExport() throws IOException {
        byte[] bytes = Files.readAllBytes(certificate);
        bytes[bytes.length / 3] ^= 1;
        Path changed = Files.write(dir.resolve("changed.pdf"), bytes);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> exportAwarded(false, BundleAttachments.of(changed, null), "changed.zip"));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("changed.pdf", "cannot go with this review");
    }

    @Test
    void aReportThatIsNotAPdfIsRefusedOnExport() throws IOException {
        Path logo = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> exportAwarded(false, BundleAttachments.of(null, logo), "logo.zip"));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("logo.png", "not a PDF");
    }

    @Test
    void aSignedBundleCarryingAnotherReviewsCertificateIsRefusedOnImport() throws IOException {
        Path good = exportAwarded(false, BundleAttachments.of(certificate, null), "good.zip");
        UUID other = CertificateReviews.pledge(here);
        byte[] foreign = Files.readAllBytes(here.certificates().export(other, BundleFixture.PASSPHRASE.clone(),
                dir.resolve("pledge.pdf")).file());
        Path crafted = BundleFixture.tamperAndResign(good, dir.resolve("crafted.zip"), identity, here,
                e -> e.put("certificate.pdf", foreign));
        String before = BundleFixture.snapshot(there);

        BundleException e = catchThrowableOfType(BundleException.class,
                () -> bundlesThere.importer().importBundle(crafted, ProgressMonitor.NONE));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("certificate.pdf", "another review");
        assertThat(BundleFixture.snapshot(there)).isEqualTo(before);
    }

    @Test
    void aSignedBundleCarryingAReportThatIsNotAPdfIsRefusedOnImport() throws IOException {
        Path good = exportAwarded(false, BundleAttachments.of(null, report), "good.zip");
        Path crafted = BundleFixture.tamperAndResign(good, dir.resolve("crafted.zip"), identity, here,
                e -> e.put("report.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));

        BundleException e = catchThrowableOfType(BundleException.class,
                () -> bundlesThere.verifier().verify(crafted, ProgressMonitor.NONE));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("report.pdf", "not a PDF");
    }
}
