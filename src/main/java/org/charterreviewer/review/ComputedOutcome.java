package org.charterreviewer.review;

/** Whether the charter's award rule was met when the review was finalised. */
public enum ComputedOutcome {
    MET,
    NOT_MET;

    public static ComputedOutcome of(boolean met) {
        return met ? MET : NOT_MET;
    }

    /** The decision that follows from this outcome when the officer does not override it. */
    public Decision expectedDecision() {
        return this == MET ? Decision.AWARDED : Decision.NOT_YET;
    }
}
