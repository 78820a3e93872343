package org.charterreviewer.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.ui.certificate.CertificateExportViewModel;
import org.charterreviewer.ui.certificate.FxCertificateDialogs;
import org.charterreviewer.ui.common.AppIcons;
import org.charterreviewer.bundle.Bundles;
import org.charterreviewer.ui.bundle.BundleMenu;
import org.charterreviewer.ui.bundle.BundleViewModel;
import org.charterreviewer.ui.bundle.FxBundleDialogs;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.charters.ChartersView;
import org.charterreviewer.ui.charters.ChartersViewModel;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.EmptyScreen;
import org.charterreviewer.ui.common.FxDialogService;
import org.charterreviewer.ui.common.FxTaskExecutor;
import org.charterreviewer.ui.common.Navigator;
import org.charterreviewer.ui.common.Screen;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.common.TaskExecutor;
import org.charterreviewer.ui.review.AutosaveQueue;
import org.charterreviewer.ui.review.ReviewWalkthroughView;
import org.charterreviewer.ui.review.ReviewWalkthroughViewModel;
import org.charterreviewer.ui.report.ReportExportView;
import org.charterreviewer.ui.report.ReportExportViewModel;
import org.charterreviewer.ui.reviews.RegisterExportViewModel;
import org.charterreviewer.ui.reviews.ReviewsServices;
import org.charterreviewer.ui.reviews.ReviewsView;
import org.charterreviewer.ui.reviews.ReviewsViewModel;
import org.charterreviewer.ui.schools.FxSchoolDialogs;
import org.charterreviewer.ui.schools.SchoolsView;
import org.charterreviewer.ui.schools.SchoolsViewModel;
import org.charterreviewer.ui.shell.Destination;
import org.charterreviewer.ui.shell.MainWindowView;
import org.charterreviewer.ui.shell.MainWindowViewModel;
import org.charterreviewer.ui.shell.WindowGeometry;
import org.charterreviewer.ui.shell.WindowGeometryStore;
import org.charterreviewer.ui.identity.IdentityView;
import org.charterreviewer.ui.identity.IdentityViewModel;
import org.charterreviewer.ui.verify.VerifyView;
import org.charterreviewer.ui.verify.VerifyViewModel;
import org.charterreviewer.workspace.Workspace;

/**
 * Builds the main window on a stage for an open workspace: every screen with its view model and
 * the services it needs. Used by the app and, unchanged, by the UI tests.
 */
public final class MainWindow implements Navigator {

    private final Stage stage;
    private final Workspace workspace;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    /** Searches and lookups as the officer types: off the FX thread, but not shown in the status bar. */
    private final FxTaskExecutor queries = new FxTaskExecutor();
    private final WindowGeometryStore geometryStore;
    private final MainWindowViewModel viewModel;
    private final FxDialogService dialogs;
    private final MainWindowView view;
    private final CertificateExportViewModel certificateExport;
    private final Map<Destination, Screen> screens;
    /** Builds the walkthrough screen of one review. */
    private final Function<UUID, Screen> reviewScreens;
    private ReviewWalkthroughViewModel openWalkthrough;

