package org.charterreviewer.review;

import java.time.LocalDate;

/** A follow-up action agreed with the school: what, who by role, by when, and whether it is done. */
public record FollowUpAction(long id, String itemId, String description, String ownerRole, LocalDate dueDate,
        boolean done) {
}
