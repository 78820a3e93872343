package org.charterreviewer.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.team.CouncilTestServer;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.Keyboard;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The conflicts in File → Council database…, on a real data folder holding a real conflict (two
 * laptops and embedded PostgreSQL): both versions side by side in words, and Keep theirs chosen
 * with the keyboard alone (Tab to the button, Space, confirm), after which the list is empty.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictResolutionPaneTest {

    private static final String FIRST = "Seen again by the first officer.";
    private static final String SECOND = "Seen again by the second officer.";

    @TempDir
    static Path dir;
    static CouncilTestServer council;
    static UUID id;

    private Workspace second;
    private RecordingDialogService dialogs;

    @BeforeAll
    static void aConflict() {
        council = CouncilTestServer.prepared();
        id = council.conflictOnTwoLaptops(dir, FIRST, SECOND);
    }

    @AfterAll
    static void dropCouncil() {
        council.close();
    }

    @Start
    void start(Stage stage) {
        second = CouncilTestServer.laptop(dir, "second");
        dialogs = new RecordingDialogService();
        CouncilDatabaseViewModel viewModel = new CouncilDatabaseViewModel(second.team(), new ImmediateTaskExecutor(),
                dialogs, () -> { });
        viewModel.refresh();
        stage.setScene(new Scene(new CouncilDatabaseView(viewModel), 760, 640));
        stage.getScene().getStylesheets().add(Styles.STYLESHEET);
        stage.show();
    }

    @AfterEach
    void close() {
        second.close();
    }

    @Test
    void bothVersionsSideBySideAndTheirsKeptWithTheKeyboard(FxRobot robot) {
        ListView<?> list = robot.lookup("#team-conflicts").queryAs(ListView.class);
        assertThat(list.getItems()).singleElement().asString().contains(CertificateReviews.SCHOOL)
                .doesNotContain(id.toString().substring(0, 8));
        TextArea mine = robot.lookup("#team-conflict-mine").queryAs(TextArea.class);
        TextArea theirs = robot.lookup("#team-conflict-theirs").queryAs(TextArea.class);
        assertThat(mine.getText()).contains(SECOND).doesNotContain(FIRST);
        assertThat(theirs.getText()).contains(FIRST).doesNotContain(SECOND);
        assertThat(theirs.getAccessibleText()).endsWith("’s version");
        Button keepTheirs = robot.lookup("#team-keep-theirs").queryAs(Button.class);
        assertThat(keepTheirs.getAccessibleText()).isNotBlank();

        robot.interact(() -> robot.lookup("#team-keep-mine").queryAs(Button.class).requestFocus());
        Keyboard.type(robot, KeyCode.TAB);
        assertThat(keepTheirs.isFocused()).isTrue();
        Keyboard.type(robot, KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.confirmations()).anySatisfy(text -> assertThat(text).contains("next revision"));
        assertThat(dialogs.confirmationButtons()).contains("Keep theirs / Cancel");
        assertThat(dialogs.errors()).isEmpty();
        assertThat(second.team().status().conflicts()).isEmpty();
        assertThat(second.reviews().revision(id, 3).decision().summary()).isEqualTo(FIRST);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).isEmpty();
        assertThat(keepTheirs.isDisabled()).isTrue();
    }
}
