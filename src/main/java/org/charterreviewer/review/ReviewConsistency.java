package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.charterreviewer.charter.AwardCondition;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;

/**
 * The one check that a review holds together against its pinned charter, used wherever a review
 * arrives or is relied on (import of a review file or bundle, finalising, certificate export): the
 * stored outcome is what the award rule gives; an award runs for the charter's months from its
 * date, which is not before the visit; an award rests on every item judged; a decision that differs
 * from the outcome carries its reason; revisions run 1, 2, … with a reason for each amendment.
 * Each problem is one plain sentence naming the field.
 */
public final class ReviewConsistency {

    /** Where the review comes from, which says what may legitimately be missing from it. */
    public enum Source {
        /** A review file or a full bundle: everything is there. */
        FILE(false, false),
        /** A redacted bundle: internal evidence was left out, so evidence rules cannot be recounted. */
        REDACTED_FILE(true, false),
        /** A revision in this data folder: earlier revisions may never have been imported here. */
        STORED(false, true);

        private final boolean evidenceMayBeLeftOut;
        private final boolean historyMayBePartial;

        Source(boolean evidenceMayBeLeftOut, boolean historyMayBePartial) {
            this.evidenceMayBeLeftOut = evidenceMayBeLeftOut;
            this.historyMayBePartial = historyMayBePartial;
        }
    }

    private static final int ITEMS_NAMED = 5;

    private final AwardEvaluator evaluator = new AwardEvaluator();

    /** Problems of a stored revision (with the review's revisions as this data folder holds them). */
    public List<String> problems(Review review, List<RevisionInfo> history, Charter charter) {
        return problems(ReviewJsonWriter.document(review, history), charter, Source.STORED);
    }

    /**
     * Problems of an in-progress revision as it would be once finalised with this outcome and these
     * award dates (checked before anything is locked).
     */
    public List<String> problemsOnFinalising(Review review, List<RevisionInfo> history, Charter charter,
            ComputedOutcome outcome, LocalDate awardedOn, LocalDate validUntil, Instant finalisedAt, String finalisedBy) {
        Review finalised = new Review(review.id(), review.revision(), ReviewStatus.FINALISED,
                review.school(), review.charter(), review.visitDate(), review.officers(), review.participants(),
                review.judgements(), review.notes(), review.voices(), review.actions(), review.evidence(), outcome,
                review.decision(), awardedOn, validUntil, review.signatories(), finalisedAt, finalisedBy,
                review.amendmentReason(), review.createdAt(), review.updatedAt());
        return problems(finalised, history, charter);
    }

    /** Problems of a review document whose references to the charter were already checked. */
    public List<String> problems(ReviewDocument d, Charter charter, Source source) {
        List<String> problems = new ArrayList<>();
        boolean finalised = d.status() == ReviewStatus.FINALISED;
        if (finalised) {
            checkOutcome(d, charter, source, problems);
            checkDecision(d, charter, problems);
        } else {
            for (Map.Entry<String, Object> field : finalOnlyFields(d).entrySet()) {
                if (field.getValue() != null) {
                    problems.add(tr("consistency.onlyWhenFinalised", field.getKey()));
                }
            }
        }
        checkRevisions(d, source, problems);
        return problems;
    }

    private void checkOutcome(ReviewDocument d, Charter charter, Source source, List<String> problems) {
        if (d.outcome() == null) {
            problems.add(tr("consistency.noOutcome"));
            return;
        }
        Review asRecorded = reviewOf(d);
        ComputedOutcome computed = evaluator.evaluate(charter, asRecorded).computed();
        if (computed == d.outcome()) {
            return;
        }
        // Internal evidence is left out of a redacted copy: only the rest of the rule can be recounted.
        if (source.evidenceMayBeLeftOut && d.outcome() == ComputedOutcome.MET
                && evaluator.evaluate(charter, withEvidenceAssumed(asRecorded, charter)).met()) {
            return;
        }
        problems.add(tr("consistency.outcome", d.outcome(), computed, charter.reference()));
    }

    private static void checkDecision(ReviewDocument d, Charter charter, List<String> problems) {
        if (d.decision() == null || d.decision().decision() == null) {
            problems.add(tr("consistency.noDecision"));
            return;
        }
        Decision decision = d.decision().decision();
        if (d.outcome() != null && decision != d.outcome().expectedDecision()
                && (d.decision().overrideReason() == null || d.decision().overrideReason().isBlank())) {
            problems.add(tr("consistency.overrideReason", decision.cliName(), d.outcome()));
        }
        if (decision != Decision.AWARDED) {
            if (d.awardedOn() != null || d.validUntil() != null) {
                problems.add(tr("consistency.datesWithoutAward", decision.cliName()));
            }
            return;
        }
        List<String> unjudged = unjudged(d, charter);
        if (!unjudged.isEmpty()) {
            String named = String.join(", ", unjudged.subList(0, Math.min(ITEMS_NAMED, unjudged.size())))
                    + (unjudged.size() > ITEMS_NAMED ? ", …" : "");
            problems.add(tr("consistency.unjudged", unjudged.size(), named));
        }
        // A charter that states no validity gives an award without an end date.
        boolean endDate = charter.certificate() == null || charter.certificate().hasEndDate();
        if (d.awardedOn() == null || (endDate && d.validUntil() == null)) {
            problems.add(tr("consistency.noAwardDates"));
            return;
        }
        if (!endDate && d.validUntil() != null) {
            problems.add(tr("consistency.noEndDate", d.validUntil()));
        } else if (endDate && charter.certificate() != null) {
            LocalDate expected = d.awardedOn().plusMonths(charter.certificate().validityMonths());
            if (!d.validUntil().equals(expected)) {
                problems.add(tr("consistency.validUntil", d.validUntil(), charter.certificate().validityMonths(),
                        d.awardedOn(), expected));
            }
        }
        if (d.visit() != null && d.visit().date() != null && d.awardedOn().isBefore(d.visit().date())) {
            problems.add(tr("consistency.awardedBeforeVisit", d.awardedOn(), d.visit().date()));
        }
    }

