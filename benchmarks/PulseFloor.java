import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of PulseGap's attach row: a bare JavaFX window (none of the app's classes) with the same
 * {@link PulseClock}, while one background thread of the same JVM does what no attach can avoid. Run
 * by benchmarks/run.sh with the installers' JVM options, as PulseGap is, never by Maven.
 * <pre>PulseFloor EMPTY_DIR FILE COPY_OUT</pre>
 * Steps, each printed as PulseClock does: {@code idle} (the window alone, 2 s); {@code h2-write}, H2
 * alone writing FILE as an encrypted BLOB in one transaction into a new database in EMPTY_DIR
 * (LobFloor's own write: same cipher, URL and page cache, sized from this JVM's heap as the app's);
 * {@code copy-hash}, FILE copied to COPY_OUT and SHA-256-hashed in one pass with a 1 MB buffer (plain
 * disk and CPU work, no H2: the first half of an attach, which copies and hashes before it stores).
 */
public class PulseFloor {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window, the pulse clock and the steps. */
    public static class Window extends Application {

        private final PulseClock clock = new PulseClock();
        private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "pulse-floor-work");
            thread.setDaemon(true);
            return thread;
        });

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("pulse floor")), 480, 120));
            stage.setTitle("pulse floor");
            stage.show();
            clock.start();
            Thread steps = new Thread(() -> run(getParameters().getRaw()), "pulse-floor-steps");
            steps.setDaemon(true);
            steps.start();
        }

        private void run(List<String> args) {
            int code = 0;
            try {
                Path file = Path.of(args.get(1));
                measure("idle", () -> Thread.sleep(2000));
                measure("h2-write", () -> LobFloor.main(new String[] {"write", args.get(0), file.toString()}));
                measure("copy-hash", () -> copyHashing(file, Path.of(args.get(2))));
                clock.printReport();
            } catch (Exception e) {
                e.printStackTrace();
                code = 1;
            }
            int exit = code;
            Platform.runLater(() -> {
                Platform.exit();
                System.exit(exit);
            });
        }

        private void measure(String step, Work work) throws Exception {
            clock.measure(step, () -> CompletableFuture.runAsync(() -> {
                try {
                    work.run();
                } catch (Exception e) {
                    throw new IllegalStateException(step + " failed", e);
                }
            }, worker));
        }

        private static void copyHashing(Path from, Path to) throws Exception {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(to)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    sha256.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            System.out.printf("copy-hash %032x%n", new java.math.BigInteger(1, sha256.digest()));
        }
    }

    /** A step's work, run off the FX thread. */
    private interface Work {
        void run() throws Exception;
    }
}
