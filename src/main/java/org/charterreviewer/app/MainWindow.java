package org.charterreviewer.app;

import java.util.EnumMap;
import java.util.Map;
import javafx.application.HostServices;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.ui.common.AppIcons;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.charters.ChartersView;
import org.charterreviewer.ui.charters.ChartersViewModel;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.EmptyScreen;
import org.charterreviewer.ui.common.FxDialogService;
import org.charterreviewer.ui.common.FxTaskExecutor;
import org.charterreviewer.ui.common.Screen;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.common.TaskExecutor;
import org.charterreviewer.ui.schools.FxSchoolDialogs;
import org.charterreviewer.ui.schools.SchoolsView;
import org.charterreviewer.ui.schools.SchoolsViewModel;
import org.charterreviewer.ui.shell.Destination;
import org.charterreviewer.ui.shell.MainWindowView;
import org.charterreviewer.ui.shell.MainWindowViewModel;
import org.charterreviewer.ui.shell.WindowGeometry;
import org.charterreviewer.ui.shell.WindowGeometryStore;
import org.charterreviewer.workspace.Workspace;

/**
 * Builds the main window on a stage for an open workspace: every screen with its view model and
 * the services it needs. Used by the app and, unchanged, by the UI tests.
 */
public final class MainWindow {

    private final Stage stage;
    private final Workspace workspace;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    /** Searches and lookups as the officer types: off the FX thread, but not shown in the status bar. */
    private final FxTaskExecutor queries = new FxTaskExecutor();
    private final WindowGeometryStore geometryStore;
    private final MainWindowViewModel viewModel;
    private final FxDialogService dialogs;
    private final MainWindowView view;

    public MainWindow(Stage stage, Workspace workspace, HostServices hostServices) {
        this.stage = stage;
        this.workspace = workspace;
        this.geometryStore = new WindowGeometryStore(workspace.folder().windowSettingsFile(), workspace.json());
        this.viewModel = new MainWindowViewModel(workspace.folder().root().toString());
        this.dialogs = new FxDialogService(() -> stage, hostServices);

        Map<Destination, Screen> screens = new EnumMap<>(Destination.class);
        screens.put(Destination.REVIEWS, new EmptyScreen("reviews-screen", "nav.reviews", "reviews.empty"));
        ChartersView charters = new ChartersView(new ChartersViewModel(workspace.charters(), tasks, dialogs,
                () -> tasks.execute(BackgroundTask.of(Messages.tr("charters.task.loading"), monitor -> workspace.summary())
                        .notCancellable().onSuccess(viewModel::showSummary))));
        screens.put(Destination.CHARTERS, charters);
        SchoolsView schools = new SchoolsView(new SchoolsViewModel(workspace.schools(), tasks, queries, dialogs,
                new FxSchoolDialogs(() -> stage), workspace.eraser()));
        screens.put(Destination.SCHOOLS, schools);

        this.view = new MainWindowView(viewModel, screens, tasks,
                () -> dialogs.showAbout(Messages.tr("about.title"), viewModel.aboutText(),
                        AppIcons.url(AppIcons.ABOUT_SIZE)),
                stage::close);
        view.addFileMenuItems(charters.importMenuItem());
        view.addFileMenuItems(schools.importMenuItem());
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(viewModel.title());
        stage.getIcons().setAll(AppIcons.windowIcons());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(event -> geometryStore.save(geometryOf(stage)));
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
}
