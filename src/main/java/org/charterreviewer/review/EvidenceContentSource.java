package org.charterreviewer.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where an import finds the content of evidence files that are not yet in the data folder. */
@FunctionalInterface
public interface EvidenceContentSource {

    EvidenceContentSource NONE = sha256 -> Optional.empty();

    /** A file holding the content with this SHA-256, if this source has it. */
    Optional<Path> find(String sha256);

    /** Content files named by their SHA-256 in {@code folder} (the layout {@code review export} writes). */
    static EvidenceContentSource folder(Path folder) {
        return sha256 -> {
            Path file = folder.resolve(sha256);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        };
    }
}
