package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.Review;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * Which files of the review shown are still on the council database (pulled as a name and size,
 * fetched when first opened). Asked in the background, once for the review's whole list of files,
 * and again only when that list changes or a file was opened, not on every edit.
 */
final class EvidenceOnCouncil {

    private final PendingEvidence lookup;
    private final TaskExecutor quiet;
    private final ReadOnlyObjectWrapper<Set<String>> pending = new ReadOnlyObjectWrapper<>(Set.of());
    /** The files last asked about; null when the next review must be asked about whatever it holds. */
    private Set<String> asked;

    EvidenceOnCouncil(ReviewSession session, PendingEvidence lookup, TaskExecutor quiet) {
        this.lookup = lookup;
        this.quiet = quiet;
        session.reviewProperty().addListener((obs, before, after) -> ask(after));
    }

    private void ask(Review review) {
        Set<String> files = review == null ? Set.of()
                : review.evidence().stream().map(EvidenceFile::sha256).collect(Collectors.toUnmodifiableSet());
        if (files.equals(asked)) {
            return;
        }
        asked = files;
        if (files.isEmpty()) {
            pending.set(Set.of());
            return;
        }
        quiet.execute(BackgroundTask.of(tr("review.evidence.onCouncil.checking"), monitor -> lookup.among(files))
                .notCancellable()
                .onSuccess(found -> {
                    // A newer list may have been asked about meanwhile: its answer is the one to show.
                    if (files.equals(asked)) {
                        pending.set(Set.copyOf(found));
                    }
                }));
    }

    /** A file was opened, so its content is here now (or it failed and is still there: asked again). */
    void opened(Review review) {
        asked = null;
        ask(review);
    }

    boolean isPending(EvidenceFile file) {
        return pending.get().contains(file.sha256());
    }

    ReadOnlyObjectProperty<Set<String>> pendingProperty() {
        return pending.getReadOnlyProperty();
    }
}
