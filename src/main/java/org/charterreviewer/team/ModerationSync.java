package org.charterreviewer.team;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiFunction;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.moderation.Moderation;
import org.charterreviewer.moderation.ModerationRelay;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.team.store.CouncilModerationStore;
import org.charterreviewer.team.store.TeamStore;

/**
 * Moderation through the council database, run after the reviews in each sync (so the revisions
 * it names are there on both sides): this laptop's submissions and decisions go up, other
 * laptops' come down and are recorded as a decision file's would be. Every step is idempotent, and
 * marks move only after a step is recorded, so a sync stopped anywhere carries on next time.
 */
final class ModerationSync {

    /** Marks: how far the council's submissions and decisions were read (change numbers). */
    static final String SUBMISSIONS = "moderation-submissions";
    static final String DECISIONS = "moderation-decisions";
    /** Not a change number: the time (microseconds since 1970) of the last decision made here and sent. */
    static final String DECISIONS_SENT = "moderation-decisions-sent-at";
    private static final int PAGE = 100;

    private final TeamStore local;
    private final ModerationRelay relay;

    ModerationSync(TeamStore local, ModerationRelay relay) {
        this.local = local;
        this.relay = relay;
    }

    void sync(CouncilModerationStore council, ProgressMonitor monitor, SyncTally tally) {
        for (Moderation submission : relay.ownUndecided()) {
            monitor.checkCancelled();
            if (council.pushSubmission(submission)) {
                tally.moderationsPushed++;
            }
        }
        pushDecisions(council, monitor, tally);
        pull(SUBMISSIONS, council::submissionsAfter, true, monitor, tally);
        pull(DECISIONS, council::decisionsAfter, false, monitor, tally);
    }

    private void pushDecisions(CouncilModerationStore council, ProgressMonitor monitor, SyncTally tally) {
        long sentUpTo = local.mark(DECISIONS_SENT);
        for (Moderation decision : relay.decidedHereAfter(Instant.EPOCH.plus(sentUpTo, ChronoUnit.MICROS))) {
            monitor.checkCancelled();
            switch (council.pushDecision(decision)) {
                case ADDED -> tally.moderationsPushed++;
                case DECIDED_BY_ANOTHER -> tally.problems.add(tr("team.moderation.decidedByAnother",
                        decision.reviewId().toString(), decision.revision()));
                case REFUSED_OWN_REVIEW -> tally.problems.add(tr("team.moderation.ownReviewRefused",
                        decision.reviewId().toString(), decision.revision()));
                case ALREADY_THERE, NOT_SUBMITTED_THERE -> {
                    // Nothing to send: there already, or moderated by bundle outside the council database.
                }
            }
            local.setMark(DECISIONS_SENT, ChronoUnit.MICROS.between(Instant.EPOCH, decision.decidedAt()));
        }
    }

    /** Reads one of the council's lists past this laptop's mark, in change order, recording each step. */
    private void pull(String markKey, BiFunction<Long, Integer, List<CouncilModeration>> after, boolean submissions,
            ProgressMonitor monitor, SyncTally tally) {
        long mark = local.mark(markKey);
        for (List<CouncilModeration> page = after.apply(mark, PAGE); !page.isEmpty(); page = after.apply(mark, PAGE)) {
            for (CouncilModeration row : page) {
                monitor.checkCancelled();
                if (!receive(row, submissions, tally)) {
                    return;
                }
                local.setMark(markKey, row.changeNo());
                mark = row.changeNo();
            }
        }
    }

    /**
     * Records one step. False (read no further) when its revision is not here yet: it was finalised
     * after this sync pulled reviews, and the next sync pulls it first. One that does not hold here
     * (other content, the officer's own review) is reported and passed, never stops the sync.
     */
    private boolean receive(CouncilModeration row, boolean submission, SyncTally tally) {
        try {
            ModerationRelay.Received received = submission ? relay.receiveSubmission(row.moderation())
                    : relay.receiveDecision(row.moderation());
            if (received == ModerationRelay.Received.RECORDED) {
                tally.moderationsPulled++;
            }
            return received != ModerationRelay.Received.NOT_HELD;
        } catch (InvalidInputException e) {
            tally.problems.add(tr("team.moderation.notRecorded", row.moderation().reviewId().toString(),
                    row.moderation().revision(), e.getMessage()));
            return true;
        }
    }
}
