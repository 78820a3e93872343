package org.charterreviewer.certificate;

import java.util.Optional;

/**
 * Whether this install's officer may countersign a certificate: the point where review
 * moderation plugs in. Once reviews carry moderation states, an implementation will answer
 * "approved" only for a review a moderator approved in this install; until then
 * {@link HeldAndFinalisedApproval} stands in.
 */
public interface CountersignApproval {

    /** Empty when the review behind this intact certificate is approved here; otherwise why not, in plain words. */
    Optional<String> whyNotApproved(CertificateCheck check);
}
