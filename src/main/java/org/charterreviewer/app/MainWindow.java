package org.charterreviewer.app;

import static org.charterreviewer.app.MenuItems.item;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.HostServices;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.review.ReviewEditor;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.ui.certificate.CertificateExportViewModel;
import org.charterreviewer.ui.certificate.FxCertificateDialogs;
import org.charterreviewer.ui.certificate.TimestampServerPane;
import org.charterreviewer.ui.certificate.TimestampServerViewModel;
import org.charterreviewer.ui.certificate.TrustedTimeViewModel;
import org.charterreviewer.ui.common.PassphrasePrompt;
import org.charterreviewer.ui.common.AppIcons;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.charters.ChartersView;
import org.charterreviewer.ui.charters.ChartersViewModel;
import org.charterreviewer.ui.charters.OutlineDraftView;
import org.charterreviewer.ui.charters.OutlineDraftViewModel;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.FxDialogService;
import org.charterreviewer.ui.common.FirstUse;
import org.charterreviewer.ui.common.FxTaskExecutor;
import org.charterreviewer.ui.common.Navigator;
import org.charterreviewer.ui.common.ScreenOnFirstVisit;
import org.charterreviewer.ui.common.Screen;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.common.TaskExecutor;
import org.charterreviewer.ui.moderation.ModerationPane;
import org.charterreviewer.ui.moderation.ModerationViewModel;
import org.charterreviewer.ui.team.CouncilDatabaseView;
import org.charterreviewer.ui.team.CouncilDatabaseViewModel;
import org.charterreviewer.ui.walkthrough.ReviewWalkthroughView;
import org.charterreviewer.ui.walkthrough.ReviewWalkthroughViewModel;
import org.charterreviewer.ui.walkthrough.LastPlacesFile;
import org.charterreviewer.ui.walkthrough.ReviewHistory;
import org.charterreviewer.ui.walkthrough.WalkthroughServices;
import org.charterreviewer.ui.common.FxTypingPause;
import org.charterreviewer.demo.DemoReview;
import org.charterreviewer.ui.evidence.EvidenceLimitView;
import org.charterreviewer.ui.evidence.EvidenceLimitViewModel;
import org.charterreviewer.ui.protection.RetentionView;
import org.charterreviewer.ui.protection.RetentionViewModel;
import org.charterreviewer.ui.reviews.SampleReviewViewModel;
import org.charterreviewer.ui.reviews.ReviewsServices;
import org.charterreviewer.ui.reviews.ReviewsView;
import org.charterreviewer.ui.reviews.ReviewsViewModel;
import org.charterreviewer.ui.schools.FxSchoolDialogs;
import org.charterreviewer.ui.schools.SchoolsView;
import org.charterreviewer.ui.schools.SchoolsViewModel;
import org.charterreviewer.ui.shell.Appearance;
import org.charterreviewer.ui.shell.AppearanceStore;
import org.charterreviewer.ui.shell.Destination;
import org.charterreviewer.ui.shell.SystemHighContrast;
import org.charterreviewer.ui.shell.MainWindowView;
import org.charterreviewer.ui.shell.MainWindowViewModel;
import org.charterreviewer.ui.shell.WindowGeometry;
import org.charterreviewer.ui.shell.WindowGeometryStore;
import org.charterreviewer.ui.shell.WindowPlacement;
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
    private final FirstUse<CertificateExportViewModel> certificateExport;
    private final FirstUse<CouncilDatabaseViewModel> team;
    private final Map<Destination, Screen> screens;
    /** Builds the walkthrough screen of one review. */
    private final Function<UUID, Screen> reviewScreens;
    private ReviewWalkthroughViewModel openWalkthrough;
    /** Text is written once the officer stops typing for this long (or leaves the field). */
    private static final long TYPING_PAUSE_MILLIS = 400;
    private final ReviewEditor reviewEditor;
    private final LastPlacesFile lastPlaces;

    private final Appearance appearance;
    /** True when this window made its own {@link Appearance} and so removes it on shutdown. */
    private final boolean ownsAppearance;

    /** A window with its own appearance settings, read from the workspace's data folder (tests use this). */
    public MainWindow(Stage stage, Workspace workspace, HostServices hostServices) {
        this(stage, workspace, hostServices, appearanceOf(workspace), true);
    }

    /** A window sharing the appearance the app already applies to the passphrase window. */
    public MainWindow(Stage stage, Workspace workspace, HostServices hostServices, Appearance appearance) {
        this(stage, workspace, hostServices, appearance, false);
    }

    private MainWindow(Stage stage, Workspace workspace, HostServices hostServices, Appearance appearance,
            boolean ownsAppearance) {
        this.stage = stage;
        this.appearance = appearance;
        this.ownsAppearance = ownsAppearance;
        this.workspace = workspace;
        this.geometryStore = new WindowGeometryStore(workspace.folder().windowSettingsFile(), workspace.json());
        this.viewModel = new MainWindowViewModel(workspace.folder().root().toString());
        this.dialogs = new FxDialogService(() -> stage, hostServices);
        this.reviewEditor = workspace.reviews().editor();
        this.lastPlaces = lastPlacesOf(workspace);

        screens = new EnumMap<>(Destination.class);
        reviewScreens = id -> openWalkthrough(id, dialogs);
        // Only the first screen is built now; the others, and the services behind the menus (PDFBox,
        // BouncyCastle, the review file mapper), on first use: unlocking shows the window sooner
        // (issue #15, docs/PERFORMANCE.md). View models are cheap and built now, so the menus,
        // their shortcuts and what they enable are the same as before.
        ChartersViewModel chartersViewModel = new ChartersViewModel(workspace.charters(), tasks, dialogs,
                () -> tasks.execute(BackgroundTask.of(Messages.tr("charters.task.loading"), monitor -> workspace.summary())
                        .notCancellable().onSuccess(viewModel::showSummary)));
        screens.put(Destination.CHARTERS, new ScreenOnFirstVisit(() -> new ChartersView(chartersViewModel)));
        SchoolsViewModel schoolsViewModel = new SchoolsViewModel(workspace.schools(), tasks, queries, dialogs,
                new FxSchoolDialogs(() -> stage), workspace.eraser(), this);
        screens.put(Destination.SCHOOLS, new ScreenOnFirstVisit(() -> new SchoolsView(schoolsViewModel)));
        ReviewsViewModel reviewsViewModel = new ReviewsViewModel(new ReviewsServices(workspace.reviews(),
                workspace.charters(), workspace.schools(), workspace.eraser(), () -> workspace.summary().reviews(),
                workspace.clock()), tasks, dialogs, this);
        ReviewsView reviewsView = new ReviewsView(reviewsViewModel);
        screens.put(Destination.REVIEWS, reviewsView);

        VerifyViewModel verifyViewModel = new VerifyViewModel(file -> workspace.certificates().check(file),
                workspace.json(), tasks, dialogs);
        // Add trusted time… (certificate extend): the extended copy is checked on the Verify screen at once.
        TrustedTimeViewModel trustedTime = new TrustedTimeViewModel(
                (in, out, monitor) -> workspace.certificateExtension().extend(in, out, monitor),
                () -> workspace.trustedTime().councilServer(), tasks, dialogs, extended -> {
                    viewModel.navigate(Destination.VERIFY);
                    verifyViewModel.verify(extended);
                });
        screens.put(Destination.VERIFY, new ScreenOnFirstVisit(() -> new VerifyView(verifyViewModel, trustedTime)));
        Runnable identityDialog = () -> IdentityView.showDialog(stage, new IdentityViewModel(workspace.identity(),
                passphrase -> {
                    if (!workspace.opensWith(passphrase)) {
                        throw new WrongPassphraseException();
                    }
                }, tasks, dialogs));
        this.certificateExport = FirstUse.of(() -> new CertificateExportViewModel(workspace.certificates(),
                workspace.reviews(), workspace.identity(), tasks, dialogs, new FxCertificateDialogs(() -> stage,
                        identityDialog, workspace::opensWith)));

        this.view = new MainWindowView(viewModel, screens, tasks, appearance,
                () -> dialogs.showAbout(Messages.tr("about.title"), viewModel.aboutText(),
                        AppIcons.url(AppIcons.ABOUT_SIZE)),
                stage::close);
        view.addNewMenuItems(reviewsView.fileMenuItems().toArray(MenuItem[]::new));
        view.addNewMenuItems(item("menu-new-charter-from-outline",
                "menu.file.newCharterFromOutline", null, () -> OutlineDraftView.showDialog(stage,
                        new OutlineDraftViewModel(workspace.charters(), tasks, dialogs, chartersViewModel::refresh))));
        ExchangeMenus.addTo(view, stage, workspace, tasks, dialogs, chartersViewModel, schoolsViewModel, certificateExport,
                this::refreshSummary);
        // In one submenu, so the File menu opens whole at 200 % above a Windows taskbar (MenusAtLargeTextTest).
        Menu certificates = new Menu(Messages.tr("menu.file.certificates"));
        certificates.setId("menu-file-certificates");
        certificates.getItems().addAll(
                item("menu-signing-identity", "menu.file.signingIdentity", null, identityDialog),
                item("menu-add-trusted-time", "menu.file.addTrustedTime", null, trustedTime::addTrustedTime));
        view.addFileMenuItems(certificates);
        // The council team: File → Council database… and Sync, the last sync in the status bar. Its
        // service (it reads review files) is built on a task thread once the window shows (show()).
        this.team = FirstUse.of(() -> {
            CouncilDatabaseViewModel council = new CouncilDatabaseViewModel(workspace.team(), tasks, dialogs,
                    chartersViewModel::refresh);
            council.lastSyncProperty().addListener((observable, before, after) -> viewModel.showLastSync(after));
            return council;
        });
        FirstUse<TimestampServerViewModel> timestampServer = FirstUse.of(() -> new TimestampServerViewModel(
                workspace.trustedTime(), tasks));
        view.addFileMenuItems(
                item("menu-council-database", "menu.file.councilDatabase", null,
                        () -> {
                            timestampServer.get().refresh();
                            CouncilDatabaseView.showDialog(stage, team.get(),
                                    new TimestampServerPane(timestampServer.get()).node());
                        }),
                item("menu-council-sync", "menu.file.councilSync", new KeyCodeCombination(KeyCode.Y,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> team.get().sync()));
        // Retention and the sample review, once only on the command line: the same services as retention and demo.
        FirstUse<RetentionViewModel> retention = FirstUse.of(() -> new RetentionViewModel(workspace.retention(),
                tasks, dialogs, reviewsViewModel::refresh));
        view.addFileMenuItems(item("menu-retention", "menu.file.retention", null,
                () -> RetentionView.showDialog(stage, retention.get())),
                item("menu-evidence-limit", "menu.file.evidenceLimit", null, () -> EvidenceLimitView.showDialog(stage,
                        new EvidenceLimitViewModel(workspace.evidence(), tasks))));
        view.addHelpMenuItems(item("menu-help-sample", "menu.help.sample", null, new SampleReviewViewModel(
                () -> new DemoReview(workspace.schools(), workspace.charters(), workspace.reviews(), workspace.evidence(),
                        workspace.clock()), tasks, dialogs, this)::open));
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Styles.STYLESHEET);
        appearance.install();
        appearance.applyTo(scene);
        stage.setScene(scene);
        // The counts in the status bar follow every change made through the window.
        tasks.currentProperty().addListener((observable, before, running) -> {
            if (running == null) {
                refreshSummary();
            }
        });
        viewModel.destinationProperty().addListener((observable, before, after) -> refreshSummary());
        stage.setTitle(viewModel.title());
        stage.getIcons().setAll(AppIcons.windowIcons());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(event -> geometryStore.save(geometryOf(stage)));
    }

    private static Appearance appearanceOf(Workspace workspace) {
        return new Appearance(new AppearanceStore(workspace.folder().appearanceSettingsFile(), workspace.json()),
                SystemHighContrast::asked);
    }

    private void refreshSummary() {
        queries.execute(BackgroundTask.of(Messages.tr("charters.task.loading"), monitor -> workspace.summary())
                .notCancellable().onSuccess(viewModel::showSummary));
    }

    private Screen openWalkthrough(UUID reviewId, DialogService dialogs) {
        if (openWalkthrough != null) {
            openWalkthrough.close();
        }
        ReviewWalkthroughViewModel walkthrough = new ReviewWalkthroughViewModel(reviewId,
                walkthroughServices(workspace, reviewEditor, lastPlaces),
                tasks, queries, dialogs, this, new FxTypingPause(TYPING_PAUSE_MILLIS));
        openWalkthrough = walkthrough;
        ReviewWalkthroughView view = new ReviewWalkthroughView(walkthrough);
        ModerationViewModel moderation = new ModerationViewModel(reviewId, workspace.moderation().service(),
                workspace.moderation().decisions(), workspace.reviews(), tasks, dialogs,
                () -> walkthrough.navigation().itemProperty().get() == null ? null
                        : walkthrough.navigation().itemProperty().get().id(),
                () -> workspace.team().status().connected() ? workspace.moderation().relay().toModerate()
                        : java.util.List.of(),
                () -> new PassphrasePrompt(stage, workspace::opensWith).ask("moderation-passphrase",
                        Messages.tr("moderation.window.signTitle"), Messages.tr("moderation.window.passphrase"),
                        Messages.tr("certificate.ui.passphraseField"), Messages.tr("moderation.window.sign")),
                workspace.countersigning()::countersign);
        view.addTab("review-tab-moderation", Messages.tr("moderation.tab"), new ModerationPane(moderation).node(),
                moderation::refresh);
        return view;
    }

    /** What the walkthrough needs from a workspace, with the places where reviews were left kept in its folder. */
    public static WalkthroughServices walkthroughServices(Workspace workspace) {
        return walkthroughServices(workspace, workspace.reviews().editor(), lastPlacesOf(workspace));
    }

    private static LastPlacesFile lastPlacesOf(Workspace workspace) {
        return new LastPlacesFile(workspace.folder().windowSettingsFile().resolveSibling("walkthrough-places.json"),
                workspace.json());
    }

    /** What every walkthrough window needs; the review is written through the editor, one change at a time. */
    private static WalkthroughServices walkthroughServices(Workspace workspace, ReviewEditor reviewEditor,
            LastPlacesFile lastPlaces) {
        ReviewHistory history = new ReviewHistory() {
            @Override
            public java.util.List<org.charterreviewer.review.RevisionInfo> revisions(UUID reviewId) {
                return workspace.reviews().revisions(reviewId);
            }

            @Override
            public java.util.List<org.charterreviewer.audit.AuditEntry> auditTrail(UUID reviewId) {
                return workspace.reviews().auditTrail(reviewId);
            }
        };
        return new WalkthroughServices(reviewEditor, workspace.reviews()::charterOf,
                (review, file, itemId, monitor) -> workspace.evidence().attach(review.ref(), file,
                        java.util.List.of(itemId), null, monitor),
                workspace.evidence(), workspace.eraser(), history, lastPlaces, workspace.clock(),
                () -> workspace.identity().officerName().orElseGet(() -> System.getProperty("user.name", "officer")),
                workspace.evidence()::pendingAmong);
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
        // The last council sync for the status bar: the team's service is built off the FX thread.
        queries.execute(BackgroundTask.of(Messages.tr("team.task.status"), monitor -> workspace.team())
                .notCancellable().onSuccess(service -> team.get().refresh()));
    }

    /** Stops background work; the caller closes the workspace afterwards. */
    public void shutdown() {
        if (openWalkthrough != null) {
            // The last words typed are written before the workspace closes.
            openWalkthrough.closeAndWait(10_000);
        }
        tasks.shutdown();
        queries.shutdown();
        if (ownsAppearance) {
            appearance.uninstall();
        }
    }

    private void restoreGeometry(WindowGeometry saved) {
        WindowGeometry placed = WindowPlacement.place(saved,
                javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList(),
                javafx.stage.Screen.getPrimary().getVisualBounds());
        stage.setWidth(placed.width());
        stage.setHeight(placed.height());
        stage.setX(placed.x());
        stage.setY(placed.y());
        stage.setMaximized(placed.maximized());
    }

    private static WindowGeometry geometryOf(Stage stage) {
        return new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
    }

    /** Lets the reviews screens export the certificate of the review they show. */
    public CertificateExportViewModel certificateExport() {
        return certificateExport.get();
    }
}
