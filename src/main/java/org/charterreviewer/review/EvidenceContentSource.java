package org.charterreviewer.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where an import finds the content of evidence files that are not yet in the data folder. */
@FunctionalInterface
public interface EvidenceContentSource {

    EvidenceContentSource NONE = sha256 -> Optional.empty();

    /**
     * No content now: each file's SHA-256, size and media type are recorded and its bytes fetched
     * when first opened (reviews pulled from the council database).
     */
    EvidenceContentSource FETCHED_WHEN_OPENED = new EvidenceContentSource() {
        @Override
        public Optional<Path> find(String sha256) {
            return Optional.empty();
        }

        @Override
        public boolean fetchedWhenOpened() {
            return true;
        }
    };

    /** A file holding the content with this SHA-256, if this source has it. */
    Optional<Path> find(String sha256);

    /** Whether content this source lacks may be recorded now and fetched when first opened. */
    default boolean fetchedWhenOpened() {
        return false;
    }

    /** Content files named by their SHA-256 in {@code folder} (the layout {@code review export} writes). */
    static EvidenceContentSource folder(Path folder) {
        return sha256 -> {
            Path file = folder.resolve(sha256);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        };
    }
}
