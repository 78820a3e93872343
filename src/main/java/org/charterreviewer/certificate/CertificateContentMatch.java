package org.charterreviewer.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewJsonWriter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.review.RevisionInfo;

/**
 * Finds the review revision a certificate names by content: the finalised revision whose canonical
 * review file has the SHA-256 the certificate carries, whichever install issued it. The review id in
 * the certificate's attached summary is only a hint of where to look first.
 */
final class CertificateContentMatch {

    private static final ObjectMapper SUMMARY_READER = new ObjectMapper();

    private final ReviewService reviews;
    private final ReviewJsonWriter writer;

    CertificateContentMatch(ReviewService reviews, ReviewJsonWriter writer) {
        this.reviews = reviews;
        this.writer = writer;
    }

    /** A finalised revision here whose review file hashes to {@code sha256}; {@code likely} is searched first. */
    Optional<Review> revisionWithSha(String sha256, UUID likely) {
        List<UUID> ids = new ArrayList<>();
        if (likely != null) {
            ids.add(likely);
        }
        reviews.list(ReviewFilter.all()).stream().map(ReviewSummary::id).filter(id -> !id.equals(likely))
                .forEach(ids::add);
        for (UUID id : ids) {
            List<RevisionInfo> history = reviews.revisions(id);
            for (RevisionInfo info : history) {
                if (info.status() != ReviewStatus.FINALISED) {
                    continue;
                }
                Review revision = reviews.revision(id, info.revision());
                if (sha256.equals(CertificateService.sha256(writer.write(ReviewJsonWriter.document(revision, history))))) {
                    return Optional.of(revision);
                }
            }
        }
        return Optional.empty();
    }

    /** The review id in a certificate's attached summary, if it has one. */
    UUID reviewIdIn(byte[] summaryJson) {
        if (summaryJson == null) {
            return null;
        }
        try {
            JsonNode id = SUMMARY_READER.readTree(summaryJson).path("review").path("id");
            return id.isTextual() ? UUID.fromString(id.asText()) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
