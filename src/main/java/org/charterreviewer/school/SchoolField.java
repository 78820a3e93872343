package org.charterreviewer.school;

/** The fields of a school an officer can edit; validation problems are reported per field. */
public enum SchoolField {
    URN(20), NAME(500), LOCAL_AUTHORITY(200), ESTABLISHMENT_TYPE(200), PHASE(100), ESTABLISHMENT_STATUS(100),
    STREET(300), LOCALITY(300), ADDRESS3(300), TOWN(200), COUNTY(200), POSTCODE(20), WEBSITE(500),
    TELEPHONE(50), HEAD_TEACHER(300);

    private final int maxLength;

    SchoolField(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The longest text the database column holds. */
    public int maxLength() {
        return maxLength;
    }
}
