package org.charterreviewer.ui.shell;

import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.charterreviewer.ui.common.Styles;

/**
 * Text size and the high-contrast theme for every window of the app, dialogs included. It puts
 * the app's stylesheet and a style class for each choice on the root of each window's scene, as
 * windows open or change scene, so no screen or dialog has to remember it.
 */
public final class Appearance {

    static final String HIGH_CONTRAST = "high-contrast";
    static final String TEXT_SIZE_PREFIX = "text-size-";
    /** Modena draws a tooltip's words at 0.85 of the text around them. */
    private static final double TOOLTIP_SHARE = 0.85;

    private final AppearanceStore store;
    private final boolean systemAsksHighContrast;
    private final ReadOnlyIntegerWrapper textSize = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper highContrast = new ReadOnlyBooleanWrapper();
    private final ListChangeListener<Window> windowsOpening = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::follow);
        }
    };
    private AppearanceSettings settings;
    private boolean installed;

    public Appearance(AppearanceStore store, BooleanSupplier systemAsksHighContrast) {
        this(store, store.load(), systemAsksHighContrast.getAsBoolean());
    }

    /**
     * With the settings already read from {@code store} and the system's contrast already asked:
     * the window's start reads both off the FX thread while JavaFX starts.
     */
    public Appearance(AppearanceStore store, AppearanceSettings loaded, boolean systemAsksHighContrast) {
        this.store = store;
        this.systemAsksHighContrast = systemAsksHighContrast;
        show(loaded);
    }

    public ReadOnlyIntegerProperty textSizeProperty() {
        return textSize.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty highContrastProperty() {
        return highContrast.getReadOnlyProperty();
    }

    public void largerText() {
        choose(settings.larger());
    }

    public void smallerText() {
        choose(settings.smaller());
    }

    public void resetText() {
        choose(settings.withTextSize(AppearanceSettings.DEFAULT.textSize()));
    }

    public void setHighContrast(boolean on) {
        choose(settings.withHighContrast(on));
    }

    /** From now on every window that opens is styled; the ones already open are styled at once. */
    public void install() {
        if (!installed) {
            installed = true;
            Window.getWindows().addListener(windowsOpening);
            Window.getWindows().forEach(this::follow);
        }
    }

    public void uninstall() {
        installed = false;
        Window.getWindows().removeListener(windowsOpening);
    }

    private void choose(AppearanceSettings chosen) {
        if (!chosen.equals(settings)) {
            show(chosen);
            store.save(chosen);
        }
    }

    private void show(AppearanceSettings chosen) {
        settings = chosen;
        textSize.set(chosen.textSize());
        highContrast.set(chosen.highContrastOr(systemAsksHighContrast));
        if (installed) {
            Window.getWindows().forEach(window -> applyTo(window.getScene()));
        }
    }

    private void follow(Window window) {
        // Popups (menus, lists of a combo box) take their looks from the window they belong to.
        if (window instanceof PopupWindow) {
            if (window instanceof Tooltip tooltip) {
                sizeText(tooltip);
            }
            return;
        }
        applyTo(window.getScene());
        // A window shown again is added again: follow its scene changes once only.
        if (window.getProperties().putIfAbsent(Appearance.class, Boolean.TRUE) == null) {
            window.sceneProperty().addListener((observable, before, after) -> {
                if (installed) {
                    applyTo(after);
                }
            });
        }
    }

    /** Styles one scene as the officer chose; also used for scenes shown before {@link #install()}. */
    public void applyTo(Scene scene) {
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(Styles.STYLESHEET)) {
            scene.getStylesheets().add(Styles.STYLESHEET);
        }
        styleRoot(scene.getRoot());
        if (scene.getRoot() instanceof DialogPane dialog) {
            buttonsFollowTheirText(dialog);
        }
    }

    /**
     * A dialog's button bar gives all its buttons the width of the widest, measured once at the text
     * size they were made with; at a larger size their words would be cut ("Ca…"). Each button keeps
     * the width of its own words instead, measured as it is laid out.
     */
    private static void buttonsFollowTheirText(DialogPane dialog) {
        for (ButtonType type : dialog.getButtonTypes()) {
            Node button = dialog.lookupButton(type);
            if (button instanceof Region region) {
                ButtonBar.setButtonUniformSize(button, false);
                region.setPrefWidth(Region.USE_COMPUTED_SIZE);
            }
        }
    }

    /**
     * A tooltip's font comes from its own window, which the root's text size does not reach, so it
     * stayed at 100 %: it gets Modena's share of the chosen size as it shows.
     */
    private void sizeText(Tooltip tooltip) {
        double size = TOOLTIP_SHARE * Font.getDefault().getSize() * settings.textSize() / 100.0;
        tooltip.setFont(Font.font(tooltip.getFont().getFamily(), size));
    }

    private void styleRoot(Parent root) {
        if (root == null) {
            return;
        }
        var classes = root.getStyleClass();
        classes.removeIf(name -> name.startsWith(TEXT_SIZE_PREFIX) || name.equals(HIGH_CONTRAST));
        classes.add(TEXT_SIZE_PREFIX + settings.textSize());
        if (highContrast.get()) {
            classes.add(HIGH_CONTRAST);
        }
    }
}
