package org.charterreviewer.report;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.storage.AtomicFileWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the review report of any review, finalised or not (a draft is marked as such on every
 * page), to a PDF file written under a temporary name and moved into place only when complete.
 */
public final class ReviewReportService {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewReportService.class);

    private final ReviewService reviews;
    private final EvidenceService evidence;
    private final Clock clock;
    private final ReviewReportRenderer renderer = new ReviewReportRenderer();
    private final Function<Review, List<String>> moderation;

    public ReviewReportService(ReviewService reviews, EvidenceService evidence, Clock clock) {
        this(reviews, evidence, clock, review -> List.of());
    }

    /** @param moderation the sentences that say how a revision was moderated (none when it was not) */
    public ReviewReportService(ReviewService reviews, EvidenceService evidence, Clock clock,
            Function<Review, List<String>> moderation) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.clock = clock;
        this.moderation = moderation;
    }

    /**
     * Writes the report of {@code reviewId} (the latest revision, or {@code revision}) to {@code out}.
     * A plain message for an unknown review or revision or a file that cannot be written; cancelling
     * through {@code monitor} leaves no file behind. Returns the absolute path written.
     */
    public Path export(UUID reviewId, Optional<Integer> revision, Path out, ProgressMonitor monitor) {
        if (out.getFileName() == null || Files.isDirectory(out)) {
            throw new InvalidInputException(tr("report.error.notAFile", out));
        }
        monitor.message(tr("report.progress.reading"));
        ReviewReport report = gather(reviewId, revision, monitor);
        monitor.message(tr("report.progress.drawing"));
        try {
            Path written = AtomicFileWriter.write(out, stream -> renderer.render(report, stream, monitor));
            LOG.info("Review report written for revision {} of a review", report.review().revision());
            return written;
        } catch (IOException e) {
            throw new InvalidInputException(tr("report.error.cannotWrite", out), e);
        }
    }

    /** What the report of a review shows, without drawing it. */
    public ReviewReport gather(UUID reviewId, Optional<Integer> revision, ProgressMonitor monitor) {
        Review review = revision.map(r -> reviews.revision(reviewId, r)).orElseGet(() -> reviews.latest(reviewId));
        Charter charter = reviews.charterOf(review);
        Map<Long, byte[]> thumbnails = new LinkedHashMap<>();
        for (EvidenceFile file : review.evidence()) {
            monitor.checkCancelled();
            if (file.isImage() && !file.internal()) {
                evidence.thumbnail(file.sha256(), ReviewReportRenderer.THUMBNAIL_PIXELS)
                        .ifPresent(png -> thumbnails.put(file.id(), png));
            }
        }
        return new ReviewReport(review, charter, reviews.evaluate(review), thumbnails, LocalDate.now(clock),
                moderation.apply(review));
    }
}
