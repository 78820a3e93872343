package org.charterreviewer.review;

/** What the officer decided at the end of a review. */
public enum Decision {
    AWARDED,
    NOT_YET,
    DEFERRED;

    /** The name as typed on the command line and shown in lists: lower case, hyphenated. */
    public String cliName() {
        return CliNames.of(this);
    }

    /** Reads "in-progress", "IN_PROGRESS", "In Progress" alike; a plain message if it is none of the values. */
    public static Decision parse(String text) {
        return CliNames.parse(Decision.class, text);
    }
}
