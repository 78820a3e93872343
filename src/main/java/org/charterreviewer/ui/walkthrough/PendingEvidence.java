package org.charterreviewer.ui.walkthrough;

import java.util.Collection;
import java.util.Set;

/**
 * Which evidence files of a review are still on the council database (pulled as a name and size,
 * fetched when first opened), asked once for the review's whole list of files.
 */
@FunctionalInterface
public interface PendingEvidence {

    /** No council database: every file's content is here. */
    PendingEvidence NONE = sha256s -> Set.of();

    /** The SHA-256s among {@code sha256s} whose content is not yet on this laptop. */
    Set<String> among(Collection<String> sha256s);
}
