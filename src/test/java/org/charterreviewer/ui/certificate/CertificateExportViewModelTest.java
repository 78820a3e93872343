package org.charterreviewer.ui.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateExportViewModelTest {

    @TempDir
    Path dir;
    Workspace workspace;
    final List<String> identityDialogs = new ArrayList<>();
    final List<List<ReviewSummary>> offered = new ArrayList<>();
    final RecordingDialogService dialogs = new RecordingDialogService();
    CertificateExportViewModel viewModel;

    @BeforeEach
    void open() {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")));
        dialogs.fileToSave = dir.resolve("certificate.pdf");
        viewModel = new CertificateExportViewModel(workspace.certificates(), workspace.reviews(), workspace.identity(),
                new ImmediateTaskExecutor(), dialogs, new CertificateDialogs() {
                    @Override
                    public Optional<ReviewSummary> chooseReview(List<ReviewSummary> finalised) {
                        offered.add(finalised);
                        return Optional.of(finalised.get(0));
                    }

                    @Override
                    public Optional<char[]> askPassphrase() {
                        return Optional.of("a long passphrase".toCharArray());
                    }

                    @Override
                    public void editIdentity() {
                        identityDialogs.add("shown");
                        workspace.identity().create("Siân O’Brien", "SEND Officer", "Example Council",
                                "a long passphrase".toCharArray(), Optional.empty(), false);
                    }
                });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void menuExportOffersOnlyAwardedReviewsAsksForTheIdentityFirstAndOffersToOpen() {
        UUID awarded = CertificateReviews.awarded(workspace);
        CertificateReviews.notAwarded(workspace);

        viewModel.exportCertificate();

        assertThat(offered).hasSize(1);
        assertThat(offered.get(0)).extracting(ReviewSummary::id).containsExactly(awarded);
        assertThat(identityDialogs).containsExactly("shown");
        assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::kind).containsExactly("information", "confirm");
        assertThat(dialogs.shown.get(1).message()).contains("CR-", CertificateReviews.SCHOOL);
        assertThat(dir.resolve("certificate.pdf")).isRegularFile();
        assertThat(CertificateExportViewModel.suggestedName("A/B: School")).isEqualTo("Certificate – AB School.pdf");
    }

    @Test
    void anotherScreensReviewThatIsNotFinalisedGetsItsReason() {
        UUID open = CertificateReviews.notFinalised(workspace);

        viewModel.exportCertificate(open);

        assertThat(dialogs.shown).singleElement()
                .satisfies(shown -> assertThat(shown.message()).isEqualTo(Messages.tr("certificate.export.notFinalised")));
        assertThat(identityDialogs).isEmpty();
    }
}
