package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.charter.Item;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.team.CouncilTestServer;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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
    private final WalkthroughScreen screen = new WalkthroughScreen();

    @Start
    void start(Stage stage) {
        screen.start(stage, dir);
    }

    @AfterEach
    void close() throws Exception {
        screen.close();
    }

    @Test
    void aFileStillOnTheCouncilDatabaseSaysSoAndIsFetchedWhenOpened(FxRobot robot) {
        UUID id = council.reviewWithEvidence(dir).id();
        Workspace laptop = council.connectedLaptop(dir, "second");
        screen.workspace = laptop;
        CouncilTestServer.sync(laptop);
        laptop.team().disconnect();
        EvidenceFile file = laptop.reviews().latest(id).evidence().get(0);
        Item item = laptop.reviews().charterOf(laptop.reviews().latest(id)).judgedItems().get(0);

        screen.show(robot, laptop.reviews().latest(id));
        robot.interact(() -> screen.viewModel.navigation().goTo(item));
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
        waitUntil(() -> !screen.dialogs.errors().isEmpty());
        assertThat(screen.dialogs.errors()).singleElement().asString().endsWith(Messages.tr("team.evidence.notConnected"));
        assertThat(cellText(robot)).contains(onCouncil);

        // Connected: fetched, opened, and no longer marked.
        council.connect(laptop);
        robot.interact(() -> screen.viewModel.evidence().open(file));
        waitUntil(() -> !screen.dialogs.opened.isEmpty() && !cellText(robot).contains(onCouncil));
        assertThat(screen.dialogs.opened.get(0)).hasBinaryContent(CouncilTestServer.MINUTES);
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
        screen.waitUntil(condition);
    }
}
