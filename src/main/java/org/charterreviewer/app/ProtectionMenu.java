package org.charterreviewer.app;

import static org.charterreviewer.app.MenuItems.item;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.charterreviewer.i18n.Messages;

/**
 * The File menu's items of an encrypted data folder, which {@link ProtectedSession} adds to the main
 * window: Backups ▸ (Back up now…, Restore from backup…) and Change passphrase…. The two backup items
 * share a submenu so that the File menu still opens whole at 200 % text on a 1366×768 laptop with a
 * Windows taskbar (MenusAtLargeTextTest measures it with these very items).
 */
public final class ProtectionMenu {

    private ProtectionMenu() {
    }

    public static List<MenuItem> items(Runnable backUpNow, Runnable restore, Runnable changePassphrase) {
        Menu backups = new Menu(Messages.tr("menu.file.backups"));
        backups.setId("menu-file-backups");
        backups.getItems().addAll(
                item("menu-backup-now", "menu.file.backupNow", new KeyCodeCombination(KeyCode.B,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), backUpNow),
                item("menu-restore", "menu.file.restore", null, restore));
        return List.of(backups, item("menu-change-passphrase", "menu.file.changePassphrase", null, changePassphrase));
    }
}
