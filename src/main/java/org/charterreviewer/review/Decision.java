package org.charterreviewer.review;

/** What the officer decided at the end of a review. */
public enum Decision {
    AWARDED,
    NOT_YET,
    DEFERRED
}
