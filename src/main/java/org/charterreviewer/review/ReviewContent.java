package org.charterreviewer.review;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A review document reduced to what it says, for telling whether two files hold the same revision:
 * without the history of other revisions, and with its evidence in a fixed order numbered 1, 2, …
 * (a file's evidence numbers only tie its links to its files, so two files may number alike
 * evidence differently and still say the same thing).
 */
final class ReviewContent {

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<ReviewDocument.EvidencePart> BY_CONTENT =
            Comparator.comparing(ReviewDocument.EvidencePart::sha256)
                    .thenComparing(ReviewDocument.EvidencePart::name, TEXT)
                    .thenComparing(e -> e.addedAt() == null ? "" : e.addedAt().toString())
                    .thenComparing(ReviewDocument.EvidencePart::caption, TEXT)
                    .thenComparing(ReviewDocument.EvidencePart::internal)
                    .thenComparing(ReviewDocument.EvidencePart::id);

    private ReviewContent() {
    }

    static ReviewDocument comparable(ReviewDocument d) {
        List<ReviewDocument.EvidencePart> sorted = d.evidence().stream().sorted(BY_CONTENT).toList();
        Map<Integer, Integer> number = new HashMap<>();
        List<ReviewDocument.EvidencePart> evidence = new java.util.ArrayList<>();
        for (ReviewDocument.EvidencePart e : sorted) {
            int renumbered = evidence.size() + 1;
            number.putIfAbsent(e.id(), renumbered);
            evidence.add(new ReviewDocument.EvidencePart(renumbered, e.name(), e.sha256(), e.size(), e.mediaType(),
                    e.caption(), e.internal(), e.metadataRemoved(), e.addedAt()));
        }
        List<ReviewDocument.LinkPart> links = d.evidenceLinks().stream()
                .map(l -> new ReviewDocument.LinkPart(number.getOrDefault(l.evidence(), -l.evidence()), l.itemId()))
                .sorted(Comparator.comparingInt(ReviewDocument.LinkPart::evidence)
                        .thenComparing(ReviewDocument.LinkPart::itemId, TEXT))
                .toList();
        return new ReviewDocument(d.formatVersion(), d.reviewId(), d.revision(), d.status(), d.school(), d.charter(),
                d.visit(), d.participants(), d.judgements(), d.notes(), d.voices(), d.actions(), evidence, links,
                d.outcome(), d.awardLevel(), d.decision(), d.awardedOn(), d.validUntil(), d.signatory(), d.signatories(), d.finalisedAt(),
                d.finalisedBy(), d.amendmentReason(), d.createdAt(), d.updatedAt(), List.of());
    }
}
