package org.charterreviewer.testing;

import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Key presses for TestFX tests that drive the app as a keyboard user does. TestFX writes text to the
 * window it last pointed at, not to the one with focus; a dialog opened by a key press would never
 * get the text, so each write first aims at the focused window.
 */
public final class Keyboard {

    private Keyboard() {
    }

    /** Types {@code text} into whatever has focus, in whichever window has it. */
    public static void write(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        Window.getWindows().stream().filter(Window::isFocused).reduce((first, last) -> last)
                .ifPresent(robot::targetWindow);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl (Cmd on a Mac) with {@code keys}. */
    public static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode control = System.getProperty("os.name", "").startsWith("Mac") ? KeyCode.COMMAND : KeyCode.CONTROL;
        robot.press(control).type(keys).release(control);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses each key in turn. */
    public static void type(FxRobot robot, KeyCode... keys) {
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node with {@code id} has the keyboard focus in the focused window (a dialog over the app, say). */
    public static boolean focusIsOn(String id) {
        return Window.getWindows().stream().filter(Window::isFocused).map(w -> w.getScene().getFocusOwner())
                .anyMatch(owner -> owner != null && id.equals(owner.getId()));
    }
}
