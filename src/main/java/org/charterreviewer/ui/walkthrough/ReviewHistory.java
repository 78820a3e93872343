package org.charterreviewer.ui.walkthrough;

import java.util.List;
import java.util.UUID;
import org.charterreviewer.audit.AuditEntry;
import org.charterreviewer.review.RevisionInfo;

/** The revisions of a review and its audit trail, as stored; read in the background. */
public interface ReviewHistory {

    List<RevisionInfo> revisions(UUID reviewId);

    List<AuditEntry> auditTrail(UUID reviewId);
}
