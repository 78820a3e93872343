package org.charterreviewer.protection;

/**
 * The data folder's retention rule: evidence files are deleted {@code evidenceYears} after the
 * review's visit date, whole finalised reviews {@code reviewYears} after their valid-until date (or
 * their visit date when nothing was awarded). Null means that part of the rule is off (the default).
 */
public record RetentionSettings(Integer evidenceYears, Integer reviewYears) {

    public boolean isOff() {
        return evidenceYears == null && reviewYears == null;
    }
}