    private static void checkRevisions(ReviewDocument d, Source source, List<String> problems) {
        if (d.revision() > 1 && (d.amendmentReason() == null || d.amendmentReason().isBlank())) {
            problems.add(tr("consistency.amendmentReason", "amendmentReason", d.revision()));
        }
        List<Integer> listed = d.revisions().stream().map(ReviewDocument.RevisionPart::revision).toList();
        Set<Integer> distinct = new HashSet<>(listed);
        boolean unbroken = distinct.size() == listed.size() && distinct.contains(d.revision())
                && listed.stream().allMatch(r -> r >= 1 && r <= d.revision());
        if (!unbroken || (!source.historyMayBePartial && listed.size() != d.revision())) {
            problems.add(tr("consistency.chain", d.revision(), listed.isEmpty() ? "–" : listed.toString()));
            return;
        }
        for (ReviewDocument.RevisionPart part : d.revisions()) {
            if (part.revision() > 1 && (part.amendmentReason() == null || part.amendmentReason().isBlank())) {
                problems.add(tr("consistency.amendmentReason", "revisions[" + (part.revision() - 1) + "].amendmentReason",
                        part.revision()));
            }
            if (part.revision() < d.revision() && part.status() != ReviewStatus.FINALISED) {
                problems.add(tr("consistency.earlierInProgress", part.revision()));
            }
        }
    }

    private static Map<String, Object> finalOnlyFields(ReviewDocument d) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("outcome", d.outcome());
        fields.put("awardedOn", d.awardedOn());
        fields.put("validUntil", d.validUntil());
        fields.put("finalisedAt", d.finalisedAt());
        return fields;
    }

    private static List<String> unjudged(ReviewDocument d, Charter charter) {
        Set<String> judged = new HashSet<>();
        d.judgements().stream().filter(j -> j.level() != null).forEach(j -> judged.add(j.itemId()));
        return charter.judgedItems().stream().map(Item::id).filter(id -> !judged.contains(id)).toList();
    }

    /** The review as the document records it, enough for the award rule (judgements, evidence, signatory). */
    static Review reviewOf(ReviewDocument d) {
        Map<String, Judgement> judgements = new HashMap<>();
        d.judgements().forEach(j -> judgements.put(j.itemId(), new Judgement(j.itemId(), j.level(), j.flagged())));
        Map<Integer, List<String>> links = new HashMap<>();
        d.evidenceLinks().forEach(l -> links.computeIfAbsent(l.evidence(), k -> new ArrayList<>()).add(l.itemId()));
        List<EvidenceFile> evidence = d.evidence().stream()
                .map(e -> new EvidenceFile(e.id(), e.sha256(), e.name(), e.size(), e.mediaType(), e.caption(),
                        e.internal(), e.metadataRemoved(), e.addedAt(), links.getOrDefault(e.id(), List.of())))
                .toList();
        return new Review(d.reviewId(), d.revision(), d.status(), null, null, d.visit().date(), d.visit().officers(),
                List.of(), judgements, List.of(), List.of(), List.of(), evidence, d.outcome(), null, d.awardedOn(),
                d.validUntil(), d.pledgeSignatories(), d.finalisedAt(), d.finalisedBy(), d.amendmentReason(), d.createdAt(),
                d.updatedAt());
    }

    /** The review with as many evidence files on every item as the charter's evidence rules ask for. */
    private static Review withEvidenceAssumed(Review review, Charter charter) {
        int needed = charter.awardRule().conditions().stream()
                .filter(c -> c instanceof AwardCondition.EveryItemHasEvidence)
                .mapToInt(c -> Math.max(1, ((AwardCondition.EveryItemHasEvidence) c).minimum()))
                .max().orElse(0);
        List<String> every = charter.judgedItems().stream().map(Item::id).toList();
        List<EvidenceFile> assumed = new ArrayList<>();
        for (int i = 0; i < needed; i++) {
            assumed.add(new EvidenceFile(-1 - i, "", "", 0, "", null, true, false, Instant.EPOCH, every));
        }
        return new Review(review.id(), review.revision(), review.status(), review.school(),
                review.charter(), review.visitDate(), review.officers(), review.participants(), review.judgements(),
                review.notes(), review.voices(), review.actions(), assumed, review.computedOutcome(), review.decision(),
                review.awardedOn(), review.validUntil(), review.signatories(), review.finalisedAt(), review.finalisedBy(),
                review.amendmentReason(), review.createdAt(), review.updatedAt());
    }
}
