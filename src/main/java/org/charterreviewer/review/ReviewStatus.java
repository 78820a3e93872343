package org.charterreviewer.review;

/** Whether a review revision can still be changed (in progress) or is locked (finalised). */
public enum ReviewStatus {
    IN_PROGRESS,
    FINALISED
}
