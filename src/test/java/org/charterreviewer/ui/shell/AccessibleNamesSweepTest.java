package org.charterreviewer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.charterreviewer.app.MainWindow;
import org.charterreviewer.testing.Keyboard;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen and the dialogs reached from them and checks what a screen reader and a
 * keyboard user depend on: each control that takes focus has a name (its own text, an accessible
 * text, or a label that points at it), and no two controls in one window answer the same Alt+letter.
 */
@ExtendWith(ApplicationExtension.class)
public class AccessibleNamesSweepTest {

    @TempDir
    static Path dir;

    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data-" + System.nanoTime())));
        workspace.schools().add(org.charterreviewer.school.SchoolDraft.named("Oak Primary"));
        window = new MainWindow(stage, workspace, null);
        window.show();
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shutdown()).get();
        workspace.close();
    }

    @Test
    void everyScreenNamesItsControlsAndHasNoMnemonicTwice(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (KeyCode screen : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4)) {
            Keyboard.shortcut(robot, screen);
            problems.addAll(sweep("screen Ctrl+" + screen.getName()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDialogNamesItsControlsAndHasNoMnemonicTwice(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        record Opening(String name, Runnable keys) {
        }
        for (Opening opening : List.of(
                new Opening("new review", () -> { Keyboard.shortcut(robot, KeyCode.DIGIT1);
                    Keyboard.shortcut(robot, KeyCode.N); }),
                new Opening("add school", () -> { Keyboard.shortcut(robot, KeyCode.DIGIT2);
                    Keyboard.shortcut(robot, KeyCode.N); }),
                new Opening("help", () -> Keyboard.type(robot, KeyCode.F1)),
                new Opening("council database", () -> fileMenuItem(robot, "menu-council-database")),
                new Opening("retention", () -> fileMenuItem(robot, "menu-retention")))) {
            opening.keys().run();
            assertThat(dialogs()).as(opening.name()).isNotEmpty();
            problems.addAll(sweep(opening.name()));
            Keyboard.type(robot, KeyCode.ESCAPE);
            assertThat(dialogs()).as(opening.name() + " closed by Escape").isEmpty();
        }
        assertThat(problems).isEmpty();
    }

    /** Chooses a File menu item that has no shortcut (its dialog waits, so it is opened later on the FX thread). */
    private static void fileMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(candidate -> id.equals(candidate.getId())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Window> dialogs() {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w instanceof Stage stage && stage.getOwner() != null).toList();
    }

    /** The problems in every window now showing (public: dialogs the main window alone cannot open use it too). */
    public static List<String> sweep(String where) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof PopupWindow || window.getScene() == null) {
                continue;
            }
            Scene scene = window.getScene();
            List<Node> nodes = showing(scene.getRoot()).toList();
            Map<Node, Label> labels = new HashMap<>();
            nodes.stream().filter(n -> n instanceof Label label && label.getLabelFor() != null)
                    .forEach(n -> labels.put(((Label) n).getLabelFor(), (Label) n));
            Map<Character, String> mnemonics = new HashMap<>();
            for (Node node : nodes) {
                if (node instanceof Control control && control.isFocusTraversable() && !control.isDisabled()
                        && !named(control, labels)) {
                    problems.add(where + ": " + describe(control) + " has no accessible name");
                }
                if (node instanceof MenuBar bar) {
                    for (Menu menu : bar.getMenus()) {
                        mnemonic(menu.getText(), menu.isMnemonicParsing()).ifPresent(letter ->
                                clash(problems, mnemonics, letter, "menu " + menu.getText(), where));
                    }
                }
                if (node instanceof Labeled labeled && !(node instanceof javafx.scene.control.Cell<?>)) {
                    mnemonic(labeled.getText(), labeled.isMnemonicParsing()).ifPresent(letter ->
                            clash(problems, mnemonics, letter, describe(labeled), where));
                }
            }
        }
        return problems;
    }

    private static void clash(List<String> problems, Map<Character, String> seen, char letter, String what,
            String where) {
        String before = seen.putIfAbsent(letter, what);
        if (before != null && !before.equals(what)) {
            problems.add(where + ": Alt+" + letter + " belongs to both " + before + " and " + what);
        }
    }

    private static java.util.Optional<Character> mnemonic(String text, boolean parsing) {
        if (!parsing || text == null) {
            return java.util.Optional.empty();
        }
        int at = text.indexOf('_');
        return at >= 0 && at + 1 < text.length()
                ? java.util.Optional.of(Character.toLowerCase(text.charAt(at + 1)))
                : java.util.Optional.empty();
    }

    private static boolean named(Control control, Map<Node, Label> labels) {
        if (control instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return true;
        }
        if (control.getAccessibleText() != null && !control.getAccessibleText().isBlank()) {
            return true;
        }
        Label label = labels.get(control);
        return label != null && label.getText() != null && !label.getText().isBlank();
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return node.getClass().getSimpleName().toLowerCase(Locale.ROOT)
                + (node.getId() == null ? "" : " #" + node.getId()) + text;
    }

    /** The nodes on show: hidden branches (another tab, a collapsed part) are not reached by Tab. */
    private static Stream<Node> showing(Node node) {
        if (!node.isVisible()) {
            return Stream.empty();
        }
        Stream<Node> self = Stream.of(node);
        if (node instanceof Parent parent) {
            // Inside a control, its own parts (a combo box's button, a spinner's arrows) speak for it.
            if (node instanceof Control && !(node instanceof javafx.scene.control.ScrollPane)
                    && !(node instanceof javafx.scene.control.TabPane)
                    && !(node instanceof javafx.scene.control.SplitPane)
                    && !(node instanceof javafx.scene.control.TitledPane)
                    && !(node instanceof javafx.scene.control.ToolBar)
                    && !(node instanceof javafx.scene.control.DialogPane)
                    && !(node instanceof javafx.scene.control.ButtonBar)) {
                return self;
            }
            return Stream.concat(self, parent.getChildrenUnmodifiable().stream().flatMap(AccessibleNamesSweepTest::showing));
        }
        return self;
    }
}
