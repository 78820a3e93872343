package org.charterreviewer.moderation;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.Optional;
import org.charterreviewer.certificate.CertificateCheck;
import org.charterreviewer.certificate.CertificateMatch;
import org.charterreviewer.certificate.CountersignApproval;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewService;

/**
 * A moderator may countersign a certificate only when this install holds the finalised revision it
 * was issued for (matched by content) and a moderator approved exactly that revision here, in this
 * install or by a decision file imported into it.
 */
public final class ModerationApproval implements CountersignApproval {

    private final ModerationService moderation;
    private final ReviewService reviews;

    public ModerationApproval(ModerationService moderation, ReviewService reviews) {
        this.moderation = moderation;
        this.reviews = reviews;
    }

    @Override
    public Optional<String> whyNotApproved(CertificateCheck check) {
        if (check.match().isEmpty()) {
            return Optional.of(tr("certificate.countersign.notHeld"));
        }
        CertificateMatch match = check.match().get();
        Review review = reviews.revision(match.reviewId(), match.revision());
        return moderation.approved(review) ? Optional.empty()
                : Optional.of(tr("moderation.countersign.notApproved", match.revision()));
    }

    /** Whether the review behind a checked certificate was approved in this install, for {@code certificate verify}. */
    public Optional<Moderation> approvalOf(CertificateCheck check) {
        return check.match().flatMap(match -> moderation.of(new org.charterreviewer.review.RevisionRef(
                match.reviewId(), match.revision()))).filter(Moderation::approved);
    }
}
