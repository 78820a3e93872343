package org.charterreviewer.app;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.charterreviewer.i18n.Messages;

/** A menu item from the resource bundle: its id, its words (with an Alt letter) and what it does. */
final class MenuItems {

    private MenuItems() {
    }

    /** {@code accelerator} may be null for an item without a shortcut. */
    static MenuItem item(String id, String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.tr(key));
        item.setId(id);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
