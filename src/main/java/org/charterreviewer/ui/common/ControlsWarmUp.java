package org.charterreviewer.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the FX thread something useful to do while the passphrase window waits for the officer
 * (and, if the passphrase comes at once, while its key is derived and the database opens): one
 * control of each kind the main window's first screen, menus and status bar use, in a scene that is
 * never shown, styled and laid out once, and (off the FX thread) the window icons decoded. Their
 * skins' ~450 classes and the style sheet are then loaded when the main window is built, which had
 * spent a second on them (docs/PERFORMANCE.md, issue #15, fifth and seventh passes). Nothing of the
 * controls is kept. If the main window is built before the last step, the steps left run after it
 * and cost nothing it needs. So that no turn of the FX thread is long (a key typed meanwhile waits
 * for it; the table's step had taken 0.4-0.6 s), the steps' classes are loaded and linked on a
 * background thread first and each control takes three turns, the table five (seventh pass, continued).
 */
public final class ControlsWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ControlsWarmUp.class);

    /** The classes the steps load, one name a line (# comments), beside this class. */
    private static final String CLASSES = "controls-warm-up-classes.txt";

    /** Set on the FX thread: the warm-up runs once per process, however often it is asked for. */
    private static boolean started;

    private ControlsWarmUp() {
    }

    /**
     * On the FX thread. Loads the steps' classes on a background thread, then runs the steps on the
     * FX thread, then {@code afterSteps} (on the FX thread). Does nothing when it has run (or is
     * running) in this process.
     */
    public static void run(Runnable afterSteps) {
        if (started) {
            return;
        }
        started = true;
        Thread loader = new Thread(() -> {
            long start = System.nanoTime();
            int loaded = loadClasses();
            AppIcons.windowIcons();
            LOG.debug("The controls' {} classes loaded and the icons decoded in {} ms",
                    loaded, (System.nanoTime() - start) / 1_000_000);
            Platform.runLater(() -> runSteps(afterSteps));
        }, "controls-class-warm-up");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY);
        loader.start();
    }

    /** Loads and links the listed classes (see {@link ClassList}); returns how many were found. */
    static int loadClasses() {
        return ClassList.loadAndLink(listedClasses(), Node.class.getClassLoader());
    }

    /** The names in {@link #CLASSES}. */
    static List<String> listedClasses() {
        return ClassList.read(ControlsWarmUp.class, CLASSES);
    }

    /**
     * On the FX thread. One control per turn of the event loop, so keys typed meanwhile and the
     * progress indicator get their turn between them (all at once stood the FX thread still for most
     * of a second).
     */
    private static void runSteps(Runnable afterSteps) {
        List<Supplier<Node>> controls = List.of(
                () -> new ListView<>(FXCollections.observableArrayList("row")),
                () -> new ScrollPane(new Label()),
                () -> new SplitPane(new Label()),
                () -> new MenuBar(new Menu("menu")),
                () -> new VBox(new ToggleButton("toggle"), new Button("button"), new Label("label"), new CheckBox("check")),
                () -> new VBox(new TextField(), new TextArea()),
                () -> new ComboBox<>(FXCollections.observableArrayList("item")),
                DatePicker::new,
                () -> new Spinner<Integer>(0, 10, 1),
                () -> new ProgressBar(0.5));
        List<Runnable> turns = new ArrayList<>(turns(controls));
        addTableTurns(turns);
        step(turns, 0, System.nanoTime(), 0, afterSteps);
    }

    /**
     * The table last, in five turns (built, skin made, styled, laid out empty, laid out with a row):
     * in one, even with its classes loaded beforehand, it took 0.36 s; in three and first, up to
     * 0.15 s. Last, the list view, menus and the rest have made what its skin shares with theirs.
     */
    private static void addTableTurns(List<Runnable> turns) {
        VBox root = new VBox();
        ObservableList<String> rows = FXCollections.observableArrayList();
        List<TableView<String>> table = new ArrayList<>(1); // made in the first turn, not before
        turns.add(() -> {
            table.add(new TableView<>(rows));
            table.get(0).getColumns().add(new TableColumn<String, String>("column"));
            root.getChildren().add(table.get(0));
            new Scene(root, 800, 600).getStylesheets().add(Styles.STYLESHEET);
        });
        turns.add(() -> table.get(0).setSkin(new TableViewSkin<>(table.get(0))));
        turns.add(root::applyCss);
        turns.add(root::layout);
        turns.add(() -> {
            rows.add("row");
            root.layout();
            root.getChildren().clear();
        });
    }

    /**
     * Each control in three turns of the event loop (built, styled, laid out): one turn each took
     * up to 0.16 s even with the classes loaded beforehand.
     */
    private static List<Runnable> turns(List<Supplier<Node>> controls) {
        List<Runnable> turns = new ArrayList<>();
        for (Supplier<Node> control : controls) {
            VBox root = new VBox();
            turns.add(() -> {
                root.getChildren().add(control.get());
                new Scene(root, 800, 600).getStylesheets().add(Styles.STYLESHEET);
            });
            turns.add(root::applyCss);
            turns.add(() -> {
                root.layout();
                root.getChildren().clear();
            });
        }
        return turns;
    }

    /** {@code longest}: the longest turn so far, in ns (how long a key typed meanwhile may wait). */
    private static void step(List<Runnable> turns, int index, long start, long longest, Runnable afterSteps) {
        if (index == turns.size()) {
            LOG.debug("The main window's controls warmed up in {} ms, the longest step {} ms",
                    (System.nanoTime() - start) / 1_000_000, longest / 1_000_000);
            afterSteps.run();
            return;
        }
        long stepStart = System.nanoTime();
        turns.get(index).run();
        long longestNow = Math.max(longest, System.nanoTime() - stepStart);
        Platform.runLater(() -> step(turns, index + 1, start, longestNow, afterSteps));
    }
}
