package org.charterreviewer.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.school.School;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewReviewViewModelTest {

    @TempDir
    Path dir;

    ReviewsFixture fixture;
    ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    RecordingNavigator navigator = new RecordingNavigator();
    AtomicInteger refreshed = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    NewReviewViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = new ReviewsFixture(dir.resolve("data"));
        viewModel = new NewReviewViewModel(fixture.services(), tasks, navigator, refreshed::incrementAndGet);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void startsAReviewWithTheChosenSchoolCharterVersionVisitAndRolesThenOpensIt() {
        fixture.school("Low Hill Nursery School", "103986");
        fixture.school("Oakfield Primary", "104000");
        viewModel.load();
        assertThat(viewModel.charters()).extracting(CharterOption::id).contains(ReviewsFixture.WOLVERHAMPTON);
        assertThat(viewModel.visitDateProperty().get()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(viewModel.schoolResults()).hasSize(2);

        viewModel.schoolSearchProperty().set("oak");
        assertThat(viewModel.schoolResults()).extracting(School::name).containsExactly("Oakfield Primary");
        assertThat(viewModel.schoolProperty().get().name()).isEqualTo("Oakfield Primary");

        viewModel.charterProperty().set(viewModel.charters().stream()
                .filter(c -> c.id().equals(ReviewsFixture.WOLVERHAMPTON)).findFirst().orElseThrow());
        viewModel.officersProperty().set("Sam Patel, Jo Reid ,");
        viewModel.addParticipant().roleProperty().set("Pupils’ group / school council");
        viewModel.participants().get(1).descriptionProperty().set("6 pupils from Years 5–6");
        viewModel.addParticipant(); // left empty: ignored

        assertThat(viewModel.start(closed::incrementAndGet)).isTrue();

        assertThat(closed).hasValue(1);
        assertThat(refreshed).hasValue(1);
        var summaries = fixture.workspace.reviews().list(ReviewFilter.all());
        assertThat(summaries).hasSize(1);
        Review review = fixture.workspace.reviews().latest(summaries.get(0).id());
        assertThat(navigator.opened).containsExactly(review.id());
        assertThat(review.school().name()).isEqualTo("Oakfield Primary");
        assertThat(review.charter().version()).isEqualTo("1.0");
        assertThat(review.visitDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(review.officers()).containsExactly("Sam Patel", "Jo Reid");
        assertThat(review.participants()).containsExactly(new Participant("Head teacher", null),
                new Participant("Pupils’ group / school council", "6 pupils from Years 5–6"));
    }

    @Test
    void anIncompleteFormSaysWhatIsMissingAndStartsNothing() {
        viewModel.load();
        viewModel.participants().get(0).roleProperty().set("");
        viewModel.participants().get(0).descriptionProperty().set("Some parents");
        viewModel.visitDateProperty().set(null);

        assertThat(viewModel.start(closed::incrementAndGet)).isFalse();

        assertThat(viewModel.getProblem()).contains("Choose the school.", "Choose the charter.",
                "date of the visit", "Name at least one officer.", "Give a role or group for participant 1.");
        assertThat(closed).hasValue(0);
        assertThat(navigator.opened).isEmpty();
        assertThat(fixture.workspace.reviews().list(ReviewFilter.all())).isEmpty();
    }

    @Test
    void anEmptyRegisterOffersToAddASchoolByHand() {
        viewModel.load();
        assertThat(viewModel.registerEmptyProperty().get()).isTrue();
        assertThat(viewModel.searchMessageProperty().get()).contains("register is empty");

        viewModel.newSchoolUrnProperty().set("12ab");
        viewModel.addSchoolByHand();
        assertThat(viewModel.getProblem()).contains("name").contains("digits");
        assertThat(fixture.workspace.schools().count()).isZero();

        viewModel.newSchoolNameProperty().set("Elm Academy");
        viewModel.newSchoolUrnProperty().set("");
        viewModel.addSchoolByHand();

        assertThat(viewModel.getProblem()).isEmpty();
        assertThat(viewModel.registerEmptyProperty().get()).isFalse();
        assertThat(viewModel.schoolProperty().get().name()).isEqualTo("Elm Academy");
        assertThat(viewModel.schoolProperty().get().urn()).isNull();
        assertThat(fixture.workspace.schools().count()).isEqualTo(1);
    }

    @Test
    void aSearchWithoutMatchesSaysSo() {
        fixture.school("Low Hill Nursery School", "103986");
        viewModel.load();
        viewModel.schoolSearchProperty().set("zzz");

        assertThat(viewModel.schoolResults()).isEmpty();
        assertThat(viewModel.schoolProperty().get()).isNull();
        assertThat(viewModel.searchMessageProperty().get()).isEqualTo("No schools match “zzz”.");
        assertThat(viewModel.registerEmptyProperty().get()).isFalse();
    }
}
