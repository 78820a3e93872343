package org.charterreviewer.team;

/** Evidence content as sent to or read from the council database, named by its SHA-256. */
public record EvidenceBlob(String sha256, String mediaType, byte[] content) {
}
