package org.charterreviewer.bundle;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.charterreviewer.review.ReviewDocument;

/**
 * The redacted variant of a review document, for the school and families. Left out: notes marked
 * internal; voices without consent to share; evidence marked internal, with its links to items.
 * Everything else is kept as it is (see docs/bundle-format.md).
 */
public final class BundleRedaction {

    private BundleRedaction() {
    }

    public static ReviewDocument redact(ReviewDocument d) {
        List<ReviewDocument.EvidencePart> evidence = d.evidence().stream().filter(e -> !e.internal()).toList();
        Set<Integer> kept = evidence.stream().map(ReviewDocument.EvidencePart::id).collect(Collectors.toSet());
        return new ReviewDocument(d.formatVersion(), d.reviewId(), d.revision(), d.status(), d.school(), d.charter(),
                d.visit(), d.participants(), d.judgements(),
                d.notes().stream().filter(n -> !n.internal()).toList(),
                d.voices().stream().filter(ReviewDocument.VoicePart::consentToShare).toList(),
                d.actions(), evidence,
                d.evidenceLinks().stream().filter(l -> kept.contains(l.evidence())).toList(),
                d.outcome(), d.awardLevel(), d.decision(), d.awardedOn(), d.validUntil(), d.signatory(), d.signatories(), d.finalisedAt(),
                d.finalisedBy(), d.amendmentReason(), d.createdAt(), d.updatedAt(), d.revisions());
    }
}
