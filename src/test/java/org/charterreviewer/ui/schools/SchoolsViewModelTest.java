package org.charterreviewer.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.charterreviewer.school.GiasImportOptions;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.testing.GiasFixture;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.school.School;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolField;
import org.charterreviewer.school.SchoolRegister;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.TaskExecutor;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchoolsViewModelTest {

    /** Runs each task on the calling thread, at once. */
    static final TaskExecutor NOW = new TaskExecutor() {
        @Override
        public <T> void execute(BackgroundTask<T> task) {
            try {
                task.succeeded(task.work().run(ProgressMonitor.NONE));
            } catch (Exception e) {
                task.failed(e);
            }
        }
    };

    /** Holds tasks until the test runs them, in whatever order it likes. */
    static final class HeldTasks implements TaskExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            held.add(() -> NOW.execute(task));
        }
    }

    @TempDir
    Path dir;

    Workspace workspace;
    SchoolRegister register;
    RecordingDialogService dialogs = new RecordingDialogService();
    FakeSchoolDialogs schoolDialogs = new FakeSchoolDialogs();

    @BeforeEach
    void open() {
        workspace = Workspace.open(WorkspaceOptions.at(dir));
        register = workspace.schools();
        register.add(SchoolDraft.named("Acorn Nursery"));
        register.add(SchoolDraft.named("Beech Primary"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theLatestSearchWinsWhenAnswersArriveOutOfOrder() {
        HeldTasks queries = new HeldTasks();
        SchoolsViewModel model = new SchoolsViewModel(register, NOW, queries, dialogs, schoolDialogs);
        model.searchTextProperty().set("acorn");
        model.search();
        model.searchTextProperty().set("beech");
        model.search();
        Runnable acorn = queries.held.pollFirst();
        queries.held.pollFirst().run();
        acorn.run();
        assertThat(model.schools()).extracting(School::name).containsExactly("Beech Primary");
        assertThat(model.getResultSummary()).isEqualTo("1 school");

        // Nothing found is said with the words searched for, never as if the register were empty.
        model.searchTextProperty().set(" zzz ");
        model.search();
        queries.held.pollFirst().run();
        assertThat(model.schools()).isEmpty();
        assertThat(model.getResultSummary()).isEqualTo("No schools match “zzz”");
    }

    @Test
    void addArchiveAndReviewsOfTheSelectedSchool() {
        SchoolsViewModel model = new SchoolsViewModel(register, NOW, NOW, dialogs, schoolDialogs);
        model.search();
        assertThat(model.schools()).hasSize(2);

        schoolDialogs.draftToReturn = SchoolDraft.named("Cedar Academy");
        model.addSchool();
        assertThat(model.getSelected().name()).isEqualTo("Cedar Academy");
        assertThat(model.schools()).extracting(School::name).contains("Cedar Academy");
        assertThat(model.selectedReviews()).isEmpty();

        model.toggleArchiveSelected();
        assertThat(dialogs.confirmations()).isNotEmpty();
        assertThat(model.schools()).extracting(School::name).doesNotContain("Cedar Academy");
        model.includeArchivedProperty().set(true);
        assertThat(model.schools()).extracting(School::name).contains("Cedar Academy");
    }

    @Test
    void deleteAsksNamingTheSchoolAndItsReviewsThenDeletesForGood() {
        long beech = register.search("beech", false, 10).get(0).id();
        workspace.reviews().start(new org.charterreviewer.review.NewReview(beech, "wolverhampton-co-production-charter",
                "1.0", java.time.LocalDate.of(2026, 3, 9), java.util.List.of("Officer One"), java.util.List.of()));
        SchoolsViewModel model = new SchoolsViewModel(register, NOW, NOW, dialogs, schoolDialogs, workspace.eraser());
        model.search();
        model.select(model.schools().stream().filter(s -> s.id() == beech).findFirst().orElseThrow());
        dialogs.confirmAnswer = false;
        model.deleteSelected();
        assertThat(register.find(beech)).as("refusing keeps everything").isPresent();
        // The charter by its title, as the school's page shows it, never its id.
        assertThat(dialogs.confirmations()).singleElement().asString().contains("Beech Primary", "1 review",
                "Children and Families Together Co-Production Charter — version 1.0", "9 March 2026",
                "cannot be undone").doesNotContain("wolverhampton-co-production-charter");
        assertThat(dialogs.confirmationButtons()).containsExactly("Delete / Cancel");

        dialogs.confirmAnswer = true;
        model.deleteSelected();
        assertThat(register.find(beech)).isEmpty();
        assertThat(workspace.reviews().list(org.charterreviewer.review.ReviewFilter.all())).isEmpty();
        assertThat(model.schools()).extracting(School::name).containsExactly("Acorn Nursery");
        assertThat(model.getSelected()).isNull();
    }

    @Test
    void searchesOverTheLimitSayHowManyThereAre() throws Exception {
        GiasFixture gias = GiasFixture.shuffled(5);
        for (int i = 0; i < SchoolsViewModel.LIMIT + 5; i++) {
            gias.school(String.valueOf(300000 + i), "Primary " + i, "Camden", "Open", Map.of());
        }
        register.importGias(gias.write(dir.resolve("gias.csv")), GiasImportOptions.all(), ProgressMonitor.NONE);
        SchoolsViewModel model = new SchoolsViewModel(register, NOW, NOW, dialogs, schoolDialogs);
        model.search();
        assertThat(model.schools()).hasSize(SchoolsViewModel.LIMIT);
        assertThat(model.getResultSummary()).isEqualTo("Showing the first 1,000 schools found; type more to narrow the list");
        model.searchTextProperty().set("primary 100");
        model.search();
        assertThat(model.schools()).extracting(School::name).containsExactly("Primary 100", "Primary 1000",
                "Primary 1001", "Primary 1002", "Primary 1003", "Primary 1004");
    }

    @Test
    void aUrnAlreadyUsedIsShownBesideTheUrnFieldWithEverythingTypedKept() {
        register.add(SchoolDraft.of(Map.of(SchoolField.NAME, "Cedar Academy", SchoolField.URN, "123456")));
        SchoolsViewModel model = new SchoolsViewModel(register, NOW, NOW, dialogs, schoolDialogs);
        SchoolDraft typed = SchoolDraft.of(Map.of(SchoolField.NAME, "Cedar Infants", SchoolField.URN, "123456",
                SchoolField.TOWN, "Leeds"));
        schoolDialogs.draftsToReturn.add(typed);

        model.addSchool();

        assertThat(schoolDialogs.forms).hasSize(2);
        FakeSchoolDialogs.Form again = schoolDialogs.forms.get(1);
        assertThat(again.initial()).isEqualTo(typed);
        assertThat(again.problems()).containsOnlyKeys(SchoolField.URN);
        assertThat(again.problems().get(SchoolField.URN)).contains("123456", "Cedar Academy");
        assertThat(dialogs.errors()).isEmpty();
        assertThat(register.search("Cedar Infants", true, 10)).isEmpty();
    }
}
