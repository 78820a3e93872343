package org.charterreviewer.review;

/**
 * One line of the explanation of an outcome, in the charter's own words ("Communication: 2 of 5
 * statements below Established"). {@code sectionId} is null for findings about the whole charter.
 */
public record Finding(boolean passed, String sectionId, String text) {
}
