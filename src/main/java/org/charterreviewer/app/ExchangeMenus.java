package org.charterreviewer.app;

import static org.charterreviewer.app.MenuItems.item;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.charterreviewer.bundle.Bundles;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.ui.bundle.BundleMenu;
import org.charterreviewer.ui.bundle.BundleViewModel;
import org.charterreviewer.ui.bundle.FxBundleDialogs;
import org.charterreviewer.ui.certificate.CertificateExportViewModel;
import org.charterreviewer.ui.charters.ChartersView;
import org.charterreviewer.ui.charters.ChartersViewModel;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.FirstUse;
import org.charterreviewer.ui.common.FxTaskExecutor;
import org.charterreviewer.ui.report.ReportExportView;
import org.charterreviewer.ui.report.ReportExportViewModel;
import org.charterreviewer.ui.reviewfile.ReviewFileViewModel;
import org.charterreviewer.ui.reviews.RegisterExportViewModel;
import org.charterreviewer.ui.schools.SchoolsView;
import org.charterreviewer.ui.schools.SchoolsViewModel;
import org.charterreviewer.ui.shell.MainWindowView;
import org.charterreviewer.workspace.Workspace;

/**
 * File → Import and File → Export of the main window: charters, the GIAS register, review files and
 * evidence bundles in; certificates, reports, bundles, review files and the registers out. The
 * services behind them (PDFBox, BouncyCastle, the review-file mapper) are built the first time an
 * item is chosen, so unlocking does not wait for them (issue #15).
 */
final class ExchangeMenus {

    private ExchangeMenus() {
    }

    static void addTo(MainWindowView view, Stage stage, Workspace workspace, FxTaskExecutor tasks, DialogService dialogs,
            ChartersViewModel charters, SchoolsViewModel schools, FirstUse<CertificateExportViewModel> certificateExport,
            Runnable refreshSummary) {
        // Review files, the unsigned interchange: the same service as review export / review import.
        FirstUse<ReviewFileViewModel> reviewFiles = FirstUse.of(() -> new ReviewFileViewModel(workspace.reviews(),
                workspace.reviewFiles(), tasks, dialogs, ReportExportView.chooser(() -> stage,
                        Messages.tr("reviewFile.ui.exportTitle"), Messages.tr("reviewFile.ui.choose"),
                        Messages.tr("reviewFile.ui.chooseAction")),
                refreshSummary));
        FirstUse<Bundles> bundleService = FirstUse.of(() -> Bundles.of(workspace));
        BundleMenu bundles = new BundleMenu(new BundleViewModel(bundleService, workspace::identity, tasks, dialogs,
                new FxBundleDialogs(() -> stage, workspace::opensWith)));
        view.addImportMenuItems(ChartersView.importMenuItem(charters), SchoolsView.importMenuItem(schools),
                item("menu-import-review-file", "menu.file.importReviewFile", null,
                        () -> reviewFiles.get().chooseAndImport()),
                bundles.importItem());
        FirstUse<RegisterExportViewModel> registers = FirstUse.of(() -> new RegisterExportViewModel(
                workspace.registerExports(), tasks, dialogs));
        view.addExportMenuItems(
                item("menu-export-certificate", "menu.file.exportCertificate",
                        new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                        () -> certificateExport.get().exportCertificate()),
                new ReportExportView(new ReportExportViewModel(workspace.reviews(), workspace::reports,
                        tasks, dialogs, ReportExportView.chooser(() -> stage))).menuItem(),
                bundles.exportItem(),
                item("menu-export-review-file", "menu.file.exportReviewFile", null,
                        () -> reviewFiles.get().chooseAndExport()),
                item("menu-awards-register", "menu.file.awardsRegister", null,
                        () -> registers.get().exportAwardsRegister()),
                item("menu-signatories", "menu.file.signatories", null, () -> registers.get().exportSignatories()));
    }
}
