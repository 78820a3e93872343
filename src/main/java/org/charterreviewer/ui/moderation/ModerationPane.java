package org.charterreviewer.ui.moderation;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;

/**
 * The Moderation tab of a review: its state and the moderator's comments, Submit for moderation
 * and Import decision for the officer, and for the moderator a comment box with Approve and Return.
 */
public final class ModerationPane {

    private final VBox root;

    public ModerationPane(ModerationViewModel viewModel) {
        Label state = new Label();
        state.setId("moderation-state");
        state.setWrapText(true);
        state.textProperty().bind(viewModel.stateProperty());
        state.accessibleTextProperty().bind(viewModel.stateProperty());

        ListView<String> history = Controls.describe(new ListView<>(viewModel.history()), "moderation-history",
                "moderation.window.history");
        history.getStyleClass().add("moderation-history");
        Label historyLabel = label("moderation.window.history", history);

        Button submit = Controls.button("moderation-submit", "moderation.window.submit");
        submit.disableProperty().bind(viewModel.canSubmitProperty().not().or(viewModel.busyProperty()));
        submit.setOnAction(e -> viewModel.submit());
        Button importDecision = Controls.button("moderation-import", "moderation.window.import");
        importDecision.disableProperty().bind(viewModel.busyProperty());
        importDecision.setOnAction(e -> viewModel.importDecision());

        TextArea comment = Controls.describe(new TextArea(), "moderation-comment", "moderation.window.comment");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(viewModel.commentProperty());
        Label commentLabel = label("moderation.window.comment", comment);
        CheckBox aboutItem = Controls.describe(new CheckBox(Messages.tr("moderation.window.aboutItem")),
                "moderation-about-item", "moderation.window.aboutItem");
        aboutItem.selectedProperty().bindBidirectional(viewModel.aboutCurrentItemProperty());
        Button add = Controls.button("moderation-add-comment", "moderation.window.addComment");
        add.setOnAction(e -> viewModel.addComment());
        ListView<String> drafts = Controls.describe(new ListView<>(viewModel.drafts()), "moderation-drafts",
                "moderation.window.drafts");
        drafts.getStyleClass().add("moderation-drafts");
        Button approve = Controls.button("moderation-approve", "moderation.window.approve");
        Button giveBack = Controls.button("moderation-return", "moderation.window.return");
        for (Button decision : new Button[] {approve, giveBack, add}) {
            decision.disableProperty().bind(viewModel.canDecideProperty().not().or(viewModel.busyProperty()));
        }
        comment.disableProperty().bind(viewModel.canDecideProperty().not());
        aboutItem.disableProperty().bind(viewModel.canDecideProperty().not());
        Button exportDecision = Controls.button("moderation-export", "moderation.window.export");
        exportDecision.disableProperty().bind(viewModel.canExportDecisionProperty().not().or(viewModel.busyProperty()));
        exportDecision.setOnAction(e -> viewModel.exportDecision());
        Button countersign = Controls.button("moderation-countersign", "moderation.window.countersign");
        countersign.disableProperty().bind(viewModel.canExportDecisionProperty().not().or(viewModel.busyProperty()));
        countersign.setOnAction(e -> viewModel.countersign());
        approve.setOnAction(e -> viewModel.approve());
        giveBack.setOnAction(e -> viewModel.returnWithComments());

        // Shown only when the council database brought reviews for this officer to moderate.
        ListView<String> council = Controls.describe(new ListView<>(viewModel.councilToModerate()),
                "moderation-council", "moderation.window.council");
        council.getStyleClass().add("moderation-council");
        Label councilLabel = label("moderation.window.council", council);
        for (javafx.scene.Node node : new javafx.scene.Node[] {council, councilLabel}) {
            node.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.councilToModerate()));
            node.managedProperty().bind(node.visibleProperty());
        }

        // The user's click changes the setting; the view model's reading only moves the tick.
        CheckBox required = Controls.describe(new CheckBox(Messages.tr("moderation.window.required")),
                "moderation-required", "moderation.window.required");
        required.setSelected(viewModel.requiredByCouncilProperty().get());
        viewModel.requiredByCouncilProperty().addListener((o, was, is) -> required.setSelected(is));
        required.setOnAction(e -> viewModel.setRequiredByCouncil(required.isSelected()));
        required.disableProperty().bind(viewModel.busyProperty());

        Label moderatorLabel = new Label(Messages.tr("moderation.window.moderator"));
        moderatorLabel.getStyleClass().add(Styles.SECTION_HEADING);
        root = new VBox(10, state, required, historyLabel, history, new HBox(8, submit, importDecision), moderatorLabel,
                commentLabel, comment, new HBox(8, aboutItem, add), drafts, new HBox(8, approve, giveBack, exportDecision, countersign),
                councilLabel, council);
        root.setPadding(new Insets(12));
    }

    private static Label label(String key, javafx.scene.control.Control target) {
        Label label = new Label(Messages.tr(key));
        label.setLabelFor(target);
        label.getStyleClass().add(Styles.SECTION_HEADING);
        return label;
    }

    public Node node() {
        return root;
    }
}
