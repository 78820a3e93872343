package org.charterreviewer.ui.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.FxTaskExecutor;
import org.charterreviewer.ui.common.SceneMnemonics;
import org.charterreviewer.ui.common.Screen;
import org.charterreviewer.ui.common.Styles;

/**
 * The main window's content: menus, the sidebar that leads to each screen, the screen itself and
 * the status bar. Screens are handed in by the composition root.
 */
public final class MainWindowView extends BorderPane {

    private final MainWindowViewModel viewModel;
    private final Map<Destination, Screen> screens;
    private final Map<Destination, ToggleButton> navButtons = new EnumMap<>(Destination.class);
    private final StackPane content = new StackPane();
    private final Menu fileMenu;
    private final Menu importMenu;
    private final Menu exportMenu;
    private final Menu helpMenu;
    private Screen shown;

    public MainWindowView(MainWindowViewModel viewModel, Map<Destination, Screen> screens, FxTaskExecutor tasks,
            Appearance appearance, Runnable showAbout, Runnable exit) {
        this.viewModel = viewModel;
        this.screens = new EnumMap<>(screens);
        setId("main-window");

        fileMenu = new Menu(Messages.tr("menu.file"));
        fileMenu.setId("menu-file");
        MenuItem exitItem = new MenuItem(Messages.tr("menu.file.exit"));
        exitItem.setId("menu-exit");
        exitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exitItem.setOnAction(event -> exit.run());
        // Imports and exports in their own submenus: with every item at the top level the File menu
        // ran off a 768-pixel screen at 200 % text and had to scroll.
        importMenu = new Menu(Messages.tr("menu.file.import"));
        importMenu.setId("menu-file-import");
        exportMenu = new Menu(Messages.tr("menu.file.export"));
        exportMenu.setId("menu-file-export");
        fileMenu.getItems().addAll(new SeparatorMenuItem(), importMenu, exportMenu, new SeparatorMenuItem(),
                new SeparatorMenuItem(), exitItem);

        Menu viewMenu = new Menu(Messages.tr("menu.view"));
        viewMenu.setId("menu-view");
        for (Destination destination : Destination.values()) {
            MenuItem item = new MenuItem(Messages.tr("nav." + destination.key()));
            item.setId("menu-view-" + destination.key());
            item.setAccelerator(destination.accelerator());
            item.setOnAction(event -> goTo(destination));
            viewMenu.getItems().add(item);
        }
        viewMenu.getItems().add(new SeparatorMenuItem());
        viewMenu.getItems().addAll(appearanceItems(appearance));
        // Ctrl+Plus is typed as Ctrl+= (or Ctrl+Shift+=) on most keyboards; the number pad has its own keys.
        Map<KeyCombination, Runnable> textKeys = Map.of(
                new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                appearance::largerText,
                new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), appearance::largerText,
                new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), appearance::smallerText,
                new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), appearance::resetText);
        sceneProperty().addListener((observable, before, after) -> {
            if (after != null) {
                after.getAccelerators().putAll(textKeys);
                SceneMnemonics.forgetEmptied(after);
            }
        });

        helpMenu = new Menu(Messages.tr("menu.help"));
        helpMenu.setId("menu-help");
        MenuItem guide = new MenuItem(Messages.tr("menu.help.guide"));
        guide.setId("menu-help-guide");
        guide.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        guide.setOnAction(event -> HelpDialog.show(getScene() == null ? null : getScene().getWindow()));
        MenuItem about = new MenuItem(Messages.tr("menu.help.about"));
        about.setId("menu-about");
        about.setOnAction(event -> showAbout.run());
        helpMenu.getItems().addAll(guide, new SeparatorMenuItem(), about);

        MenuBar menuBar = new MenuBar(fileMenu, viewMenu, helpMenu);
        menuBar.setUseSystemMenuBar(true);
        setTop(menuBar);
        setLeft(sidebar());
        content.getStyleClass().add(Styles.SCREEN);
        setCenter(content);
        setBottom(new StatusBar(viewModel, tasks));

        viewModel.destinationProperty().addListener((observable, before, after) -> show(after));
        show(viewModel.getDestination());
    }

    /** Larger, smaller and usual text size (Ctrl+Plus, Ctrl+Minus, Ctrl+0) and the high-contrast theme. */
    private static List<MenuItem> appearanceItems(Appearance appearance) {
        MenuItem larger = viewItem("menu-view-larger", "menu.view.larger", KeyCode.PLUS, appearance::largerText);
        MenuItem smaller = viewItem("menu-view-smaller", "menu.view.smaller", KeyCode.MINUS, appearance::smallerText);
        MenuItem reset = viewItem("menu-view-reset-text", "menu.view.resetText", KeyCode.DIGIT0, appearance::resetText);
        larger.disableProperty().bind(appearance.textSizeProperty().isEqualTo(
                AppearanceSettings.TEXT_SIZES.get(AppearanceSettings.TEXT_SIZES.size() - 1)));
        smaller.disableProperty().bind(appearance.textSizeProperty().isEqualTo(AppearanceSettings.TEXT_SIZES.get(0)));
        CheckMenuItem contrast = new CheckMenuItem(Messages.tr("menu.view.highContrast"));
        contrast.setId("menu-view-high-contrast");
        contrast.setMnemonicParsing(true);
        contrast.setSelected(appearance.highContrastProperty().get());
        appearance.highContrastProperty().addListener((observable, before, on) -> contrast.setSelected(on));
        // A toggle, not the item's own tick: the menu ticks it before the action, fire() from code does not.
        contrast.setOnAction(event -> appearance.setHighContrast(!appearance.highContrastProperty().get()));
        return List.of(larger, smaller, reset, new SeparatorMenuItem(), contrast);
    }

    private static MenuItem viewItem(String id, String key, KeyCode code, Runnable action) {
        MenuItem item = new MenuItem(Messages.tr(key));
        item.setId(id);
        item.setMnemonicParsing(true);
        item.setAccelerator(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(event -> action.run());
        return item;
    }

    /** Lets a screen add its own items to the File menu (above Exit), e.g. "Signing identity…". */
    public void addFileMenuItems(MenuItem... items) {
        fileMenu.getItems().addAll(fileMenu.getItems().size() - 2, List.of(items));
    }

    /** Items that start something new, at the top of the File menu ("New review…"). */
    public void addNewMenuItems(MenuItem... items) {
        fileMenu.getItems().addAll(fileMenu.getItems().indexOf(importMenu) - 1, List.of(items));
    }

    /** Items of File → Import ("Import charter…"). */
    public void addImportMenuItems(MenuItem... items) {
        importMenu.getItems().addAll(items);
    }

    /** Items of File → Export ("Export certificate…"). */
    public void addExportMenuItems(MenuItem... items) {
        exportMenu.getItems().addAll(items);
    }

    /** Adds items to the Help menu, above About (e.g. "Open a sample review…"). */
    public void addHelpMenuItems(MenuItem... items) {
        helpMenu.getItems().addAll(helpMenu.getItems().size() - 2, List.of(items));
    }

    private Node sidebar() {
        VBox sidebar = new VBox(4);
        sidebar.getStyleClass().add(Styles.SIDEBAR);
        sidebar.setAccessibleText(Messages.tr("nav.accessible"));
        Label heading = new Label(Messages.tr("app.name"));
        heading.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        sidebar.getChildren().add(heading);
        ToggleGroup group = new ToggleGroup();
        for (Destination destination : Destination.values()) {
            ToggleButton button = new ToggleButton(Messages.tr("nav." + destination.key()));
            Controls.describe(button, "nav-" + destination.key(), "nav." + destination.key());
            button.getStyleClass().add(Styles.NAV_BUTTON);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setOnAction(event -> {
                goTo(destination);
                // A toggle button can be pressed off; navigation always leaves one selected.
                button.setSelected(true);
            });
            navButtons.put(destination, button);
            sidebar.getChildren().add(button);
        }
        return sidebar;
    }

    /** Navigates even when already there: from a review's walkthrough back to the list. */
    private void goTo(Destination destination) {
        viewModel.navigate(destination);
        show(destination);
    }

    private void show(Destination destination) {
        Screen next = screens.get(destination);
        if (next == null) {
            return;
        }
        navButtons.get(destination).setSelected(true);
        display(next);
    }

    /**
     * Shows a screen that is not a navigation target (one review's walkthrough), keeping the
     * sidebar on {@code under} so the officer knows where it belongs.
     */
    public void showScreen(Screen screen, Destination under) {
        if (viewModel.getDestination() != under) {
            viewModel.navigate(under);
        }
        navButtons.get(under).setSelected(true);
        display(screen);
    }

    private void display(Screen next) {
        if (next == shown) {
            return;
        }
        if (shown != null) {
            shown.onHide();
        }
        shown = next;
        content.getChildren().setAll(next.node());
        next.onShow();
        Platform.runLater(() -> next.initialFocus().requestFocus());
    }
}
