package org.charterreviewer.ui.report;

import org.charterreviewer.i18n.Dates;
import static org.charterreviewer.i18n.Messages.tr;

import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.ui.common.ReviewChoice;

/** The File menu's "Export review report…" item and the dialog that asks which review. */
public final class ReportExportView {


    private final MenuItem menuItem;

    public ReportExportView(ReportExportViewModel viewModel) {
        menuItem = new MenuItem(tr("report.ui.menu"));
        menuItem.setId("menu-export-report");
        menuItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        menuItem.setOnAction(event -> viewModel.chooseAndExport());
        menuItem.disableProperty().bind(viewModel.busyProperty());
    }

    public MenuItem menuItem() {
        return menuItem;
    }

    /** A choice dialog listing reviews as "School — charter — visit — status", newest visit first. */
    public static ReportExportViewModel.ReviewChooser chooser(Supplier<Window> owner) {
        return chooser(owner, tr("report.ui.title"), tr("report.ui.choose"), tr("report.ui.chooseAction"));
    }

    /** The same list of reviews under another feature's title, question and button (review files use it). */
    public static ReportExportViewModel.ReviewChooser chooser(Supplier<Window> owner, String title, String question,
            String action) {
        return reviews -> new ReviewChoice("report-review-choice", "report-review-list", title, question,
                tr("report.ui.review"), action, ReportExportView::line).ask(owner.get(), reviews);
    }

    private static String line(ReviewSummary review) {
        String status = review.status() == ReviewStatus.FINALISED ? tr("report.ui.finalised") : tr("report.ui.inProgress");
        return tr("report.ui.choice", review.schoolName(), review.charterTitle(), review.charterVersion(),
                Dates.day(review.visitDate()), status, review.revision());
    }
}
