package org.charterreviewer.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewsViewModelTest {

    @TempDir
    Path dir;

    ReviewsFixture fixture;
    ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    RecordingDialogService dialogs = new RecordingDialogService();
    RecordingNavigator navigator = new RecordingNavigator();
    ReviewsViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = new ReviewsFixture(dir.resolve("data"));
        viewModel = new ReviewsViewModel(fixture.services(), tasks, dialogs, navigator);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anEmptyDataFolderTellsTheNewcomerWhatToDo() {
        viewModel.refresh();

        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.noReviewsAtAllProperty().get()).isTrue();
        assertThat(viewModel.getEmptyMessage()).contains("No reviews yet", "New review (Ctrl+N)").doesNotContain("charter-reviewer demo");
        assertThat(tasks.titles).containsOnly("Reading the reviews");
    }

    @Test
    void listsReviewsAndFiltersByTextCharterStatusAndDate() {
        long lowHill = fixture.school("Low Hill Nursery School", "103986");
        long oakfield = fixture.school("Oakfield Primary", "104000");
        Review first = fixture.award(fixture.start(lowHill, ReviewsFixture.WOLVERHAMPTON, LocalDate.of(2024, 1, 10)));
        Review second = fixture.start(oakfield, ReviewsFixture.BCP, LocalDate.of(2024, 1, 14));

        viewModel.refresh();
        assertThat(viewModel.rows()).extracting(ReviewSummary::id).containsExactly(second.id(), first.id());
        assertThat(viewModel.countTextProperty().get()).isEqualTo("2 reviews");
        assertThat(viewModel.charterChoices()).extracting(Choice::value)
                .contains(null, ReviewsFixture.WOLVERHAMPTON, ReviewsFixture.BCP);

        viewModel.filterTextProperty().set("low HILL");
        assertThat(viewModel.rows()).extracting(ReviewSummary::id).containsExactly(first.id());
        viewModel.filterTextProperty().set("104000");
        assertThat(viewModel.rows()).extracting(ReviewSummary::id).containsExactly(second.id());
        viewModel.filterTextProperty().set("nowhere");
        assertThat(viewModel.rows()).isEmpty();
        // A search that finds nothing says so, with the words searched for.
        assertThat(viewModel.getEmptyMessage()).startsWith("No reviews match “nowhere”.");
        assertThat(viewModel.countTextProperty().get()).isEqualTo("No reviews match “nowhere”");
        viewModel.dueForRenewalProperty().set(true);
        viewModel.refresh();
        assertThat(viewModel.countTextProperty().get()).isEqualTo("No awards due for renewal match “nowhere”");
        viewModel.dueForRenewalProperty().set(false);
        viewModel.refresh();
        viewModel.filterTextProperty().set("");

        viewModel.statusFilterProperty().set(choice(viewModel.statusChoices(), ReviewStatus.FINALISED));
        assertThat(viewModel.rows()).extracting(ReviewSummary::id).containsExactly(first.id());
        viewModel.statusFilterProperty().set(choice(viewModel.statusChoices(), ReviewStatus.IN_PROGRESS));
        assertThat(viewModel.rows()).extracting(ReviewSummary::id).containsExactly(second.id());
        viewModel.statusFilterProperty().set(viewModel.statusChoices().get(0));

        viewModel.charterFilterProperty().set(choice(viewModel.charterChoices(), ReviewsFixture.WOLVERHAMPTON));
        assertThat(viewModel.rows()).extracting(ReviewSummary::id).containsExactly(first.id());
        viewModel.charterFilterProperty().set(viewModel.charterChoices().get(0));

        viewModel.visitFromProperty().set(LocalDate.of(2024, 1, 12));
        assertThat(viewModel.rows()).extracting(ReviewSummary::id).containsExactly(second.id());
        viewModel.visitToProperty().set(LocalDate.of(2024, 1, 11));
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.getEmptyMessage()).contains("after");

        viewModel.clearFilters();
        assertThat(viewModel.rows()).hasSize(2);
    }

    @Test
    void dueForRenewalShowsAwardsEndingSoonAndExpiredOnes() {
        long lowHill = fixture.school("Low Hill Nursery School", "103986");
        long oakfield = fixture.school("Oakfield Primary", "104000");
        long elm = fixture.school("Elm Academy", null);
        Review old = fixture.award(fixture.start(lowHill, ReviewsFixture.WOLVERHAMPTON, LocalDate.of(2024, 1, 10)));
        fixture.clock.set(ReviewsFixture.START.plus(java.time.Duration.ofDays(120)));
        Review newer = fixture.award(fixture.start(oakfield, ReviewsFixture.WOLVERHAMPTON, LocalDate.of(2024, 5, 10)));
        fixture.start(elm, ReviewsFixture.WOLVERHAMPTON, LocalDate.of(2024, 5, 11));
        // Awards last 24 months: the first ended 10 days ago, the second ends in 109 days.
        fixture.clock.set(java.time.Instant.parse("2026-01-25T10:00:00Z"));

        viewModel.dueForRenewalProperty().set(true);
        assertThat(viewModel.rows()).extracting(ReviewSummary::id).containsExactly(old.id());
        assertThat(viewModel.validUntilText(viewModel.rows().get(0))).isEqualTo("15 January 2026 · expired 10 days ago");
        assertThat(viewModel.isExpired(viewModel.rows().get(0))).isTrue();
        assertThat(viewModel.countTextProperty().get()).isEqualTo("1 award due for renewal");

        viewModel.dueWithinDaysProperty().set(120);
        assertThat(viewModel.rows()).extracting(ReviewSummary::id).containsExactly(old.id(), newer.id());
        assertThat(viewModel.validUntilText(viewModel.rows().get(1))).isEqualTo("14 May 2026 · in 109 days");

        viewModel.filterTextProperty().set("oak");
        assertThat(viewModel.rows()).extracting(ReviewSummary::id).containsExactly(newer.id());

        viewModel.filterTextProperty().set("");
        viewModel.dueWithinDaysProperty().set(0);
        viewModel.charterFilterProperty().set(choice(viewModel.charterChoices(), ReviewsFixture.BCP));
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.getEmptyMessage()).isEqualTo("No award ends within 0 days, and none has expired.");

        viewModel.dueForRenewalProperty().set(false);
        viewModel.charterFilterProperty().set(viewModel.charterChoices().get(0));
        assertThat(viewModel.rows()).hasSize(3);
    }

    @Test
    void openingAReviewGoesThroughTheNavigator() {
        long school = fixture.school("Low Hill Nursery School", "103986");
        Review review = fixture.start(school, ReviewsFixture.WOLVERHAMPTON, LocalDate.of(2024, 1, 10));
        viewModel.refresh();

        viewModel.selectedProperty().set(viewModel.rows().get(0));
        viewModel.openSelected();

        assertThat(navigator.opened).containsExactly(review.id());
    }

    @Test
    void textsOfTheTableReadPlainly() {
        long school = fixture.school("Low Hill Nursery School", "103986");
        Review review = fixture.start(school, ReviewsFixture.WOLVERHAMPTON, LocalDate.of(2024, 1, 10));
        fixture.award(review);
        fixture.workspace.reviews().amend(review.id(), "Spelling");
        viewModel.refresh();

        ReviewSummary row = viewModel.rows().get(0);
        assertThat(ReviewsViewModel.statusText(row)).isEqualTo("In progress (revision 2)");
        assertThat(ReviewsViewModel.charterText(row))
                .isEqualTo("Children and Families Together Co-Production Charter — version 1.0");
        assertThat(ReviewsViewModel.date(row.visitDate())).isEqualTo("10 January 2024");
    }

    static <T> Choice<T> choice(java.util.List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> java.util.Objects.equals(c.value(), value)).findFirst().orElseThrow();
    }

    @Test
    void withoutASigningIdentityTheFinaliserIsNotTheComputersAccount() {
        long school = fixture.school("Oakfield Primary", "100001");
        var finalised = fixture.award(fixture.start(school, ReviewsFixture.WOLVERHAMPTON, java.time.LocalDate.of(2024, 1, 10)));
        assertThat(finalised.finalisedBy()).isNull();
        assertThat(fixture.workspace.reviews().auditTrail(finalised.id()))
                .extracting(org.charterreviewer.audit.AuditEntry::actor)
                .doesNotContain(System.getProperty("user.name"));
    }
}
