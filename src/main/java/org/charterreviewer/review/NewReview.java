package org.charterreviewer.review;

import java.time.LocalDate;
import java.util.List;

/** What is needed to start a review: the school, the charter version to pin, the visit and who took part. */
public record NewReview(long schoolId, String charterId, String charterVersion, LocalDate visitDate,
        List<String> officers, List<Participant> participants) {

    public NewReview {
        officers = List.copyOf(officers);
        participants = List.copyOf(participants);
    }
}
