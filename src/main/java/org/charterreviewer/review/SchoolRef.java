package org.charterreviewer.review;

/** The school a review is about, as a review shows it. {@code urn} is null for settings without one. */
public record SchoolRef(long schoolId, String name, String urn, String addressSummary) {
}
