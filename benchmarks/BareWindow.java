import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for the app's first window: the smallest JavaFX window, on the same JavaFX jars and
 * class path, that reports the time from process start to {@code stage.show()} exactly as the app
 * logs its own "First window shown N ms after the process started". Like the app's Launcher, the
 * main class is not the Application (on the class path JavaFX refuses that). Run by
 * benchmarks/run.sh, never by Maven.
 */
public class BareWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("hi")), 480, 320));
            stage.setTitle("floor");
            stage.show();
            long ms = ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
            System.out.println("First window shown " + ms + " ms after the process started");
        }
    }
}
