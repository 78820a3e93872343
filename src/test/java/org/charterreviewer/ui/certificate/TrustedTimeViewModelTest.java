package org.charterreviewer.ui.certificate;

import org.charterreviewer.testing.RecordingMonitor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.Pdfsig;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.testing.TestTimestampAuthority;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Add trusted time…" and the timestamp server setting without a screen: a real workspace, a
 * certificate signed offline, and an RFC 3161 server running inside the test.
 */
class TrustedTimeViewModelTest {

    @TempDir
    Path dir;
    Workspace workspace;
    TestTimestampAuthority tsa;
    Path offline;
    final RecordingDialogService dialogs = new RecordingDialogService();
    final ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    final List<Path> shown = new ArrayList<>();

    @BeforeEach
    void anOfflineCertificate() throws Exception {
        tsa = TestTimestampAuthority.start();
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")));
        offline = CertificateReviews.signedOffline(workspace, dir.resolve("St Jude.pdf"));
    }

    @AfterEach
    void close() {
        workspace.close();
        tsa.close();
    }

    private TrustedTimeViewModel viewModel(TrustedTimeViewModel.Extender extender) {
        return new TrustedTimeViewModel(extender, workspace.trustedTime()::councilServer, tasks, dialogs, shown::add);
    }

    private TrustedTimeViewModel viewModel() {
        return viewModel(workspace.certificateExtension()::extend);
    }

    @Test
    void withoutATimestampServerItSaysWhereToSetOneAndAsksForNoFile() {
        viewModel().addTrustedTime();

        assertThat(dialogs.information()).singleElement().asString().contains("No timestamp server is set")
                .contains("File → Council database…");
        assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::kind).containsExactly("information");
    }

    @Test
    void aCertificateGetsItsTrustedTimeInTheCopyChosenAndTheOriginalStaysAsItWas() throws Exception {
        workspace.trustedTime().setCouncilServer(Optional.of(tsa.url()));
        byte[] before = Files.readAllBytes(offline);
        dialogs.filesToOpen = List.of(offline);
        dialogs.fileToSave = dir.resolve("stamped.pdf");
        dialogs.confirmAnswer = false;

        viewModel().addTrustedTime();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.confirmations()).singleElement().asString().contains("stamped.pdf now carries a trusted time")
                .contains(TestTimestampAuthority.NAME);
        assertThat(tasks.titles).contains("Adding a trusted time to St Jude.pdf");
        assertThat(shown).containsExactly(dialogs.fileToSave);
        assertThat(tsa.requests()).isEqualTo(1);
        assertThat(Files.readAllBytes(offline)).isEqualTo(before);
        var check = workspace.certificates().check(dialogs.fileToSave);
        assertThat(check.passed()).as(check.reason()).isTrue();
        assertThat(check.result().signers()).hasSize(2);
        assertThat(check.result().signers().get(1).timestamp().time()).isEqualTo(TestTimestampAuthority.TIME);
        if (Pdfsig.present()) {
            assertThat(Pdfsig.validCount(dialogs.fileToSave)).as(Pdfsig.run(dialogs.fileToSave)).isEqualTo(1);
        }
        assertThat(dialogs.opened).isEmpty();
    }

    @Test
    void anUnreachableServerIsSaidPlainlyAndNothingIsWritten() throws Exception {
        workspace.trustedTime().setCouncilServer(Optional.of(TestTimestampAuthority.unreachableUrl()));
        dialogs.filesToOpen = List.of(offline);
        dialogs.fileToSave = dir.resolve("stamped.pdf");

        TrustedTimeViewModel viewModel = viewModel();
        viewModel.addTrustedTime();

        assertThat(dialogs.errors()).singleElement().asString().contains("cannot be reached")
                .contains("File → Council database…").doesNotContain("Exception");
        assertThat(dialogs.fileToSave).doesNotExist();
        assertThat(shown).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void cancellingStopsBeforeAnythingIsWritten() {
        workspace.trustedTime().setCouncilServer(Optional.of(tsa.url()));
        dialogs.filesToOpen = List.of(offline);
        dialogs.fileToSave = dir.resolve("stamped.pdf");
        ProgressMonitor cancelled = RecordingMonitor.cancelledFromTheStart();

        viewModel((in, out, monitor) -> workspace.certificateExtension().extend(in, out, cancelled)).addTrustedTime();

        assertThat(dialogs.information()).singleElement().asString().contains("Stopped: St Jude.pdf was left as it was");
        assertThat(dialogs.fileToSave).doesNotExist();
        assertThat(tsa.requests()).isZero();
    }

    @Test
    void cancellingTheChoiceOfFileDoesNothing() {
        workspace.trustedTime().setCouncilServer(Optional.of(tsa.url()));
        dialogs.filesToOpen = List.of();

        viewModel().addTrustedTime();

        assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::kind).containsExactly("chooseFiles");
        assertThat(tsa.requests()).isZero();
    }

    @Test
    void theTimestampServerSettingIsCheckedRememberedAndCleared() {
        TimestampServerViewModel server = new TimestampServerViewModel(workspace.trustedTime(), tasks);
        server.refresh();
        assertThat(server.getMessage()).contains("No timestamp server is set");

        server.urlProperty().set("tsa.council.example");
        server.save();
        assertThat(server.getMessage()).contains("is not a web address");
        assertThat(server.problemProperty().get()).isTrue();
        assertThat(server.urlProperty().get()).as("kept for correcting").isEqualTo("tsa.council.example");
        assertThat(workspace.trustedTime().councilServer()).isEmpty();

        server.urlProperty().set("  " + tsa.url() + " ");
        server.save();
        assertThat(server.problemProperty().get()).isFalse();
        assertThat(server.getMessage()).isEqualTo("Timestamp server: " + tsa.url());
        assertThat(workspace.trustedTime().councilServer()).contains(tsa.url());

        TimestampServerViewModel reopened = new TimestampServerViewModel(workspace.trustedTime(), tasks);
        reopened.refresh();
        assertThat(reopened.urlProperty().get()).isEqualTo(tsa.url());

        reopened.clear();
        assertThat(reopened.urlProperty().get()).isEmpty();
        assertThat(workspace.trustedTime().councilServer()).isEmpty();
    }
}
