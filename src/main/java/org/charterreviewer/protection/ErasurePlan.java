package org.charterreviewer.protection;

import java.util.List;

/**
 * Exactly what a deletion will remove, shown to the officer before anything is deleted: a school
 * (when {@code schoolId} is not null), whole reviews, and evidence files of reviews that stay.
 * {@link DataEraser#erase} removes what the plan lists and nothing else.
 */
public record ErasurePlan(Long schoolId, String schoolName, List<ErasedReview> reviews) {

    public ErasurePlan {
        reviews = List.copyOf(reviews);
    }

    public static ErasurePlan ofReviews(List<ErasedReview> reviews) {
        return new ErasurePlan(null, null, reviews);
    }

    public boolean isEmpty() {
        return schoolId == null && reviews.isEmpty();
    }

    public int wholeReviews() {
        return (int) reviews.stream().filter(ErasedReview::wholeReview).count();
    }

    public int files() {
        return reviews.stream().mapToInt(r -> r.files().size()).sum();
    }

    /** Bytes of stored content the plan frees, each content once however many files share it. */
    public long bytesFreed() {
        java.util.Map<String, Long> freed = new java.util.HashMap<>();
        reviews.stream().flatMap(r -> r.files().stream()).filter(f -> !f.contentKept())
                .forEach(f -> freed.put(f.sha256(), f.sizeBytes()));
        return freed.values().stream().mapToLong(Long::longValue).sum();
    }
}