    public MainWindow(Stage stage, Workspace workspace, HostServices hostServices) {
        this.stage = stage;
        this.workspace = workspace;
        this.geometryStore = new WindowGeometryStore(workspace.folder().windowSettingsFile(), workspace.json());
        this.viewModel = new MainWindowViewModel(workspace.folder().root().toString());
        this.dialogs = new FxDialogService(() -> stage, hostServices);

        screens = new EnumMap<>(Destination.class);
        reviewScreens = id -> openWalkthrough(id, dialogs);
        ChartersView charters = new ChartersView(new ChartersViewModel(workspace.charters(), tasks, dialogs,
                () -> tasks.execute(BackgroundTask.of(Messages.tr("charters.task.loading"), monitor -> workspace.summary())
                        .notCancellable().onSuccess(viewModel::showSummary))));
        screens.put(Destination.CHARTERS, charters);
        SchoolsView schools = new SchoolsView(new SchoolsViewModel(workspace.schools(), tasks, queries, dialogs,
                new FxSchoolDialogs(() -> stage), workspace.eraser(), this));
        screens.put(Destination.SCHOOLS, schools);
        ReviewsView reviewsView = new ReviewsView(new ReviewsViewModel(new ReviewsServices(workspace.reviews(),
                workspace.charters(), workspace.schools(), workspace.eraser(), () -> workspace.summary().reviews(),
                workspace.clock()), tasks, dialogs, this));
        screens.put(Destination.REVIEWS, reviewsView);

        VerifyView verify = new VerifyView(new VerifyViewModel(workspace.certificates()::check, workspace.json(), tasks,
                dialogs));
        screens.put(Destination.VERIFY, verify);
        Runnable identityDialog = () -> IdentityView.showDialog(stage, new IdentityViewModel(workspace.identity(),
                passphrase -> {
                    if (!workspace.opensWith(passphrase)) {
                        throw new WrongPassphraseException();
                    }
                }, tasks, dialogs));
        this.certificateExport = new CertificateExportViewModel(workspace.certificates(), workspace.reviews(),
                workspace.identity(), tasks, dialogs, new FxCertificateDialogs(() -> stage, identityDialog));

        this.view = new MainWindowView(viewModel, screens, tasks,
                () -> dialogs.showAbout(Messages.tr("about.title"), viewModel.aboutText(),
                        AppIcons.url(AppIcons.ABOUT_SIZE)),
                stage::close);
        view.addFileMenuItems(charters.importMenuItem());
        view.addFileMenuItems(reviewsView.fileMenuItems().toArray(MenuItem[]::new));
        view.addFileMenuItems(schools.importMenuItem());
        view.addFileMenuItems(new ReportExportView(new ReportExportViewModel(workspace.reviews(), workspace.reports(),
                tasks, dialogs, ReportExportView.chooser(() -> stage))).menuItem());
        view.addFileMenuItems(new BundleMenu(new BundleViewModel(Bundles.of(workspace), workspace.identity(), tasks, dialogs,
                new FxBundleDialogs(() -> stage))).items().toArray(MenuItem[]::new));
        view.addFileMenuItems(
                menuItem("menu-export-certificate", "menu.file.exportCertificate",
                        new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), certificateExport::exportCertificate),
                menuItem("menu-signing-identity", "menu.file.signingIdentity", null, identityDialog));
        RegisterExportViewModel registers = new RegisterExportViewModel(workspace.registerExports(), tasks, dialogs);
        view.addFileMenuItems(
                menuItem("menu-awards-register", "menu.file.awardsRegister", null, registers::exportAwardsRegister),
                menuItem("menu-signatories", "menu.file.signatories", null, registers::exportSignatories));
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(viewModel.title());
        stage.getIcons().setAll(AppIcons.windowIcons());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(event -> geometryStore.save(geometryOf(stage)));
    }

    private Screen openWalkthrough(UUID reviewId, DialogService dialogs) {
        ReviewWalkthroughViewModel walkthrough = new ReviewWalkthroughViewModel(reviewId, workspace.reviews(),
                workspace.evidence(), workspace.eraser(), AutosaveQueue.background(Platform::runLater), tasks, dialogs, this);
        openWalkthrough = walkthrough;
        return new ReviewWalkthroughView(walkthrough);
    }

    @Override
    public void openReview(UUID reviewId) {
        view.showScreen(reviewScreens.apply(reviewId), Destination.REVIEWS);
    }

    @Override
    public void showReviews() {
        viewModel.navigate(Destination.REVIEWS);
        view.showScreen(screens.get(Destination.REVIEWS), Destination.REVIEWS);
    }

    public MainWindowViewModel viewModel() {
        return viewModel;
    }

    /** The window's dialogs, for actions the app adds to its menus. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** The executor whose progress the status bar shows. */
    public TaskExecutor tasks() {
        return tasks;
    }

    /** Adds items to the File menu, above Exit. */
    public void addFileMenuItems(MenuItem... items) {
        view.addFileMenuItems(items);
    }

    public void show() {
        restoreGeometry(geometryStore.load());
        viewModel.showSummary(workspace.summary());
        stage.show();
    }

    /** Stops background work; the caller closes the workspace afterwards. */
    public void shutdown() {
        if (openWalkthrough != null) {
            // The last words typed are written before the workspace closes.
            openWalkthrough.closeAndWait(10_000);
        }
        tasks.shutdown();
        queries.shutdown();
    }

    private void restoreGeometry(WindowGeometry geometry) {
        stage.setWidth(geometry.width());
        stage.setHeight(geometry.height());
        // Only restore a position that is still on a connected screen (laptops leave docks).
        if (geometry.hasPosition() && !javafx.stage.Screen.getScreensForRectangle(
                new Rectangle2D(geometry.x(), geometry.y(), 100, 100)).isEmpty()) {
            stage.setX(geometry.x());
            stage.setY(geometry.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(geometry.maximized());
    }

    private static WindowGeometry geometryOf(Stage stage) {
        return new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
    }

    /** Lets the reviews screens export the certificate of the review they show. */
    public CertificateExportViewModel certificateExport() {
        return certificateExport;
    }

    private static MenuItem menuItem(String id, String key, KeyCombination accelerator, Runnable action) {
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
