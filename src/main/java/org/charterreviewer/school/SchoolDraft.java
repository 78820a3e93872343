package org.charterreviewer.school;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;

/**
 * A school as typed into the add/edit form or read from an import, before it is stored. Blank
 * fields mean "not known". {@link #normalised()} tidies it (trims, upper-cases and spaces the
 * postcode); {@link #problems()} says, per field and in plain words, what cannot be stored.
 */
public record SchoolDraft(String urn, String name, String localAuthority, String establishmentType, String phase,
        String establishmentStatus, String street, String locality, String address3, String town, String county,
        String postcode, String website, String telephone, String headTeacher) {

    private static final Pattern URN = Pattern.compile("\\d{1,10}");
    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}\\d[A-Z\\d]?)(\\d[A-Z]{2})");
    private static final Pattern WEBSITE = Pattern.compile("(?i)(https?://)?[^\\s/.]+(\\.[^\\s/.]+)+(/\\S*)?");
    private static final Pattern TELEPHONE = Pattern.compile("[+()\\d][\\d ()+\\-.]*(\\s*(ext|x)\\.?\\s*\\d+)?",
            Pattern.CASE_INSENSITIVE);

    /** A draft with only a name, for tests and quick adds. */
    public static SchoolDraft named(String name) {
        return new SchoolDraft(null, name, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /**
     * A school as a review file or bundle describes it: a name, maybe a URN, and one address line
     * ("1 Acorn Lane, Wolverhampton, WV99 9ZZ", as a review shows it). The line is split back into
     * street, town and postcode when it ends with a UK postcode, so the school can be found by
     * postcode and town like any other; otherwise it is kept whole as the street.
     */
    public static SchoolDraft fromReviewFile(String name, String urn, String address) {
        String street = clean(address);
        String town = null;
        String postcode = null;
        if (street != null) {
            List<String> parts = new ArrayList<>(List.of(street.split("\\s*,\\s*")));
            String last = parts.get(parts.size() - 1);
            if (parts.size() > 1 && POSTCODE.matcher(last.toUpperCase(Locale.ROOT).replace(" ", "")).matches()) {
                postcode = last;
                parts.remove(parts.size() - 1);
                if (parts.size() > 1) {
                    town = parts.remove(parts.size() - 1);
                }
                street = String.join(", ", parts);
            }
        }
        return new SchoolDraft(urn, name, null, null, null, null, street, null, null, town, null, postcode, null, null,
                null).normalised();
    }

    /** Trimmed, blanks as null, the URN without spaces and a UK postcode as "SW1A 1AA". */
    public SchoolDraft normalised() {
        String cleanUrn = clean(urn);
        return new SchoolDraft(cleanUrn == null ? null : cleanUrn.replace(" ", ""), clean(name),
                clean(localAuthority), clean(establishmentType), clean(phase), clean(establishmentStatus),
                clean(street), clean(locality), clean(address3), clean(town), clean(county),
                normalisePostcode(postcode), clean(website), clean(telephone), clean(headTeacher));
    }

    /** The problems of the normalised draft, per field; empty when it can be stored. */
    public Map<SchoolField, String> problems() {
        SchoolDraft d = normalised();
        Map<SchoolField, String> problems = new EnumMap<>(SchoolField.class);
        if (d.name == null) {
            problems.put(SchoolField.NAME, Messages.tr("school.problem.nameRequired"));
        }
        if (d.urn != null && !URN.matcher(d.urn).matches()) {
            problems.put(SchoolField.URN, Messages.tr("school.problem.urnDigits"));
        }
        if (d.postcode != null && !POSTCODE.matcher(d.postcode.replace(" ", "")).matches()) {
            problems.put(SchoolField.POSTCODE, Messages.tr("school.problem.postcode"));
        }
        if (d.website != null && !WEBSITE.matcher(d.website).matches()) {
            problems.put(SchoolField.WEBSITE, Messages.tr("school.problem.website"));
        }
        if (d.telephone != null && (!TELEPHONE.matcher(d.telephone).matches()
                || d.telephone.chars().filter(Character::isDigit).count() < 6)) {
            problems.put(SchoolField.TELEPHONE, Messages.tr("school.problem.telephone"));
        }
        for (SchoolField field : SchoolField.values()) {
            String value = d.get(field);
            if (value != null && value.length() > field.maxLength() && !problems.containsKey(field)) {
                problems.put(field, Messages.tr("school.problem.tooLong", field.maxLength()));
            }
        }
        return problems;
    }

    /** The normalised draft, or an {@link InvalidInputException} listing every problem. */
    public SchoolDraft validated() {
        Map<SchoolField, String> problems = problems();
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(Messages.tr("school.problem.heading"));
            problems.forEach((field, problem) -> message.append("\n  ")
                    .append(Messages.tr("school.field." + field.name().toLowerCase(Locale.ROOT)))
                    .append(": ").append(problem));
            throw new InvalidInputException(message.toString());
        }
        return normalised();
    }

    /** The value of one field. */
    public String get(SchoolField field) {
        return switch (field) {
            case URN -> urn;
            case NAME -> name;
            case LOCAL_AUTHORITY -> localAuthority;
            case ESTABLISHMENT_TYPE -> establishmentType;
            case PHASE -> phase;
            case ESTABLISHMENT_STATUS -> establishmentStatus;
            case STREET -> street;
            case LOCALITY -> locality;
            case ADDRESS3 -> address3;
            case TOWN -> town;
            case COUNTY -> county;
            case POSTCODE -> postcode;
            case WEBSITE -> website;
            case TELEPHONE -> telephone;
            case HEAD_TEACHER -> headTeacher;
        };
    }

    /** A draft built from one value per field (missing fields are null). */
    public static SchoolDraft of(Map<SchoolField, String> values) {
        return new SchoolDraft(values.get(SchoolField.URN), values.get(SchoolField.NAME),
                values.get(SchoolField.LOCAL_AUTHORITY), values.get(SchoolField.ESTABLISHMENT_TYPE),
                values.get(SchoolField.PHASE), values.get(SchoolField.ESTABLISHMENT_STATUS),
                values.get(SchoolField.STREET), values.get(SchoolField.LOCALITY), values.get(SchoolField.ADDRESS3),
                values.get(SchoolField.TOWN), values.get(SchoolField.COUNTY), values.get(SchoolField.POSTCODE),
                values.get(SchoolField.WEBSITE), values.get(SchoolField.TELEPHONE),
                values.get(SchoolField.HEAD_TEACHER));
    }

    /** Upper case with one space before the inward code when it is a UK postcode; else just trimmed. */
    static String normalisePostcode(String raw) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        var matcher = POSTCODE.matcher(compact);
        return matcher.matches() ? matcher.group(1) + " " + matcher.group(2) : value.toUpperCase(Locale.ROOT);
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        // Called for every field of every imported row: only reach for a regex when needed.
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || trimmed.charAt(i + 1) == ' ')) {
                return trimmed.replaceAll("\\s+", " ");
            }
        }
        return trimmed;
    }
}
