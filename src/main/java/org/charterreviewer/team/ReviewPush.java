package org.charterreviewer.team;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything one finalised revision takes to the council database, written there in one
 * transaction: the review file, the evidence content the server lacks (read only when asked
 * for; empty when this laptop has only the file's metadata, pulled and never opened), the
 * certificate numbers issued for it and its audit entries.
 */
public record ReviewPush(CouncilReview review, Set<String> evidenceSha256s,
        Function<String, Optional<EvidenceBlob>> content,
        List<CouncilCertificate> certificates, List<CouncilAuditEntry> audit) {
}
