package org.charterreviewer.ui.review;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.Navigator;
import org.charterreviewer.workspace.Workspace;

/** Test set-up for the walkthrough: a school, a started review, fake dialogs and executors. */
final class WalkthroughFixture {

    static final String WOLVERHAMPTON = "wolverhampton-co-production-charter";
    static final String BCP = "bcp-co-production-pledge";

    private WalkthroughFixture() {
    }

    static Review startReview(Workspace workspace, String charterId) {
        long schoolId = workspace.schools().add(SchoolDraft.named("Oak Hill Primary")).id();
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

    /** Answers dialogs from prepared replies and remembers what was shown. */
    static final class FakeDialogs implements DialogService {
        final List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> confirmations = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<Path> opened = new ArrayList<>();
        final Deque<String> textAnswers = new ArrayDeque<>();
        List<Path> filesToOpen = List.of();
        boolean confirmAnswer = true;

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void showErrorList(String title, String message, List<String> details) {
            errors.add(message);
            errors.addAll(details);
        }

        @Override
        public void showInformation(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            confirmations.add(title + ": " + message);
            return confirmAnswer;
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initial) {
            return Optional.ofNullable(textAnswers.poll());
        }

        @Override
        public List<Path> chooseFilesToOpen(String title, String filterDescription, String... patterns) {
            return filesToOpen;
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription,
                String... patterns) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }

        @Override
        public void openInSystemViewer(Path file) {
            opened.add(file);
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
}
