package org.charterreviewer.review;

/** Whether a review revision can still be changed (in progress) or is locked (finalised). */
public enum ReviewStatus {
    IN_PROGRESS,
    FINALISED;

    /** The name as typed on the command line and shown in lists: lower case, hyphenated. */
    public String cliName() {
        return CliNames.of(this);
    }

    /** Reads "in-progress", "IN_PROGRESS", "In Progress" alike; a plain message if it is none of the values. */
    public static ReviewStatus parse(String text) {
        return CliNames.parse(ReviewStatus.class, text);
    }
}
