import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.charterreviewer.bundle.BundleAttachments;
import org.charterreviewer.bundle.Bundles;
import org.charterreviewer.review.Review;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.FxTaskExecutor;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;

/**
 * Issue #15's "the window never stalls": attaches a large file, exports the review carrying it as a
 * bundle and imports that bundle into another data folder, each through the app's own services on the
 * UI's {@link FxTaskExecutor}, while a window shows the running task's progress and message as the
 * status bar does, and {@link PulseClock} times the gaps between JavaFX pulses during each step
 * (PulseFloor is the same window's floor). Run by benchmarks/run.sh on a real display, never by Maven.
 *
 * <pre>PulseGap FOLDER_WITH_REVIEW_AND_IDENTITY EMPTY_FOLDER REVIEW_ID FILE_TO_ATTACH BUNDLE_OUT</pre>
 * The passphrase (data folders and signing key) comes from CHARTER_REVIEWER_PASSPHRASE. Prints
 * PulseClock's lines for the steps idle (the window alone), attach, export and import.
 * As in the app, one workspace is open at a time: the export's folder is closed before the import's
 * opens (with both open, two H2 caches and two stores shared the heap: Full GCs the app never has).
 */
public class PulseGap {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window, the pulse clock and the steps. */
    public static class Window extends Application {

        private final FxTaskExecutor tasks = new FxTaskExecutor();
        private final PulseClock clock = new PulseClock();

        @Override
        public void start(Stage stage) {
            ProgressBar progress = new ProgressBar(0);
            progress.setPrefWidth(400);
            Label message = new Label("starting");
            tasks.currentProperty().addListener((observable, old, running) -> {
                progress.progressProperty().unbind();
                message.textProperty().unbind();
                if (running != null) {
                    progress.progressProperty().bind(running.progressProperty());
                    message.textProperty().bind(running.messageProperty());
                }
            });
            stage.setScene(new Scene(new VBox(8, message, progress), 480, 120));
            stage.setTitle("pulse gap");
            stage.show();
            clock.start();
            Thread steps = new Thread(() -> run(getParameters().getRaw()), "pulse-gap-steps");
            steps.setDaemon(true);
            steps.start();
        }

        private void run(List<String> args) {
            int code = 0;
            char[] passphrase = System.getenv("CHARTER_REVIEWER_PASSPHRASE").toCharArray();
            try {
                Path bundle = Path.of(args.get(4));
                try (Workspace source = open(Path.of(args.get(0)), passphrase)) {
                    UUID id = source.reviews().resolveId(args.get(2));
                    Path file = Path.of(args.get(3));
                    measure("idle", monitor -> {
                        Thread.sleep(2000);   // the window alone: the floor of the pulse gap on this machine
                        return null;
                    });
                    Review amended = source.reviews().amend(id, "Pulse-gap benchmark");
                    source.evidence().setMaxBytes(Math.max(source.evidence().maxBytes(), file.toFile().length() + 1));
                    measure("attach", monitor -> source.evidence().attach(amended.ref(), file, List.of(),
                            "Benchmark clip", monitor));
                    // The amended revision, finalised, carries the review's evidence and the attached file.
                    Review exported = source.reviews().finalise(amended.ref());
                    measure("export", monitor -> Bundles.of(source).exporter().export(exported, false,
                            BundleAttachments.NONE, source.identity().unlock(passphrase.clone()), bundle, monitor));
                }
                try (Workspace target = open(Path.of(args.get(1)), passphrase)) {
                    measure("import", monitor -> Bundles.of(target).importer().importBundle(bundle, monitor));
                }
                clock.printReport();
            } catch (Exception e) {
                e.printStackTrace();
                code = 1;
            }
            tasks.shutdown();
            int exit = code;
            Platform.runLater(() -> {
                Platform.exit();
                System.exit(exit);
            });
        }

        private static Workspace open(Path folder, char[] passphrase) {
            return Workspace.open(new WorkspaceOptions(Optional.of(folder), Optional.of(passphrase.clone()),
                    Clock.systemUTC()));
        }

        /** Runs one step on the UI's task executor and prints the longest pulse gap while it ran. */
        private <T> void measure(String step, BackgroundTask.Work<T> work) throws Exception {
            clock.measure(step, () -> {
                CompletableFuture<T> done = new CompletableFuture<>();
                tasks.execute(BackgroundTask.of(step, work).onSuccess(done::complete)
                        .onFailure(done::completeExceptionally));
                return done;
            });
        }
    }
}
