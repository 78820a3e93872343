package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.app.MainWindow;
import org.charterreviewer.charter.Item;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.team.CouncilTestServer;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.common.FxTaskExecutor;
import org.charterreviewer.ui.common.FxTypingPause;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.walkthrough.WalkthroughFixture.FakeNavigator;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The evidence pane of a review pulled from the council database (embedded PostgreSQL, real
 * encrypted data folders): a file whose content is still there says so, in its text and to a
 * screen reader; opened offline it gives the plain message; opened connected it is fetched and
 * the mark goes.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceOnCouncilViewTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final CouncilTestServer council = CouncilTestServer.perTest();
    private Stage stage;
    private Workspace laptop;
    private ReviewWalkthroughViewModel viewModel;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FxTaskExecutor tasks = new FxTaskExecutor();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (viewModel != null) {
            viewModel.closeAndWait(5_000);
        }
        tasks.shutdown();
        if (laptop != null) {
            laptop.close();
        }
    }

    @Test
    void aFileStillOnTheCouncilDatabaseSaysSoAndIsFetchedWhenOpened(FxRobot robot) {
        UUID id = council.reviewWithEvidence(dir).id();
        laptop = council.connectedLaptop(dir, "second");
        CouncilTestServer.sync(laptop);
        laptop.team().disconnect();
        EvidenceFile file = laptop.reviews().latest(id).evidence().get(0);
        Item item = laptop.reviews().charterOf(laptop.reviews().latest(id)).judgedItems().get(0);

        viewModel = new ReviewWalkthroughViewModel(id, MainWindow.walkthroughServices(laptop), tasks, tasks, dialogs,
                new FakeNavigator(), new FxTypingPause(400));
        ReviewWalkthroughView view = new ReviewWalkthroughView(viewModel);
        robot.interact(() -> {
            stage.setScene(new Scene((Parent) view.node(), 1300, 860));
            stage.getScene().getStylesheets().add(Styles.STYLESHEET);
            stage.show();
            view.onShow();
        });
        waitUntil(() -> viewModel.item().getItem() != null);
        robot.interact(() -> viewModel.navigation().goTo(item));
        String onCouncil = Messages.tr("review.evidence.onCouncil");
        waitUntil(() -> cellText(robot).contains(onCouncil));
        assertThat(cellText(robot)).startsWith("minutes.txt").contains("On the council database — fetched when you open it");
        assertThat(cell(robot).queryAccessibleAttribute(AccessibleAttribute.TEXT)).asString().contains(onCouncil);

        // Offline: the plain message, and the file stays marked.
        ListView<?> list = robot.lookup("#review-evidence").queryAs(ListView.class);
        robot.interact(() -> {
            list.getSelectionModel().select(0);
            list.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !dialogs.errors().isEmpty());
        assertThat(dialogs.errors()).singleElement().asString().endsWith(Messages.tr("team.evidence.notConnected"));
        assertThat(cellText(robot)).contains(onCouncil);

        // Connected: fetched, opened, and no longer marked.
        council.connect(laptop);
        robot.interact(() -> viewModel.evidence().open(file));
        waitUntil(() -> !dialogs.opened.isEmpty() && !cellText(robot).contains(onCouncil));
        assertThat(dialogs.opened.get(0)).hasBinaryContent(CouncilTestServer.MINUTES);
        assertThat(cellText(robot)).startsWith("minutes.txt");
        assertThat(laptop.evidence().isPending(file.sha256())).isFalse();
    }

    private static ListCell<?> cell(FxRobot robot) {
        return robot.lookup("#review-evidence .list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() != null).findFirst().orElse(null);
    }

    private static String cellText(FxRobot robot) {
        ListCell<?> cell = cell(robot);
        return cell == null || cell.getText() == null ? "" : cell.getText();
    }

    private void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met in time; errors shown: " + dialogs.errors());
        }
    }
}
