package org.charterreviewer.certificate;

import java.util.Optional;
import org.charterreviewer.i18n.Messages;

/**
 * The approval rule until reviews have moderation states: a certificate may be countersigned when
 * this install holds the finalised review revision it was issued for (usually imported from the
 * officer's bundle), so the moderator can have read what they vouch for. {@link
 * CertificateService#check} only matches a certificate to a revision issued here or to a finalised
 * revision whose review file is byte for byte the one the certificate names, so a match is enough.
 */
public final class HeldAndFinalisedApproval implements CountersignApproval {

    @Override
    public Optional<String> whyNotApproved(CertificateCheck check) {
        return check.match().isPresent() ? Optional.empty()
                : Optional.of(Messages.tr("certificate.countersign.notHeld"));
    }
}
