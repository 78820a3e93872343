package org.charterreviewer.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.review.Review;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A certificate names its review by the SHA-256 of the review file, so any install holding the
 * byte-identical review recognises it, and a revision certified in one install keeps that number
 * in another. A stored review that does not hold together gets no certificate.
 */
class CertificateByContentTest {

    private static final char[] PASSPHRASE = "a long passphrase".toCharArray();

    @TempDir
    Path dir;

    @Test
    void anotherInstallHoldingTheSameReviewMatchesTheCertificateAndKeepsItsNumber() {
        Path certificate = dir.resolve("certificate.pdf");
        Path reviewFile = dir.resolve("review.json");
        UUID id;
        String number;
        try (Workspace issuing = Workspace.open(WorkspaceOptions.at(dir.resolve("issuing")))) {
            identity(issuing, "Siân O’Brien");
            id = CertificateReviews.awarded(issuing);
            number = issuing.certificates().export(id, PASSPHRASE.clone(), certificate).certificateNumber();
            issuing.reviewFiles().export(issuing.reviews().latest(id), reviewFile, true);
        }
        try (Workspace other = Workspace.open(WorkspaceOptions.at(dir.resolve("other")))) {
            other.reviewFiles().importFile(reviewFile);

            CertificateCheck check = other.certificates().check(certificate);

            assertThat(check.passed()).as(check.reason()).isTrue();
            assertThat(check.match()).contains(new CertificateMatch(number, id, 1, CertificateReviews.SCHOOL));
            identity(other, "Dev Patel");
            CertificateExport again = other.certificates().export(id, PASSPHRASE.clone(), dir.resolve("here.pdf"));
            assertThat(again.certificateNumber()).as("no second number for the same revision").isEqualTo(number);
            assertThat(again.reusedNumber()).isTrue();
            assertThat(again.numberFromElsewhere()).isTrue();
            assertThat(other.certificates().check(dir.resolve("here.pdf")).match()).isPresent();
        }
    }

    @Test
    void anInstallWithoutTheReviewFindsNoMatch() {
        Path certificate = dir.resolve("certificate.pdf");
        try (Workspace issuing = Workspace.open(WorkspaceOptions.at(dir.resolve("issuing")))) {
            identity(issuing, "Siân O’Brien");
            issuing.certificates().export(CertificateReviews.awarded(issuing), PASSPHRASE.clone(), certificate);
        }
        try (Workspace other = Workspace.open(WorkspaceOptions.at(dir.resolve("other")))) {
            CertificateReviews.awarded(other);
            CertificateCheck check = other.certificates().check(certificate);
            assertThat(check.passed()).isTrue();
            assertThat(check.match()).as("a review with the same school but other content").isEmpty();
        }
    }

    @Test
    void aStoredReviewThatDoesNotHoldTogetherGetsNoCertificate() {
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")))) {
            identity(workspace, "Siân O’Brien");
            UUID id = CertificateReviews.awarded(workspace);
            Review review = workspace.reviews().latest(id);
            // As an older version could have stored it from a review file: an award valid until 2099.
            workspace.database().dsl().update(REVIEW).set(REVIEW.VALID_UNTIL, java.time.LocalDate.of(2099, 1, 1))
                    .where(REVIEW.REVIEW_ID.eq(review.id()).and(REVIEW.REVISION.eq(review.revision()))).execute();

            assertThatThrownBy(() -> workspace.certificates().export(id, PASSPHRASE.clone(), dir.resolve("c.pdf")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("This review gets no certificate: it does not hold together against its charter.")
                    .hasMessageContaining("“validUntil” is 2099-01-01, but the charter’s award lasts");
            assertThat(dir.resolve("c.pdf")).doesNotExist();
        }
    }

    private static void identity(Workspace workspace, String name) {
        workspace.identity().create(name, "SEND Officer", "City of Wolverhampton Council", PASSPHRASE.clone(),
                Optional.empty(), false);
    }
}
