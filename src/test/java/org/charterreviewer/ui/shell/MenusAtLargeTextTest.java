package org.charterreviewer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.charterreviewer.app.ProtectionMenu;
import org.charterreviewer.testing.LaptopWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The menus of the real main window at 200 % text on a 1366×768 laptop: the File menu, with the
 * encrypted folder's backup and passphrase items, opens whole above a Windows taskbar, without scroll
 * arrows (imports, exports and backups sit in submenus), and no letter is the mnemonic of two items
 * of one menu.
 */
@ExtendWith(ApplicationExtension.class)
class MenusAtLargeTextTest {

    /** The height of Windows' taskbar at 100 % scaling, which a 768-pixel screen does not give to windows. */
    private static final double WINDOWS_TASKBAR = 40;

    @TempDir
    static Path dir;

    private Stage stage;
    private LaptopWindow laptop;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.type(KeyCode.ESCAPE);
        if (laptop != null) {
            laptop.close();
        }
    }

    @Test
    void theFileMenuOpensWholeAt200PercentAndEveryMenuHasEachMnemonicOnce(FxRobot robot) {
        laptop = LaptopWindow.open(dir).show(robot, stage);
        // The encrypted folder's own items, as the app adds them once the passphrase opened it.
        robot.interact(() -> laptop.window().addFileMenuItems(ProtectionMenu.items(() -> { }, () -> { }, () -> { })
                .toArray(MenuItem[]::new)));
        laptop.at200Percent(robot);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getScene().getRoot().getStyleClass()).contains("text-size-200");

        List<String> clashes = new ArrayList<>();
        bar.getMenus().forEach(menu -> mnemonicClashes(menu, clashes));
        assertThat(clashes).isEmpty();

        robot.clickOn("#menu-file");
        WaitForAsyncUtils.waitForFxEvents();
        Window popup = Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .findFirst().orElseThrow();
        List<Node> arrows = new ArrayList<>(popup.getScene().getRoot().lookupAll(".scroll-arrow"));
        assertThat(arrows.stream().filter(Node::isVisible).toList()).as("the File menu needs no scrolling").isEmpty();
        // Below the menu bar, above a Windows taskbar: the menu's foot may not pass the screen's work area.
        assertThat(popup.getY() + popup.getHeight()).as("the File menu's foot at 200 %")
                .isLessThanOrEqualTo(LaptopWindow.HEIGHT - WINDOWS_TASKBAR);
        Menu file = bar.getMenus().get(0);
        assertThat(file.getItems().stream().map(MenuItem::getId).toList())
                .contains("menu-file-import", "menu-file-export", "menu-new-review");
    }

    /** Items of one menu sharing a mnemonic letter, then the same for each submenu. */
    private static void mnemonicClashes(Menu menu, List<String> clashes) {
        Map<Character, String> seen = new HashMap<>();
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem || item.getText() == null) {
                continue;
            }
            int underscore = item.getText().indexOf('_');
            if (item.isMnemonicParsing() && underscore >= 0 && underscore + 1 < item.getText().length()) {
                char letter = Character.toLowerCase(item.getText().charAt(underscore + 1));
                String before = seen.putIfAbsent(letter, item.getText());
                if (before != null) {
                    clashes.add(menu.getText() + ": Alt+" + letter + " is both " + before + " and " + item.getText());
                }
            }
            if (item instanceof Menu submenu) {
                mnemonicClashes(submenu, clashes);
            }
        }
    }
}
