package org.charterreviewer.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The review file format (formatVersion 1), as records that Jackson writes and reads field by field
 * in this order. Documented in docs/review-format.md; absent optional fields mean "none".
 */
@JsonPropertyOrder({"formatVersion", "reviewId", "revision", "status", "school", "charter", "visit", "participants",
    "judgements", "notes", "voices", "actions", "evidence", "evidenceLinks", "outcome", "awardLevel", "decision",
    "awardedOn",
    "validUntil", "signatory", "signatories", "finalisedAt", "finalisedBy", "amendmentReason", "createdAt", "updatedAt", "revisions"})
public record ReviewDocument(
        @JsonProperty(required = true) int formatVersion,
        @JsonProperty(required = true) UUID reviewId,
        @JsonProperty(required = true) int revision,
        @JsonProperty(required = true) ReviewStatus status,
        @JsonProperty(required = true) SchoolPart school,
        @JsonProperty(required = true) CharterPart charter,
        @JsonProperty(required = true) VisitPart visit,
        @JsonProperty(required = true) List<ParticipantPart> participants,
        @JsonProperty(required = true) List<JudgementPart> judgements,
        @JsonProperty(required = true) List<NotePart> notes,
        @JsonProperty(required = true) List<VoicePart> voices,
        @JsonProperty(required = true) List<ActionPart> actions,
        @JsonProperty(required = true) List<EvidencePart> evidence,
        @JsonProperty(required = true) List<LinkPart> evidenceLinks,
        ComputedOutcome outcome,
        AwardLevelPart awardLevel,
        DecisionPart decision,
        LocalDate awardedOn,
        LocalDate validUntil,
        SignatoryPart signatory,
        List<SignatoryPart> signatories,
        Instant finalisedAt,
        String finalisedBy,
        String amendmentReason,
        @JsonProperty(required = true) Instant createdAt,
        @JsonProperty(required = true) Instant updatedAt,
        @JsonProperty(required = true) List<RevisionPart> revisions) {

    public static final int FORMAT_VERSION = 1;

    @JsonPropertyOrder({"name", "urn", "address"})
    public record SchoolPart(@JsonProperty(required = true) String name, String urn, String address) {
    }

    @JsonPropertyOrder({"id", "version", "sha256"})
    public record CharterPart(@JsonProperty(required = true) String id, @JsonProperty(required = true) String version,
            @JsonProperty(required = true) String sha256) {
    }

    @JsonPropertyOrder({"date", "officers"})
    public record VisitPart(LocalDate date, @JsonProperty(required = true) List<String> officers) {
    }

    @JsonPropertyOrder({"role", "description"})
    public record ParticipantPart(@JsonProperty(required = true) String role, String description) {
    }

    @JsonPropertyOrder({"itemId", "level", "flagged"})
    public record JudgementPart(@JsonProperty(required = true) String itemId, String level,
            @JsonProperty(required = true) boolean flagged) {
    }

    @JsonPropertyOrder({"itemId", "body", "internal"})
    public record NotePart(String itemId, @JsonProperty(required = true) String body,
            @JsonProperty(required = true) boolean internal) {
    }

    @JsonPropertyOrder({"itemId", "speakerRole", "said", "consentToShare"})
    public record VoicePart(String itemId, @JsonProperty(required = true) String speakerRole,
            @JsonProperty(required = true) String said, @JsonProperty(required = true) boolean consentToShare) {
    }

    @JsonPropertyOrder({"itemId", "description", "ownerRole", "dueDate", "done"})
    public record ActionPart(String itemId, @JsonProperty(required = true) String description, String ownerRole,
            LocalDate dueDate, @JsonProperty(required = true) boolean done) {
    }

    @JsonPropertyOrder({"id", "name", "sha256", "size", "mediaType", "caption", "internal", "metadataRemoved", "addedAt"})
    public record EvidencePart(@JsonProperty(required = true) int id, @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String sha256, @JsonProperty(required = true) long size,
            @JsonProperty(required = true) String mediaType, String caption,
            @JsonProperty(required = true) boolean internal, @JsonProperty(required = true) boolean metadataRemoved,
            @JsonProperty(required = true) Instant addedAt) {
    }

    @JsonPropertyOrder({"evidence", "itemId"})
    public record LinkPart(@JsonProperty(required = true) int evidence, @JsonProperty(required = true) String itemId) {
    }

    /** The award level reached (charter format 2 with levels); absent otherwise, so older documents are unchanged. */
    @JsonPropertyOrder({"id", "name"})
    public record AwardLevelPart(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name) {
    }

    @JsonPropertyOrder({"decision", "summary", "overrideReason"})
    public record DecisionPart(@JsonProperty(required = true) Decision decision, String summary, String overrideReason) {
    }

    @JsonPropertyOrder({"name", "role", "organisation", "signedOn", "consentToPublish"})
    public record SignatoryPart(@JsonProperty(required = true) String name, @JsonProperty(required = true) String role,
            @JsonProperty(required = true) String organisation, @JsonProperty(required = true) LocalDate signedOn,
            @JsonProperty(required = true) boolean consentToPublish) {

        static SignatoryPart of(PledgeSignatory s) {
            return new SignatoryPart(s.name(), s.role(), s.organisation(), s.signedOn(), s.consentToPublish());
        }

        PledgeSignatory toSignatory() {
            return new PledgeSignatory(name, role, organisation, signedOn, consentToPublish);
        }
    }

    /**
     * Every signatory in the file. A file with one signatory keeps the single {@code signatory}
     * field files have always had (so older installs read it and its hash stays the same);
     * {@code signatories} holds two or more.
     */
    public List<SignatoryPart> allSignatories() {
        if (signatories != null && !signatories.isEmpty()) {
            return signatories;
        }
        return signatory == null ? List.of() : List.of(signatory);
    }

    /** The signatories as the domain holds them. */
    public List<PledgeSignatory> pledgeSignatories() {
        return allSignatories().stream().map(SignatoryPart::toSignatory).toList();
    }

    /** The two signatory fields for {@code signatories}: the single field for one, the list for more. */
    static SignatoryPart single(List<PledgeSignatory> signatories) {
        return signatories.size() == 1 ? SignatoryPart.of(signatories.get(0)) : null;
    }

    static List<SignatoryPart> several(List<PledgeSignatory> signatories) {
        return signatories.size() > 1 ? signatories.stream().map(SignatoryPart::of).toList() : null;
    }

    @JsonPropertyOrder({"revision", "status", "createdAt", "finalisedAt", "finalisedBy", "amendmentReason"})
    public record RevisionPart(@JsonProperty(required = true) int revision, @JsonProperty(required = true) ReviewStatus status,
            @JsonProperty(required = true) Instant createdAt, Instant finalisedAt, String finalisedBy,
            String amendmentReason) {
    }
}
