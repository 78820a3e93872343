package org.charterreviewer.certificate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A made-up certificate's content, for checking the design and the signing end to end before a
 * real review exists (the hidden {@code certificate sample} command and tests).
 */
public final class SampleCertificates {

    public static final String DEFAULT_SCHOOL =
            "Ysgol Gymraeg Bro Ŵyl a Chylch Meithrin Tŷ’r “Dderwen” – Szkoła Łąki Żurawia";

    private SampleCertificates() {
    }

    public static CertificateContent charterStatus(String schoolName, String officerName, String officerRole,
            String councilName, Optional<byte[]> logo, String certificateNumber, LocalDate awardedOn) {
        return sample(CertificateKind.CHARTER_STATUS, schoolName, officerName, officerRole, councilName, logo,
                certificateNumber, awardedOn);
    }

    public static CertificateContent sample(CertificateKind kind, String schoolName, String officerName,
            String officerRole, String councilName, Optional<byte[]> logo, String certificateNumber,
            LocalDate awardedOn) {
        boolean pledge = kind == CertificateKind.PLEDGE_SIGNED;
        return new CertificateContent(councilName, logo, pledge ? "Early Years Co-Production Pledge" : "#YES Co-Production Charter Status",
                pledge ? "Committing to listen to young children and their families and to involve them in decisions about their care."
                        : "For showing that children and young people with SEND, and their families, are listened to, "
                        + "involved as equal partners, and see what changed because of what they said.",
                schoolName, pledge ? Optional.empty() : Optional.of("123456"),
                pledge ? "Early Years Co-Production Pledge" : "#YES Co-Production Charter", "2.1", awardedOn,
                awardedOn.plusYears(2), officerName, officerRole, certificateNumber,
                "sample", "3f4e5d6c7b8a99887766554433221100ffeeddccbbaa00112233445566778899",
                Optional.empty(), kind);
    }
}
