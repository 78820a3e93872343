package org.charterreviewer.review;

import java.time.LocalDate;

/**
 * Which reviews to list; every null field means "any". Dates filter on the visit date, inclusive.
 */
public record ReviewFilter(Long schoolId, String charterId, ReviewStatus status, LocalDate from, LocalDate to) {

    public static ReviewFilter all() {
        return new ReviewFilter(null, null, null, null, null);
    }
}
