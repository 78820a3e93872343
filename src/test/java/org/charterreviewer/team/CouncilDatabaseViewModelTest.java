package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.team.CouncilDatabaseViewModel;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's Council database… dialog and Sync command, without a screen: on a real data folder
 * and the embedded PostgreSQL, as the window runs them (the task executor runs them in place here).
 */
class CouncilDatabaseViewModelTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final CouncilTestServer council = CouncilTestServer.perTest();
    Workspace laptop;
    final ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    final RecordingDialogService dialogs = new RecordingDialogService();
    final AtomicInteger refreshed = new AtomicInteger();
    CouncilDatabaseViewModel viewModel;

    @BeforeEach
    void setUp() {
        laptop = CouncilTestServer.laptop(dir, "laptop");
        viewModel = new CouncilDatabaseViewModel(laptop.team(), tasks, dialogs, refreshed::incrementAndGet);
    }

    @AfterEach
    void tearDown() {
        laptop.close();
    }

    private void type(String url) {
        viewModel.urlProperty().set(url);
        viewModel.userProperty().set(CouncilTestServer.USER);
        viewModel.passwordProperty().set(CouncilTestServer.PASSWORD);
    }

    @Test
    void connectTestSyncAndDisconnectFromTheDialog() {
        viewModel.refresh();
        assertThat(viewModel.isConnected()).isFalse();
        assertThat(viewModel.getLastSync()).isEmpty();

        type(council.url());
        viewModel.connect();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(viewModel.isConnected()).isTrue();
        assertThat(viewModel.passwordProperty().get()).as("the password does not stay in the form").isEmpty();
        assertThat(viewModel.getLastSync()).isEqualTo("Last sync: never");

        viewModel.test();
        assertThat(viewModel.getMessage()).contains("right version");

        CertificateReviews.awarded(laptop);
        viewModel.sync();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(viewModel.getMessage()).startsWith("Sync finished: 1 reviews sent");
        assertThat(viewModel.getLastSync()).startsWith("Last sync: ").isNotEqualTo("Last sync: never");
        assertThat(refreshed).hasValue(1);
        assertThat(tasks.titles).contains("Syncing with the council database");

        viewModel.disconnect();
        assertThat(viewModel.isConnected()).isFalse();
        assertThat(viewModel.getLastSync()).isEmpty();
    }

    @Test
    void aFailedConnectShowsThePlainMessageAndKeepsTheSettings() {
        type(council.url());
        viewModel.connect();
        type("jdbc:postgresql://127.0.0.1:1/charters");
        viewModel.connect();
        assertThat(dialogs.errors()).singleElement().asString().contains("cannot be reached");
        assertThat(viewModel.getMessage()).contains("cannot be reached");
        viewModel.refresh();
        assertThat(viewModel.isConnected()).isTrue();
        assertThat(viewModel.urlProperty().get()).startsWith(council.url());
    }

    @Test
    void councilItPreparesANewServerFromTheDialogAndThenItTakesConnections() {
        try (CouncilTestServer unprepared = CouncilTestServer.unprepared()) {
            type(unprepared.url());
            viewModel.connect();
            assertThat(viewModel.getMessage()).contains("has not been set up");

            type(unprepared.url());
            dialogs.confirmAnswer = false;
            viewModel.prepareServer();
            assertThat(viewModel.passwordProperty().get()).as("Cancel keeps the form").isEqualTo(CouncilTestServer.PASSWORD);
            dialogs.confirmAnswer = true;
            viewModel.prepareServer();

            assertThat(dialogs.confirmationButtons()).containsExactly("Prepare the database / Cancel",
                    "Prepare the database / Cancel");
            assertThat(dialogs.confirmations().get(1)).contains(unprepared.url(), CouncilTestServer.USER)
                    .doesNotContain(CouncilTestServer.PASSWORD);
            assertThat(viewModel.getMessage()).isEqualTo("The council database is ready (schema version "
                    + TeamService.COUNCIL_SCHEMA_VERSION + "). Each officer can now connect with their own login.");
            assertThat(viewModel.passwordProperty().get()).isEmpty();
            assertThat(viewModel.isConnected()).as("preparing keeps no login").isFalse();

            dialogs.shown.clear();
            type(unprepared.url());
            viewModel.connect();
            assertThat(dialogs.errors()).isEmpty();
            assertThat(viewModel.isConnected()).isTrue();
        }
    }
}
