package org.charterreviewer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.app.MainWindow;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.charterreviewer.testing.Keyboard;
import org.charterreviewer.testing.TableHeadings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private Workspace workspace;
    private MainWindow window;

    private javafx.stage.Window robotStage;

    @Start
    void start(Stage stage) {
        robotStage = stage;
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data-" + System.nanoTime())));
        window = new MainWindow(stage, workspace, null);
        window.show();
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shutdown()).get();
        workspace.close();
    }

    @Test
    void opensOnReviewsAndShowsTheDataFolderInTheStatusBar(FxRobot robot) {
        assertThat(robot.lookup("#reviews-screen").tryQuery()).isPresent();
        Label status = robot.lookup("#status-message").queryAs(Label.class);
        assertThat(status.getText()).contains("Data folder:", workspace.folder().root().toString());
    }

    @Test
    void everyNavigationTargetCanBeReachedByClicking(FxRobot robot) {
        robot.clickOn("#nav-schools");
        assertThat(visible(robot, "#schools-screen")).isTrue();
        robot.clickOn("#nav-charters");
        assertThat(visible(robot, "#charters-screen")).isTrue();
        robot.clickOn("#nav-reviews");
        assertThat(visible(robot, "#reviews-screen")).isTrue();
        assertThat(window.viewModel().getDestination()).isEqualTo(Destination.REVIEWS);
    }

    @Test
    void everyNavigationTargetCanBeReachedFromTheKeyboard(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().getDestination()).isEqualTo(Destination.CHARTERS);
        assertThat(visible(robot, "#charters-screen")).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "#schools-screen")).isTrue();
    }

    @Test
    void aScreenLeftBehindLeavesNoMnemonicKeyThatCouldHideAnother(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);    // Schools: "_Edit…" takes Alt+'E'
        shortcut(robot, KeyCode.DIGIT1);
        robot.type(KeyCode.SHIFT);          // the next key press clears the table
        javafx.scene.Scene scene = robot.lookup("#main-window").query().getScene();
        assertThat(scene.getMnemonics().values()).noneMatch(java.util.List::isEmpty);
    }

    @Test
    void navigationButtonsCarryAccessibleTexts(FxRobot robot) {
        for (Destination destination : Destination.values()) {
            Node button = robot.lookup("#nav-" + destination.key()).query();
            assertThat(button.getAccessibleText()).isNotBlank();
        }
    }

    @Test
    void ctrlNStillStartsAReviewAfterVisitingAnotherScreen(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT3);
        shortcut(robot, KeyCode.DIGIT1);
        shortcut(robot, KeyCode.N);
        assertThat(robot.lookup("#new-review-dialog").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // On Schools, Ctrl+N adds a school; back on Reviews it starts a review again.
        shortcut(robot, KeyCode.DIGIT2);
        shortcut(robot, KeyCode.N);
        assertThat(robot.lookup("#school-dialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#new-review-dialog").tryQuery()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        shortcut(robot, KeyCode.DIGIT1);
        shortcut(robot, KeyCode.N);
        assertThat(robot.lookup("#new-review-dialog").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theStatusBarCountsASchoolAddedInTheWindow(FxRobot robot) throws Exception {
        Label status = robot.lookup("#status-message").queryAs(Label.class);
        assertThat(status.getText()).contains("no schools");
        shortcut(robot, KeyCode.DIGIT2);
        shortcut(robot, KeyCode.N);
        Keyboard.write(robot, "Oak Primary");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> status.getText().contains("1 school,"));
        assertThat(status.getText()).contains("1 school,", "no reviews");
    }

    @Test
    void theFirstWindowFitsTheScreenItOpensOn() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Stage stage = stageOf();
        assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight());
        assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
    }

    @Test
    void ctrlPlusAndCtrlMinusResizeTheTextAndTheSizeIsRemembered(FxRobot robot) throws Exception {
        Label title = robot.lookup("#reviews-screen-title").queryAs(Label.class);
        double before = title.getFont().getSize();
        shortcut(robot, KeyCode.PLUS);
        shortcut(robot, KeyCode.PLUS);
        shortcut(robot, KeyCode.PLUS);
        assertThat(title.getScene().getRoot().getStyleClass()).contains("text-size-150");
        assertThat(title.getFont().getSize()).isCloseTo(before * 1.5, org.assertj.core.data.Offset.offset(0.6));
        assertThat(java.nio.file.Files.readString(workspace.folder().appearanceSettingsFile())).contains("150");

        shortcut(robot, KeyCode.MINUS);
        assertThat(title.getScene().getRoot().getStyleClass()).contains("text-size-125");
        shortcut(robot, KeyCode.DIGIT0);
        assertThat(title.getFont().getSize()).isCloseTo(before, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theMenuBarFollowsTheTextSizeUpAndBackDown(FxRobot robot) {
        Label title = robot.lookup("#reviews-screen-title").queryAs(Label.class);
        double usual = menuBarFontSize(robot);
        assertThat(usual).isGreaterThan(0);
        for (int step = 0; step < 5; step++) {
            shortcut(robot, KeyCode.PLUS);
        }
        assertThat(title.getScene().getRoot().getStyleClass()).contains("text-size-200");
        assertThat(menuBarFontSize(robot)).isCloseTo(usual * 2, org.assertj.core.data.Offset.offset(0.6));

        shortcut(robot, KeyCode.DIGIT0);
        assertThat(menuBarFontSize(robot)).isCloseTo(usual, org.assertj.core.data.Offset.offset(0.01));
        shortcut(robot, KeyCode.MINUS);
        assertThat(menuBarFontSize(robot)).isCloseTo(usual * 0.9, org.assertj.core.data.Offset.offset(0.3));
        shortcut(robot, KeyCode.DIGIT0);
        assertThat(menuBarFontSize(robot)).isCloseTo(usual, org.assertj.core.data.Offset.offset(0.01));

        // The items of an open menu are the usual size too.
        robot.clickOn("View");
        WaitForAsyncUtils.waitForFxEvents();
        var itemSizes = robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class).stream()
                .map(label -> label.getFont().getSize()).distinct().toList();
        robot.type(KeyCode.ESCAPE);
        assertThat(itemSizes).containsOnly(usual);
    }

    @Test
    void atTwiceTheTextEveryTableHeadingOnTheMainScreensIsWhole(FxRobot robot) {
        for (int step = 0; step < 5; step++) {
            shortcut(robot, KeyCode.PLUS);
        }
        assertThat(robot.lookup("#main-window").query().getStyleClass()).contains("text-size-200");
        assertThat(TableHeadings.cutOff(robot.lookup("#reviews-table").queryAs(TableView.class))).isEmpty();
        robot.clickOn("#reviews-mode-due");
        assertThat(TableHeadings.cutOff(robot.lookup("#reviews-table").queryAs(TableView.class))).isEmpty();
        shortcut(robot, KeyCode.DIGIT2);
        assertThat(TableHeadings.cutOff(robot.lookup("#school-table").queryAs(TableView.class))).isEmpty();
        assertThat(TableHeadings.cutOff(robot.lookup("#school-reviews").queryAs(TableView.class))).isEmpty();
        shortcut(robot, KeyCode.DIGIT3);
        assertThat(TableHeadings.cutOff(robot.lookup("#charters-table").queryAs(TableView.class))).isEmpty();
    }

    /** The size of the words "File", "View", "Help" as drawn in the menu bar (all must agree). */
    private static double menuBarFontSize(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var sizes = robot.lookup(".menu-bar").query().lookupAll(".text").stream()
                .filter(javafx.scene.text.Text.class::isInstance).map(javafx.scene.text.Text.class::cast)
                .filter(text -> !text.getText().isBlank())
                .map(text -> text.getFont().getSize()).distinct().toList();
        assertThat(sizes).hasSize(1);
        return sizes.get(0);
    }

    @Test
    void highContrastIsChosenInTheViewMenuAndRemembered(FxRobot robot) throws Exception {
        javafx.scene.control.CheckMenuItem contrast = (javafx.scene.control.CheckMenuItem) robot
                .lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-view-high-contrast".equals(item.getId())).findFirst().orElseThrow();
        robot.interact(contrast::fire);
        Node root = robot.lookup("#main-window").query();
        assertThat(root.getStyleClass()).contains("high-contrast");
        assertThat(new AppearanceStore(workspace.folder().appearanceSettingsFile(), workspace.json()).load()
                .highContrast()).isTrue();
        robot.interact(contrast::fire);
        assertThat(root.getStyleClass()).doesNotContain("high-contrast");
    }

    @Test
    void f1OpensTheShortcutsAndTheGuide(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> shortcuts = robot.lookup("#help-shortcuts").queryAs(javafx.scene.control.TableView.class);
        assertThat(shortcuts.getItems()).hasSizeGreaterThan(10);
        assertThat(shortcuts.getItems().toString()).contains("Ctrl+N", "Ctrl+E", "F1");
        assertThat(robot.lookup("#help-guide").queryAs(Label.class).getText()).contains("finalise");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void focusingASidebarItemMovesNothingBelowIt(FxRobot robot) {
        Node reviews = robot.lookup("#nav-reviews").query();
        Node schools = robot.lookup("#nav-schools").query();
        robot.interact(schools::requestFocus);
        double unfocusedHeight = reviews.getLayoutBounds().getHeight();
        double schoolsY = schools.getLayoutY();
        robot.interact(reviews::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reviews.isFocused()).isTrue();
        assertThat(reviews.getLayoutBounds().getHeight()).isEqualTo(unfocusedHeight);
        assertThat(schools.getLayoutY()).isEqualTo(schoolsY);
    }

    @Test
    void theFocusRingStandsOutOnTheChosenDarkBlueButton(FxRobot robot) {
        javafx.scene.control.ToggleButton reviews = robot.lookup("#nav-reviews").queryAs(javafx.scene.control.ToggleButton.class);
        robot.interact(reviews::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reviews.isSelected()).isTrue();
        var fills = reviews.getBackground().getFills();
        javafx.scene.paint.Color inside = (javafx.scene.paint.Color) fills.get(fills.size() - 1).getFill();
        javafx.scene.paint.Color sidebar = (javafx.scene.paint.Color) ((javafx.scene.layout.Region) reviews.getParent())
                .getBackground().getFills().get(0).getFill();
        // Some ring touches the button's own blue with 3:1 or more, and some ring touches the sidebar with 3:1.
        assertThat(fills.subList(0, fills.size() - 1).stream().map(fill -> (javafx.scene.paint.Color) fill.getFill())
                .mapToDouble(ring -> contrast(ring, inside)).max().orElse(0)).isGreaterThanOrEqualTo(3);
        assertThat(contrast((javafx.scene.paint.Color) fills.get(0).getFill(), sidebar)).isGreaterThanOrEqualTo(3);
    }

    static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    @Test
    void retentionAndTheSampleReviewHaveMenuItemsWithALetterOfTheirOwn(FxRobot robot) {
        var menus = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus();
        for (String id : java.util.List.of("menu-retention", "menu-help-sample")) {
            var menu = menus.stream().filter(m -> m.getItems().stream().anyMatch(i -> id.equals(i.getId())))
                    .findFirst().orElseThrow();
            java.util.Map<String, Character> letters = new java.util.HashMap<>();
            menu.getItems().stream().filter(i -> i.getText() != null && i.getText().indexOf('_') >= 0)
                    .forEach(i -> letters.put(i.getId(), Character.toLowerCase(
                            i.getText().charAt(i.getText().indexOf('_') + 1))));
            assertThat(letters).as(id).containsKey(id);
            assertThat(letters.entrySet()).as(id + " shares its Alt letter")
                    .filteredOn(e -> !e.getKey().equals(id) && e.getValue().equals(letters.get(id))).isEmpty();
        }
    }

    private Stage stageOf() {
        return (Stage) robotStage;
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }
}
