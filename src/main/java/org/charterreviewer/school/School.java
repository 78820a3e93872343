package org.charterreviewer.school;

/**
 * A school or other setting in the register, as stored. A nursery or setting may have no URN
 * ({@code urn} is then null); every text field but the name may be null.
 */
public record School(long id, String urn, String name, String localAuthority, String establishmentType,
        String phase, String establishmentStatus, String street, String locality, String address3, String town,
        String county, String postcode, String website, String telephone, String headTeacher, boolean archived) {

    /** What an officer would edit, for the add/edit form and for comparing with an import. */
    public SchoolDraft toDraft() {
        return new SchoolDraft(urn, name, localAuthority, establishmentType, phase, establishmentStatus, street,
                locality, address3, town, county, postcode, website, telephone, headTeacher);
    }

    /** The address on one line, skipping empty parts. */
    public String addressLine() {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {street, locality, address3, town, county, postcode}) {
            if (part != null && !part.isBlank()) {
                if (line.length() > 0) {
                    line.append(", ");
                }
                line.append(part);
            }
        }
        return line.toString();
    }
}
