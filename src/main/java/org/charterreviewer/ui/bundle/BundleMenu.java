package org.charterreviewer.ui.bundle;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The File menu's two bundle items. */
public final class BundleMenu {

    private final MenuItem exportItem;
    private final MenuItem importItem;

    public BundleMenu(BundleViewModel viewModel) {
        exportItem = item("menu-export-bundle", "bundle.ui.menu.export", KeyCode.X, viewModel::export);
        importItem = item("menu-import-bundle", "bundle.ui.menu.import", KeyCode.O, viewModel::importBundle);
        exportItem.disableProperty().bind(viewModel.busyProperty());
        importItem.disableProperty().bind(viewModel.busyProperty());
    }

    private static MenuItem item(String id, String key, KeyCode code, Runnable action) {
        MenuItem item = new MenuItem(tr(key));
        item.setId(id);
        item.setMnemonicParsing(true);
        item.setAccelerator(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        item.setOnAction(event -> action.run());
        return item;
    }

    /** File → Export → Export evidence bundle…. */
    public MenuItem exportItem() {
        return exportItem;
    }

    /** File → Import → Import evidence bundle…. */
    public MenuItem importItem() {
        return importItem;
    }
}
