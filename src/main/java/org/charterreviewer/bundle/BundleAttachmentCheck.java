package org.charterreviewer.bundle;

import static org.charterreviewer.i18n.Messages.tr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.charterreviewer.certificate.SignatureVerifier;
import org.charterreviewer.certificate.VerificationResult;

/**
 * Checks the PDFs that travel beside a review in a bundle, when a bundle is written and again when it
 * is read: a certificate must be intact (its signature verifies) and name this very review revision
 * (its embedded summary carries the review's id, revision and SHA-256); a report must be a PDF.
 */
final class BundleAttachmentCheck {

    private final SignatureVerifier signatures = new SignatureVerifier();
    private final ObjectMapper json;

    BundleAttachmentCheck(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Why {@code pdf} is not the certificate of revision {@code revision} of {@code reviewId}, or empty
     * when it is. {@code reviewSha256} is the SHA-256 of the revision's full review file when it is
     * known (a redacted bundle carries a different file, so there only the id and revision are compared).
     */
    Optional<String> certificateProblem(String label, byte[] pdf, UUID reviewId, int revision,
            Optional<String> reviewSha256) {
        VerificationResult result = signatures.verify(pdf);
        if (!result.intact()) {
            return Optional.of(tr("bundle.attachment.certificateNotIntact", label, result.reason()));
        }
        Optional<JsonNode> review = embeddedReview(result);
        if (review.isEmpty()) {
            return Optional.of(tr("bundle.attachment.certificateNoReview", label));
        }
        boolean same = reviewId.toString().equals(review.get().path("id").asText())
                && review.get().path("revision").asInt(-1) == revision
                && reviewSha256.map(sha -> sha.equals(review.get().path("sha256").asText())
                        && sha.equals(result.reviewSha256())).orElse(true);
        return same ? Optional.empty() : Optional.of(tr("bundle.attachment.certificateOtherReview", label));
    }

    /** Why {@code pdf} is not a report (a PDF with at least one page), or empty when it is one. */
    Optional<String> reportProblem(String label, byte[] pdf) {
        if (pdf.length < 8 || !new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return Optional.of(tr("bundle.attachment.reportNotPdf", label));
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages() > 0 ? Optional.empty()
                    : Optional.of(tr("bundle.attachment.reportNotPdf", label));
        } catch (IOException | RuntimeException e) {
            return Optional.of(tr("bundle.attachment.reportNotPdf", label));
        }
    }

    /** The {@code review} part of the certificate's embedded summary, when it has one. */
    private Optional<JsonNode> embeddedReview(VerificationResult result) {
        if (result.embeddedJson() == null) {
            return Optional.empty();
        }
        try {
            JsonNode review = json.readTree(result.embeddedJson()).path("review");
            return review.isObject() ? Optional.of(review) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
