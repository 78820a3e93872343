package org.charterreviewer.ui.shell;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.charterreviewer.ui.common.OnScreen;

/**
 * F1: the keyboard shortcuts and a short guide to a review, inside the app so they work without a
 * browser or a network. Two tabs; Ctrl+Tab moves between them, Escape closes.
 */
public final class HelpDialog {

    /** One line of the shortcuts table: the keys and what they do. */
    record Shortcut(String keys, String action) {
    }

    private HelpDialog() {
    }

    public static void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(tr("help.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("help-dialog");
        dialog.getDialogPane().setContent(content());
        ButtonType close = new ButtonType(tr("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        dialog.getDialogPane().lookupButton(close).setId("help-close");
        // At large text sizes the dialog would outgrow the screen: keep it on it.
        OnScreen.keep(dialog);
        dialog.show();
    }

    static TabPane content() {
        TableView<Shortcut> table = new TableView<>();
        table.setId("help-shortcuts");
        table.setAccessibleText(tr("help.shortcuts.accessible"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Shortcut, String> keys = new TableColumn<>(tr("help.shortcuts.keyColumn"));
        keys.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().keys()));
        TableColumn<Shortcut, String> action = new TableColumn<>(tr("help.shortcuts.actionColumn"));
        action.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().action()));
        table.getColumns().add(keys);
        table.getColumns().add(action);
        table.getItems().setAll(shortcuts());

        Label guide = new Label(tr("help.guide.text"));
        guide.setId("help-guide");
        guide.setWrapText(true);
        guide.setFocusTraversable(true);
        guide.setAccessibleText(tr("help.guide.heading") + ". " + guide.getText());
        ScrollPane guidePane = new ScrollPane(guide);
        guidePane.setFitToWidth(true);

        Tab shortcutsTab = new Tab(tr("help.shortcuts.heading"), table);
        shortcutsTab.setId("help-tab-shortcuts");
        Tab guideTab = new Tab(tr("help.guide.heading"), guidePane);
        guideTab.setId("help-tab-guide");
        TabPane tabs = new TabPane(shortcutsTab, guideTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("help-tabs");
        tabs.setAccessibleText(tr("help.title"));
        return tabs;
    }

    static List<Shortcut> shortcuts() {
        return Arrays.stream(tr("help.shortcuts.list").split("\n"))
                .map(line -> line.split("\\|", 2))
                .map(parts -> new Shortcut(parts[0], parts[1]))
                .toList();
    }
}
