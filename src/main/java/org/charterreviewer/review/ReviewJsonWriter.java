package org.charterreviewer.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.charterreviewer.json.CanonicalJson;

/**
 * Writes a review in the review file format, canonically: fixed field order, lists sorted where
 * their order means nothing, two-space indent, LF line ends, UTF-8, a final LF. The same review
 * always gives the same bytes, so their SHA-256 identifies it (the certificate's QR code carries it).
 */
public final class ReviewJsonWriter {

    private final CanonicalJson writer;

    public ReviewJsonWriter(ObjectMapper mapper) {
        this.writer = new CanonicalJson(mapper);
    }

    /**
     * The document of one revision. {@code history} is the review's revisions; only those up to this
     * one are included, so a revision's document never changes once it is finalised.
     */
    public static ReviewDocument document(Review review, List<RevisionInfo> history) {
        List<ReviewDocument.EvidencePart> evidence = new ArrayList<>();
        List<ReviewDocument.LinkPart> links = new ArrayList<>();
        int number = 0;
        for (EvidenceFile e : review.evidence()) {
            number++;
            evidence.add(new ReviewDocument.EvidencePart(number, e.originalName(), e.sha256(), e.sizeBytes(),
                    e.mediaType(), e.caption(), e.internal(), e.metadataRemoved(), e.addedAt()));
            for (String itemId : e.linkedItemIds().stream().sorted().toList()) {
                links.add(new ReviewDocument.LinkPart(number, itemId));
            }
        }
        return new ReviewDocument(
                ReviewDocument.FORMAT_VERSION, review.id(), review.revision(), review.status(),
                new ReviewDocument.SchoolPart(review.school().name(), review.school().urn(), review.school().addressSummary()),
                new ReviewDocument.CharterPart(review.charter().id(), review.charter().version(), review.charter().sha256()),
                new ReviewDocument.VisitPart(review.visitDate(), review.officers()),
                review.participants().stream().map(p -> new ReviewDocument.ParticipantPart(p.role(), p.description())).toList(),
                review.judgements().values().stream().sorted(Comparator.comparing(Judgement::itemId))
                        .map(j -> new ReviewDocument.JudgementPart(j.itemId(), j.levelId(), j.flagged())).toList(),
                review.notes().stream().map(n -> new ReviewDocument.NotePart(n.itemId(), n.body(), n.internal())).toList(),
                review.voices().stream()
                        .map(v -> new ReviewDocument.VoicePart(v.itemId(), v.speakerRole(), v.said(), v.consentToShare())).toList(),
                review.actions().stream().map(a -> new ReviewDocument.ActionPart(a.itemId(), a.description(), a.ownerRole(),
                        a.dueDate(), a.done())).toList(),
                evidence, links, review.computedOutcome(),
                review.awardLevel() == null ? null
                        : new ReviewDocument.AwardLevelPart(review.awardLevel().id(), review.awardLevel().name()),
                review.decision() == null ? null : new ReviewDocument.DecisionPart(review.decision().decision(),
                        review.decision().summary(), review.decision().overrideReason()),
                review.awardedOn(), review.validUntil(),
                ReviewDocument.single(review.signatories()), ReviewDocument.several(review.signatories()),
                review.finalisedAt(), review.finalisedBy(), review.amendmentReason(), review.createdAt(), review.updatedAt(),
                history.stream().filter(r -> r.revision() <= review.revision())
                        .sorted(Comparator.comparingInt(RevisionInfo::revision))
                        .map(r -> new ReviewDocument.RevisionPart(r.revision(), r.status(), r.createdAt(), r.finalisedAt(),
                                r.finalisedBy(), r.amendmentReason()))
                        .toList());
    }

    /** The canonical bytes of a document (UTF-8, LF, ending in LF). */
    public byte[] write(ReviewDocument document) {
        return writer.write(document);
    }

    /** The lower-case hex SHA-256 of the canonical bytes. */
    public String canonicalSha256(ReviewDocument document) {
        return HexFormat.of().formatHex(EvidenceService.sha256().digest(write(document)));
    }
}
