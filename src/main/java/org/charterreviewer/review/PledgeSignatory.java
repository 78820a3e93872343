package org.charterreviewer.review;

import java.time.LocalDate;

/** Who signed a pledge for the organisation, and whether their name and role may be published. */
public record PledgeSignatory(String name, String role, String organisation, LocalDate signedOn,
        boolean consentToPublish) {
}
