package org.charterreviewer.ui.walkthrough;

import java.nio.file.Path;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.Review;

/**
 * Attaches one file to an item of a review: its content streamed in, photo details removed, and the
 * attach recorded as a change of the review. Given by the composition root from the evidence service.
 */
@FunctionalInterface
public interface EvidenceAttacher {

    void attach(Review review, Path file, String itemId, ProgressMonitor monitor);
}
