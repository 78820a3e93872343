package org.charterreviewer.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewFixtures;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.review.SchoolRef;
import org.junit.jupiter.api.Test;

/** The in-memory editor keeps revisions as the database editor does, with the same rules. */
class InMemoryReviewEditorTest {

    final Charter charter = ReviewFixtures.wolverhampton();
    final InMemoryReviewEditor editor = new InMemoryReviewEditor(
            Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC), "Officer One", charter);
    final Review started = editor.start(charter, new SchoolRef(1, "Low Hill Nursery School", "103986", null));

    @Test
    void changesAreKeptInOrderAndRefusedOnesChangeNothing() {
        RevisionRef ref = started.ref();
        editor.apply(ref, new ReviewChange.Judge("p1", "established"));
        assertThatThrownBy(() -> editor.apply(ref, new ReviewChange.Judge("p1", "superb")))
                .isInstanceOf(InvalidInputException.class);
        editor.failNextApply(new IllegalStateException("disk full"));
        assertThatThrownBy(() -> editor.apply(ref, new ReviewChange.Judge("p2", "emerging")))
                .hasMessage("disk full");
        assertThat(editor.latest(ref.reviewId()).levelOf("p1")).contains("established");
        assertThat(editor.latest(ref.reviewId()).levelOf("p2")).isEmpty();
        assertThat(editor.applied()).containsExactly(new ReviewChange.Judge("p1", "established"));
    }

    @Test
    void amendingOpensTheNextRevisionAndKeepsTheFinalisedOneAsItWas() {
        RevisionRef ref = started.ref();
        editor.attach(ref, new EvidenceFile(1, "a".repeat(64), "minutes.pdf", 10, "application/pdf", null, false,
                false, Instant.EPOCH, charter.judgedItems().stream().map(Item::id).toList()));
        for (Item item : charter.judgedItems()) {
            editor.apply(ref, new ReviewChange.Judge(item.id(), "established"));
        }
        editor.apply(ref, new ReviewChange.RecordDecision(Decision.AWARDED, "Well done", null));
        Review finalised = editor.apply(ref, new ReviewChange.Finalise());
        Review amended = editor.apply(ref, new ReviewChange.Amend("Visit date was wrong"));

        assertThat(amended.ref()).isEqualTo(new RevisionRef(ref.reviewId(), 2));
        assertThat(editor.latest(ref.reviewId())).isEqualTo(amended);
        assertThat(editor.revision(ref)).isEqualTo(finalised);
        assertThat(editor.revision(ref).status()).isEqualTo(ReviewStatus.FINALISED);
        editor.apply(amended.ref(), new ReviewChange.RecordDecision(Decision.NOT_YET, null, "Changed my mind"));
        editor.apply(amended.ref(), new ReviewChange.Finalise());
        assertThatThrownBy(() -> editor.apply(ref, new ReviewChange.Amend("again")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Only the latest revision of a review can be amended; this is revision 1 of 2.");
    }

    @Test
    void anUnknownReviewOrRevisionIsAPlainMessage() {
        assertThatThrownBy(() -> editor.latest(UUID.randomUUID())).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("There is no review");
        assertThatThrownBy(() -> editor.apply(started.ref().next(), new ReviewChange.Flag("p1", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has no revision 2");
        assertThat(List.of(editor.latest(started.id()))).containsExactly(started);
    }
}
