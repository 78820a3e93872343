package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.school.SchoolField;

/**
 * The longest text each review field's database column holds (see the Flyway scripts), checked
 * before a value reaches the database: an over-long value would otherwise fail inside H2, whose
 * message quotes the value — what someone said — into the log. Text kept as CLOB has no limit.
 */
public final class ReviewFieldLimits {

    /** A limited field, with its column size and the words naming it. */
    public enum Field {
        OFFICERS(1000, "fieldLimit.officers"),
        PARTICIPANT_ROLE(200, "fieldLimit.participantRole"),
        PARTICIPANT_DESCRIPTION(1000, "fieldLimit.participantDescription"),
        SPEAKER_ROLE(200, "fieldLimit.speakerRole"),
        OWNER_ROLE(200, "fieldLimit.ownerRole"),
        EVIDENCE_NAME(500, "fieldLimit.evidenceName"),
        CAPTION(2000, "fieldLimit.caption"),
        MEDIA_TYPE(200, "fieldLimit.mediaType"),
        SIGNATORY_NAME(300, "fieldLimit.signatoryName"),
        SIGNATORY_ROLE(300, "fieldLimit.signatoryRole"),
        ORGANISATION(500, "fieldLimit.organisation"),
        FINALISED_BY(300, "fieldLimit.finalisedBy"),
        SCHOOL_NAME(SchoolField.NAME.maxLength(), "fieldLimit.schoolName"),
        SCHOOL_URN(SchoolField.URN.maxLength(), "fieldLimit.schoolUrn"),
        SCHOOL_ADDRESS(SchoolField.STREET.maxLength(), "fieldLimit.schoolAddress");

        private final int maxLength;
        private final String labelKey;

        Field(int maxLength, String labelKey) {
            this.maxLength = maxLength;
            this.labelKey = labelKey;
        }

        public int maxLength() {
            return maxLength;
        }
    }

    private ReviewFieldLimits() {
    }

    /** "The speaker’s role can be at most 200 characters." when {@code value} is too long. */
    public static Optional<String> problem(Field field, String value) {
        if (value == null || value.length() <= field.maxLength) {
            return Optional.empty();
        }
        return Optional.of(tr("fieldLimit.tooLong", tr(field.labelKey), field.maxLength));
    }

    /** Refuses a value too long for its column, with a plain message naming the field and the limit. */
    public static void require(Field field, String value) {
        problem(field, value).ifPresent(message -> {
            throw new InvalidInputException(message);
        });
    }

    static void requireOfficers(List<String> officers) {
        require(Field.OFFICERS, officersColumn(officers));
    }

    /** The officers as their one column holds them: one per line. */
    private static String officersColumn(List<String> officers) {
        return officers == null ? null : String.join("\n", officers);
    }

    static void requireParticipants(List<Participant> participants) {
        for (Participant p : participants) {
            require(Field.PARTICIPANT_ROLE, p.role());
            require(Field.PARTICIPANT_DESCRIPTION, p.description());
        }
    }

    static void requireSignatory(PledgeSignatory s) {
        if (s != null) {
            require(Field.SIGNATORY_NAME, s.name());
            require(Field.SIGNATORY_ROLE, s.role());
            require(Field.ORGANISATION, s.organisation());
        }
    }

    /** Every value of a review file too long for this data folder, each problem once. */
    static List<String> problems(ReviewDocument d) {
        List<String> problems = new ArrayList<>();
        check(problems, Field.SCHOOL_NAME, d.school().name());
        check(problems, Field.SCHOOL_URN, d.school().urn());
        check(problems, Field.SCHOOL_ADDRESS, d.school().address());
        check(problems, Field.OFFICERS, officersColumn(d.visit().officers()));
        d.participants().forEach(p -> {
            check(problems, Field.PARTICIPANT_ROLE, p.role());
            check(problems, Field.PARTICIPANT_DESCRIPTION, p.description());
        });
        d.voices().forEach(v -> check(problems, Field.SPEAKER_ROLE, v.speakerRole()));
        d.actions().forEach(a -> check(problems, Field.OWNER_ROLE, a.ownerRole()));
        d.evidence().forEach(e -> {
            check(problems, Field.EVIDENCE_NAME, e.name());
            check(problems, Field.CAPTION, e.caption());
            check(problems, Field.MEDIA_TYPE, e.mediaType());
        });
        d.allSignatories().forEach(s -> {
            check(problems, Field.SIGNATORY_NAME, s.name());
            check(problems, Field.SIGNATORY_ROLE, s.role());
            check(problems, Field.ORGANISATION, s.organisation());
        });
        check(problems, Field.FINALISED_BY, d.finalisedBy());
        d.revisions().forEach(r -> check(problems, Field.FINALISED_BY, r.finalisedBy()));
        return problems.stream().distinct().toList();
    }

    private static void check(List<String> problems, Field field, String value) {
        problem(field, value).ifPresent(problems::add);
    }
}
