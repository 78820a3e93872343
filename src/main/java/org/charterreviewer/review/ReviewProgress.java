package org.charterreviewer.review;

import org.charterreviewer.charter.Charter;

/**
 * Where a review stands, worked out in memory from its charter and its current state: what is
 * still unjudged, unevidenced or flagged, and what the award rule gives, with its reasons. Cheap
 * enough to recompute after every change.
 */
public record ReviewProgress(Completeness completeness, Outcome outcome) {

    public static ReviewProgress of(Charter charter, Review review) {
        return new ReviewProgress(CompletenessCalculator.of(charter, review), new AwardEvaluator().evaluate(charter, review));
    }
}
