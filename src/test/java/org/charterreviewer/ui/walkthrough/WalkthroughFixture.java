package org.charterreviewer.ui.walkthrough;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.ui.common.Navigator;
import org.charterreviewer.ui.common.TypingPause;
import org.charterreviewer.workspace.Workspace;

/** Test set-up for the walkthrough on a real workspace: a school, a started review, a navigator. */
final class WalkthroughFixture {

    static final String WOLVERHAMPTON = "wolverhampton-co-production-charter";
    static final String BCP = "bcp-co-production-pledge";

    private WalkthroughFixture() {
    }

    static Review startReview(Workspace workspace, String charterId) {
        return startReview(workspace, charterId, "Oak Hill Primary");
    }

    static Review startReview(Workspace workspace, String charterId, String schoolName) {
        long schoolId = workspace.schools().add(SchoolDraft.named(schoolName)).id();
        return workspace.reviews().start(new NewReview(schoolId, charterId, "1.0", LocalDate.of(2026, 11, 20),
                List.of("A. Officer"), List.of(new Participant("Head teacher", "Head teacher"),
                        new Participant("Pupils’ group", "School council, Years 5 and 6"))));
    }

    static Path png(Path dir, String name) {
        try {
            BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            image.setRGB(3, 3, 0xff0000);
            Path file = dir.resolve(name);
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Remembers whether the screen asked to go back to the list. */
    static final class FakeNavigator implements Navigator {
        int backToList;
        final List<UUID> opened = new ArrayList<>();

        @Override
        public void openReview(UUID reviewId) {
            opened.add(reviewId);
        }

        @Override
        public void showReviews() {
            backToList++;
        }
    }

    /** A typing pause the test ends: text waits until {@link #end()} or a flush, as in the app. */
    static final class HeldPause implements TypingPause {
        private Runnable whenQuiet;

        @Override
        public void restart(Runnable whenQuiet) {
            this.whenQuiet = whenQuiet;
        }

        @Override
        public void stop() {
            whenQuiet = null;
        }

        boolean running() {
            return whenQuiet != null;
        }

        void end() {
            Runnable run = whenQuiet;
            whenQuiet = null;
            if (run != null) {
                run.run();
            }
        }
    }
}
