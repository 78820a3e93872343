package org.charterreviewer.ui.protection;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.List;
import java.util.stream.Collectors;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.i18n.Sizes;
import org.charterreviewer.protection.ErasedFile;
import org.charterreviewer.protection.ErasedReview;
import org.charterreviewer.protection.ErasurePlan;

/**
 * What a retention preview deletes, one line per review, as an officer reads it: the school, the
 * charter by its title, the visit date and the files by name. The command line prints ids for
 * scripts; the window never shows one.
 */
final class RetentionLines {

    private RetentionLines() {
    }

    static List<String> of(ErasurePlan plan) {
        return plan.reviews().stream().map(review -> line(review, review.charterName())).toList();
    }

    static String line(ErasedReview review, String charter) {
        String visit = review.visitDate() == null ? tr("retentionDialog.noVisit") : Dates.day(review.visitDate());
        String files = review.files().stream().map(RetentionLines::file).collect(Collectors.joining(", "));
        if (review.wholeReview()) {
            return tr("retentionDialog.line.whole", review.schoolName(), charter, visit, review.revisions(),
                    review.files().size()) + (files.isEmpty() ? "" : ": " + files);
        }
        return tr("retentionDialog.line.files", review.schoolName(), charter, visit, review.files().size()) + ": " + files;
    }

    private static String file(ErasedFile file) {
        return file.contentKept() ? tr("retentionDialog.fileKept", file.name())
                : tr("retentionDialog.file", file.name(), Sizes.format(file.sizeBytes()));
    }
}
