import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
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
 * status bar does. An {@link AnimationTimer} runs on every JavaFX pulse (and keeps pulses coming at
 * 60 a second); the longest gap between two pulses during each step is what the officer would see
 * as a frozen window. Run by benchmarks/run.sh on a real display, never by Maven.
 *
 * <pre>PulseGap FOLDER_WITH_REVIEW_AND_IDENTITY EMPTY_FOLDER REVIEW_ID FILE_TO_ATTACH BUNDLE_OUT</pre>
 * The passphrase (data folders and signing key) comes from CHARTER_REVIEWER_PASSPHRASE. Prints one
 * line a step: "pulse-gap STEP MAX_GAP_MS PULSES SECONDS ENDED_AT_MS" (when that gap ended, from the
 * step's start), and "pulse-gap idle ..." for the window alone. Then, for matching gaps with the
 * JVM's own log (run it with -Xlog:gc*:file=...:uptime), "pulse-step STEP START END" and a
 * "pulse-long STEP FROM TO GAP_MS" line for every gap over 33 ms (two frames), all in JVM uptime ms.
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
        private volatile long lastPulse;
        private volatile long longestGap;
        /** When the longest gap ended (System.nanoTime), to tell a stall at a step's start from one at its end. */
        private volatile long longestGapAt;
        private volatile long pulses;
        /** Every gap over two frames while a step ran: {from, to} in System.nanoTime. */
        private final List<long[]> longGaps = new ArrayList<>();
        private final List<String> report = new ArrayList<>();
        /** System.nanoTime at JVM uptime 0, to print times the GC log can be matched with. */
        private final long nanoAtUptimeZero = System.nanoTime()
                - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;

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
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long at = System.nanoTime();
                    if (lastPulse != 0 && at - lastPulse > longestGap) {
                        longestGap = at - lastPulse;
                        longestGapAt = at;
                    }
                    if (lastPulse != 0 && at - lastPulse > 33_000_000L) {
                        longGaps.add(new long[] {lastPulse, at});
                    }
                    lastPulse = at;
                    pulses++;
                }
            }.start();
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
                report.forEach(System.out::println);
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
            CompletableFuture<T> done = new CompletableFuture<>();
            long start = System.nanoTime();
            long pulsesBefore = pulses;
            Platform.runLater(() -> {
                longestGap = 0;
                longGaps.clear();
                tasks.execute(BackgroundTask.of(step, work).onSuccess(done::complete)
                        .onFailure(done::completeExceptionally));
            });
            done.get();
            long end = System.nanoTime();
            long seconds100 = (end - start) / 10_000_000;
            System.out.printf("pulse-gap %s %d %d %d.%02d %d%n", step, longestGap / 1_000_000, pulses - pulsesBefore,
                    seconds100 / 100, seconds100 % 100, (longestGapAt - start) / 1_000_000);
            report.add(String.format("pulse-step %s %d %d", step, uptime(start), uptime(end)));
            CompletableFuture<List<long[]>> gaps = new CompletableFuture<>();
            Platform.runLater(() -> gaps.complete(List.copyOf(longGaps)));
            for (long[] gap : gaps.get()) {
                report.add(String.format("pulse-long %s %d %d %d", step, uptime(gap[0]), uptime(gap[1]),
                        (gap[1] - gap[0]) / 1_000_000));
            }
        }

        private long uptime(long nanoTime) {
            return (nanoTime - nanoAtUptimeZero) / 1_000_000;
        }
    }
}
