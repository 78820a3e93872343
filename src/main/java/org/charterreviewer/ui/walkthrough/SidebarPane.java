package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;

/** Every section and item with its state; selecting one goes there. */
final class SidebarPane {

    private final SidebarViewModel viewModel;
    private final ListView<SidebarViewModel.Entry> list = new ListView<>();
    private final VBox root;
    private boolean syncing;

    SidebarPane(SidebarViewModel viewModel) {
        this.viewModel = viewModel;
        Controls.describe(list, "review-sidebar", "review.sidebar");
        list.setItems(viewModel.entries());
        // Its width is in ems (app.css), so the titles stay readable as the text grows; the walkthrough
        // caps it at a share of the screen, so at 200 % the item beside it keeps room.
        list.getStyleClass().add("review-sidebar");
        list.setCellFactory(l -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (!syncing && after != null) {
                // The officer's own choice is already selected: moving there must not select again mid-change.
                int shownBefore = viewModel.selectedProperty().get();
                syncing = true;
                try {
                    viewModel.goTo(after);
                } finally {
                    syncing = false;
                }
                // A heading shows its section's first item: the selection moves there once this change is
                // done; a heading of the item already shown stays selected, so Up goes on past it.
                int shown = viewModel.selectedProperty().get();
                if (shown != shownBefore) {
                    Platform.runLater(() -> select(shown));
                }
            }
        });
        viewModel.selectedProperty().addListener((obs, before, index) -> select(index.intValue()));
        viewModel.statesProperty().addListener((obs, before, after) -> list.refresh());
        Label heading = new Label(tr("review.sidebar"));
        heading.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        heading.setLabelFor(list);
        heading.setWrapText(true);
        // The list gives up height first, never the heading's second line.
        heading.setMinHeight(Region.USE_PREF_SIZE);
        root = new VBox(4, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getStyleClass().add("review-sidebar-pane");
    }

    private void select(int index) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncing = false;
        }
    }

    Region node() {
        return root;
    }

    ListView<SidebarViewModel.Entry> list() {
        return list;
    }

    private final class EntryCell extends ListCell<SidebarViewModel.Entry> {
        @Override
        protected void updateItem(SidebarViewModel.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("sidebar-section", "sidebar-item", "sidebar-context");
            if (empty || entry == null) {
                setText(null);
                setAccessibleText(null);
                setTooltip(null);
                return;
            }
            getStyleClass().add(entry.isSection()
                    ? (entry.section().contextOnly() ? "sidebar-context" : "sidebar-section") : "sidebar-item");
            setText(entry.title() + "\n" + viewModel.stateOf(entry));
            setAccessibleText(viewModel.accessibleTextOf(entry));
            setWrapText(false);
            setPrefWidth(0);
            setTooltip(new Tooltip(getText()));
        }
    }
}
