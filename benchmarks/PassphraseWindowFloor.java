import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.protection.PassphraseView;
import org.charterreviewer.ui.protection.PassphraseViewModel;

/**
 * A second floor for the app's first window: the app's own passphrase window and style sheet, built
 * and shown the way the app shows it, with nothing else of the app's start (no data folder, log file,
 * lock, appearance settings or warm-ups). Against the bare window it is what those controls cost in a
 * fresh JVM; against the app, what the app's start adds to them. Reports like BareWindow. Run by
 * benchmarks/run.sh, never by Maven.
 */
public class PassphraseWindowFloor {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static class Window extends Application {
        @Override
        public void start(Stage stage) {
            PassphraseView view = new PassphraseView(new PassphraseViewModel(PassphraseViewModel.Mode.ENTER),
                    submission -> { }, () -> { });
            StackPane centred = new StackPane(view);
            centred.getStyleClass().add(Styles.SCREEN);
            ScrollPane scroll = new ScrollPane(centred);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.getStyleClass().add("edge-to-edge");
            Scene scene = new Scene(scroll, 620, 480);
            scene.getStylesheets().add(Styles.STYLESHEET);
            stage.setScene(scene);
            stage.setTitle("floor");
            stage.centerOnScreen();
            stage.show();
            view.focusFirstField();
            long ms = ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
            System.out.println("First window shown " + ms + " ms after the process started");
        }
    }
}
