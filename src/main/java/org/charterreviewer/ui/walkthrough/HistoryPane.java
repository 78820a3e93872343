package org.charterreviewer.ui.walkthrough;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.charterreviewer.ui.common.Controls;

/** The revisions of the review and who changed what, when. */
final class HistoryPane {

    private final VBox root;

    HistoryPane(HistoryViewModel viewModel) {
        ListView<String> revisions = Controls.describe(new ListView<>(viewModel.revisions()), "review-revisions",
                "review.revisions");
        revisions.getStyleClass().add(WalkthroughControls.RECORD_LIST);
        ListView<String> audit = Controls.describe(new ListView<>(viewModel.auditTrail()), "review-audit",
                "review.audit");
        audit.getStyleClass().add("audit-list");
        audit.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        root = new VBox(10, WalkthroughControls.sectionLabel("review.revisions", revisions), revisions,
                WalkthroughControls.sectionLabel("review.audit", audit), audit);
    }

    Node node() {
        return root;
    }
}
