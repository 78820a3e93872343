package org.charterreviewer.ui.reviews;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;

/**
 * A real workspace (with the bundled sample charters) on a clock the test can move, and quick ways
 * to add schools, start reviews and finalise awards through the services.
 */
final class ReviewsFixture implements AutoCloseable {

    static final String WOLVERHAMPTON = "wolverhampton-co-production-charter";
    static final String BCP = "bcp-co-production-pledge";
    static final Instant START = Instant.parse("2024-01-15T10:00:00Z");

    final MovableClock clock = new MovableClock(START);
    final Workspace workspace;

    ReviewsFixture(Path dir) {
        workspace = Workspace.open(WorkspaceOptions.at(dir).withClock(clock));
    }

    long school(String name, String urn) {
        SchoolDraft draft = new SchoolDraft(urn, name, null, null, null, null, null, null, null, "Wolverhampton",
                null, null, null, null, null);
        return workspace.schools().add(draft).id();
    }

    Review start(long schoolId, String charterId, LocalDate visit) {
        return workspace.reviews().start(new NewReview(schoolId, charterId, "1.0", visit, List.of("Officer One"),
                List.of(new Participant("Head teacher", null))));
    }

    /**
     * Finalises the review as awarded today: every item judged at the lowest level (an award needs
     * every item judged), awarded as an override with a reason.
     */
    Review award(Review review) {
        var charter = workspace.reviews().charterOf(review);
        String lowest = charter.scale().levels().get(0).id();
        charter.judgedItems().forEach(item -> workspace.reviews().judge(review.ref(), item.id(), lowest));
        workspace.reviews().recordDecision(review.ref(), Decision.AWARDED, "Awarded", "Test award");
        return workspace.reviews().finalise(review.ref());
    }

    /** The workspace's services as the main window hands them to the reviews screen. */
    ReviewsServices services() {
        return new ReviewsServices(workspace.reviews(), workspace.charters(), workspace.schools(), workspace.eraser(),
                () -> workspace.summary().reviews(), workspace.clock());
    }

    @Override
    public void close() {
        workspace.close();
    }

    /** A clock the test moves forward, to make awards near their end. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
