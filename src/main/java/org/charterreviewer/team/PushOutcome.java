package org.charterreviewer.team;

import java.util.List;

/**
 * What pushing one revision did: whether the council database already had it, how many other
 * versions of the same revision it holds (a conflict when more than none), and the certificate
 * numbers it refused because another review already uses them, and the SHA-256s of evidence
 * content neither side had (the server lacked it; this laptop had only its metadata), not sent.
 */
public record PushOutcome(boolean added, List<CouncilReview> otherVersions, List<String> clashingCertificates,
        List<String> contentMissing) {
}
