package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.ui.walkthrough.WalkthroughControls.label;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.common.WrappedTooltip;

/**
 * The top of the walkthrough: back to the list, the school (a long name wraps and is cut after three
 * lines, its full text in a tooltip), the charter, visit and status, completeness with the save
 * state, and the finalised banner. "Back to reviews" and the save state keep their width.
 */
final class HeaderPane {

    /**
     * Two lines of a 130-character name fit beside the button at 1366 pixels wide; the third is for
     * large text, where the title's size grows less than the rest (app.css).
     */
    private static final int SCHOOL_NAME_LINES = 3;

    private final VBox root;

    HeaderPane(HeaderViewModel viewModel) {
        Label school = label("review-school", viewModel.schoolNameProperty());
        school.getStyleClass().add(Styles.SCREEN_TITLE);
        school.setTextOverrun(OverrunStyle.ELLIPSIS);
        school.setMinWidth(0);
        school.setMaxWidth(Double.MAX_VALUE);
        school.setMaxHeight(Region.USE_PREF_SIZE);
        // 54 ems of the tooltip's font: 600 px at 100 % text.
        Tooltip full = WrappedTooltip.wrappingAt(54);
        full.textProperty().bind(viewModel.schoolNameProperty());
        school.setTooltip(full);
        // Cut after two lines: the label's height follows its font, so the limit is set once shown.
        school.fontProperty().addListener((obs, before, font) ->
                school.setMaxHeight(font.getSize() * 1.35 * SCHOOL_NAME_LINES));
        HBox.setHgrow(school, Priority.ALWAYS);

        Label saved = label("review-save-state", viewModel.saveMessageProperty());
        saved.getStyleClass().addAll("save-indicator", Styles.MUTED);
        saved.setWrapText(false);
        saved.setMinWidth(Region.USE_PREF_SIZE);
        viewModel.saveFailedProperty().addListener((obs, before, failed) -> {
            saved.getStyleClass().removeAll(Styles.ERROR_TEXT, Styles.MUTED);
            saved.getStyleClass().add(failed ? Styles.ERROR_TEXT : Styles.MUTED);
        });
        Button back = Controls.button("review-back", "review.back");
        back.setOnAction(event -> viewModel.back());
        back.setMinWidth(Region.USE_PREF_SIZE);

        // The save state sits under the name, beside the completeness, leaving the name the whole row.
        HBox titleRow = new HBox(12, back, school);
        titleRow.setAlignment(Pos.TOP_LEFT);
        Label charter = label("review-charter", viewModel.charterLabelProperty());
        Label visit = label("review-visit", viewModel.visitLabelProperty());
        Label status = label("review-status", viewModel.statusLabelProperty());
        status.getStyleClass().add("review-status");
        // The charter's title on a line of its own and the visit beside the status, each wrapping: a
        // flow of labels would be as wide as its longest one and push the screen past a window at 200 %.
        charter.setWrapText(true);
        visit.setWrapText(true);
        status.setWrapText(true);
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox visitAndStatus = new HBox(8, visit, dot(), status);
        visitAndStatus.setAlignment(Pos.TOP_LEFT);
        VBox facts = new VBox(2, charter, visitAndStatus);
        Label completeness = label("review-completeness", viewModel.completenessLabelProperty());
        completeness.getStyleClass().add("review-completeness");
        Label banner = label("review-banner", viewModel.finalisedBannerProperty());
        banner.getStyleClass().add("finalised-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(viewModel.finalisedProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        HBox.setHgrow(completeness, Priority.ALWAYS);
        completeness.setMaxWidth(Double.MAX_VALUE);
        HBox progress = new HBox(12, completeness, saved);
        progress.setAlignment(Pos.TOP_LEFT);
        root = new VBox(4, titleRow, facts, progress, banner);
        root.getStyleClass().add("review-header");
    }

    private static Label dot() {
        Label dot = new Label("·");
        dot.getStyleClass().add(Styles.MUTED);
        return dot;
    }

    Node node() {
        return root;
    }
}
