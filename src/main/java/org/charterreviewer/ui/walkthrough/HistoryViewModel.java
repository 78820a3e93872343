package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.review.RevisionInfo;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.TaskExecutor;

/** The revisions of the review and who changed what, when — newest first, in sentences. */
public final class HistoryViewModel {

    private final ReviewSession session;
    private final ReviewHistory history;
    private final TaskExecutor tasks;
    private final ObservableList<String> revisions = FXCollections.observableArrayList();
    private final ObservableList<String> auditTrail = FXCollections.observableArrayList();
    private boolean shown;

    HistoryViewModel(ReviewSession session, ReviewHistory history, TaskExecutor tasks) {
        this.session = session;
        this.history = history;
        this.tasks = tasks;
        // Read again each time the writes so far are all stored, while the history is on screen.
        session.saveStateProperty().addListener((obs, before, state) -> {
            if (shown && state == ReviewSession.SaveState.SAVED) {
                refresh();
            }
        });
    }

    /** The history is on screen (true) or hidden: it is kept up to date only while shown. */
    public void setShown(boolean value) {
        shown = value;
        if (value) {
            session.flush();
            refresh();
        }
    }

    /** Reads the revisions and the audit trail in the background. */
    public void refresh() {
        if (session.getReview() == null) {
            return;
        }
        AuditSentences sentences = new AuditSentences(session.getCharter(), session.getReview());
        tasks.execute(BackgroundTask.of(tr("review.task.history"), monitor -> {
            List<String> revisionLines = history.revisions(session.reviewId()).stream()
                    .map(HistoryViewModel::revisionLine).toList();
            List<String> auditLines = new ArrayList<>(history.auditTrail(session.reviewId()).stream()
                    .map(sentences::sentence).toList());
            Collections.reverse(auditLines);
            return List.of(revisionLines, auditLines);
        }).notCancellable().onSuccess(lines -> {
            revisions.setAll(lines.get(0));
            auditTrail.setAll(lines.get(1));
        }));
    }

    private static String revisionLine(RevisionInfo info) {
        String base = info.finalisedAt() == null ? tr("review.revision.inProgress", info.revision())
                : info.finalisedBy() == null || info.finalisedBy().isBlank()
                        ? tr("review.revision.finalisedNoName", info.revision(), Dates.shortDayAndTime(info.finalisedAt()))
                        : tr("review.revision.finalised", info.revision(), Dates.shortDayAndTime(info.finalisedAt()),
                                info.finalisedBy());
        return info.amendmentReason() == null ? base : tr("review.revision.amended", base, info.amendmentReason());
    }

    public ObservableList<String> revisions() { return revisions; }
    public ObservableList<String> auditTrail() { return auditTrail; }
}
