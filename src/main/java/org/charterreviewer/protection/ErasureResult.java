package org.charterreviewer.protection;

/** What a deletion removed, and the size of the database file before and after compaction. */
public record ErasureResult(boolean schoolDeleted, int reviewsDeleted, int evidenceRowsDeleted, int contentDeleted,
        long fileBytesBefore, long fileBytesAfter) {
}
