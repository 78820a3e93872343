package org.charterreviewer.ui.common;

import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the FX thread something useful to do while the passphrase window waits for the officer
 * (and, if the passphrase comes at once, while its key is derived and the database opens): one
 * control of each kind the main window's first screen, menus and status bar use, in a scene that is
 * never shown, styled and laid out once, and the window icons decoded. Their skins' ~450 classes and
 * the style sheet are then loaded when the main window is built, which had spent a second on them
 * (docs/PERFORMANCE.md, issue #15, fifth and seventh passes). Nothing of the controls is kept. If the
 * main window is built before the last step, the steps left run after it and cost nothing it needs.
 */
public final class ControlsWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ControlsWarmUp.class);

    /** Set on the FX thread: the warm-up runs once per process, however often it is asked for. */
    private static boolean started;

    private ControlsWarmUp() {
    }

    /**
     * On the FX thread. One control per turn of the event loop, so keys typed meanwhile and the
     * progress indicator get their turn between them (all at once stood the FX thread still for most
     * of a second). Does nothing when it has run (or is running) in this process.
     */
    public static void run() {
        if (started) {
            return;
        }
        started = true;
        List<Supplier<Node>> controls = List.of(
                () -> {
                    TableView<String> table = new TableView<>(FXCollections.observableArrayList("row"));
                    table.getColumns().add(new TableColumn<String, String>("column"));
                    return table;
                },
                () -> new SplitPane(new ScrollPane(new ListView<>(FXCollections.observableArrayList("row")))),
                () -> new MenuBar(new Menu("menu")),
                () -> new VBox(new ToggleButton("toggle"), new Button("button"), new Label("label"), new CheckBox("check")),
                () -> new VBox(new TextField(), new TextArea()),
                () -> new ComboBox<>(FXCollections.observableArrayList("item")),
                DatePicker::new,
                () -> new Spinner<Integer>(0, 10, 1),
                () -> new ProgressBar(0.5),
                () -> {
                    AppIcons.windowIcons();
                    return new Label();
                });
        step(controls, 0, System.nanoTime(), 0);
    }

    /** {@code longest}: the longest step so far, in ns (how long a key typed meanwhile may wait). */
    private static void step(List<Supplier<Node>> controls, int index, long start, long longest) {
        if (index == controls.size()) {
            LOG.debug("The main window's controls warmed up in {} ms, the longest step {} ms",
                    (System.nanoTime() - start) / 1_000_000, longest / 1_000_000);
            return;
        }
        long stepStart = System.nanoTime();
        VBox root = new VBox(controls.get(index).get());
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().add(Styles.STYLESHEET);
        root.applyCss();
        root.layout();
        root.getChildren().clear();
        long longestNow = Math.max(longest, System.nanoTime() - stepStart);
        Platform.runLater(() -> step(controls, index + 1, start, longestNow));
    }
}
