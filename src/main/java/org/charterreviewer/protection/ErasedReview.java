package org.charterreviewer.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a deletion takes from one review: the whole review (every revision with its notes, voices,
 * actions, judgements, signatory, certificate records and evidence) or only the evidence files listed.
 * {@code charter} is its id and version ("wolverhampton-yes 1.0", for scripts); {@code charterName} is
 * how an officer reads it ("#YES Charter — version 1.0").
 */
public record ErasedReview(UUID reviewId, long schoolId, String schoolName, String charter, String charterName,
        LocalDate visitDate,
        int revisions, boolean wholeReview, List<ErasedFile> files) {

    public ErasedReview {
        files = List.copyOf(files);
    }

    /** Bytes of evidence content that leave the database (content still used elsewhere stays). */
    public long bytesFreed() {
        return files.stream().filter(f -> !f.contentKept()).mapToLong(ErasedFile::sizeBytes).sum();
    }
}
