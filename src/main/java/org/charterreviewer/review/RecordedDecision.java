package org.charterreviewer.review;

/**
 * The officer's decision with its summary. {@code overrideReason} is set, and required, when the
 * decision differs from what the award rule computed.
 */
public record RecordedDecision(Decision decision, String summary, String overrideReason) {
}
