package org.charterreviewer.certificate;

import java.util.Optional;

/**
 * Whether this install's officer may countersign a certificate: the point where review
 * moderation plugs in (it answers "approved" only for a revision a moderator approved in this install).
 */
public interface CountersignApproval {

    /** Empty when the review behind this intact certificate is approved here; otherwise why not, in plain words. */
    Optional<String> whyNotApproved(CertificateCheck check);
}
