package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;
import static org.charterreviewer.ui.walkthrough.WalkthroughControls.sectionLabel;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.charterreviewer.review.Decision;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;

/** The Outcome tab: the award rule's outcome and findings, the pledge's signatories, the decision and the history. */
final class OutcomePane {

    private final OutcomeViewModel viewModel;
    private final ToggleGroup decisions = new ToggleGroup();
    private final VBox pledge = new VBox();
    private final ScrollPane scroll;
    private boolean syncing;

    OutcomePane(OutcomeViewModel viewModel, SignatoriesPane signatories, HistoryPane history) {
        this.viewModel = viewModel;
        Label headline = WalkthroughControls.label("review-outcome", viewModel.headlineProperty());
        headline.getStyleClass().add(Styles.SECTION_HEADING);
        ListView<String> findings = Controls.describe(new ListView<>(viewModel.findings()), "review-findings",
                "review.findings");
        findings.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(220, Math.max(60, viewModel.findings().size() * 26.0 + 8)), viewModel.findings()));
        findings.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
                setPrefWidth(0);
            }
        });

        HBox decisionRow = new HBox(16);
        for (Decision d : Decision.values()) {
            String key = "review.decision." + camel(d);
            RadioButton radio = Controls.describe(new RadioButton(tr(key)), "review-decision-"
                    + d.name().toLowerCase(Locale.ROOT).replace('_', '-'), key);
            radio.setMnemonicParsing(true);
            radio.setUserData(d);
            radio.setToggleGroup(decisions);
            decisionRow.getChildren().add(radio);
        }
        decisions.selectedToggleProperty().addListener((obs, before, after) -> {
            if (!syncing) {
                viewModel.decisionProperty().set(after == null ? null : (Decision) after.getUserData());
            }
        });
        viewModel.decisionProperty().addListener((obs, before, after) -> select(after));
        decisionRow.disableProperty().bind(viewModel.editableProperty().not());

        TextArea summary = textArea("review-summary", "review.summary", 3);
        summary.textProperty().bindBidirectional(viewModel.summaryProperty());
        summary.editableProperty().bind(viewModel.editableProperty());
        TextArea reason = textArea("review-override", "review.override", 2);
        reason.textProperty().bindBidirectional(viewModel.overrideReasonProperty());
        reason.disableProperty().bind(viewModel.overrideNeededProperty().not().or(viewModel.editableProperty().not()));
        Label hint = WalkthroughControls.label("review-decision-hint", viewModel.hintProperty());
        hint.getStyleClass().add(Styles.MUTED);

        Button finalise = Controls.button("review-finalise", "review.finalise");
        finalise.setOnAction(event -> viewModel.finalise());
        finalise.disableProperty().bind(viewModel.editableProperty().not());
        Button amend = Controls.button("review-amend", "review.amend");
        amend.setOnAction(event -> viewModel.amend());
        amend.disableProperty().bind(viewModel.finalisedProperty().not());

        pledge.getChildren().setAll(signatories.node());
        pledge.setVisible(false);
        pledge.managedProperty().bind(pledge.visibleProperty());
        Label heading = new Label(tr("review.outcome.heading"));
        heading.getStyleClass().add("panel-heading");
        VBox box = new VBox(10, heading, headline, findings, pledge,
                sectionLabel("review.decision", decisionRow), decisionRow,
                sectionLabel("review.summary", summary), summary,
                sectionLabel("review.override", reason), reason, hint,
                new HBox(8, finalise, amend), history.node());
        box.setPadding(new Insets(12, 16, 24, 4));
        box.setId("review-outcome-pane");
        scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
    }

    private TextArea textArea(String id, String key, int rows) {
        TextArea area = Controls.describe(new TextArea(), id, key);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.focusedProperty().addListener((obs, before, focused) -> {
            if (!focused) {
                viewModel.flush();
            }
        });
        WalkthroughControls.tabLeaves(area);
        return area;
    }

    /** Once the charter is known: the signatories for a pledge, and the recorded decision. */
    void build(boolean isPledge) {
        pledge.setVisible(isPledge);
        select(viewModel.decisionProperty().get());
    }

    private void select(Decision decision) {
        syncing = true;
        try {
            Toggle match = decisions.getToggles().stream().filter(t -> t.getUserData() == decision).findFirst()
                    .orElse(null);
            decisions.selectToggle(match);
        } finally {
            syncing = false;
        }
    }

    private static String camel(Decision decision) {
        return switch (decision) {
            case AWARDED -> "awarded";
            case NOT_YET -> "notYet";
            case DEFERRED -> "deferred";
        };
    }

    /** The first list on the tab, for Ctrl+O to land on. */
    void focusFirst() {
        scroll.getContent().lookupAll(".list-view").stream().findFirst().ifPresent(Node::requestFocus);
    }

    Node node() {
        return scroll;
    }
}
