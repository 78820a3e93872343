package org.charterreviewer.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the real launcher in a separate JVM on the test class path, as a second process would. */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(Path workDir, String mainClass, String... args) throws IOException {
        return start(workDir, List.of(), mainClass, args);
    }

    /** As above, with JVM options such as {@code -Dcharterreviewer.crashAt=mid-attach} or {@code -Djava.io.tmpdir=…}. */
    public static Process start(Path workDir, List<String> jvmOptions, String mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Djava.awt.headless=true");
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().putAll(CliRun.TEST_ENVIRONMENT);
        return builder.start();
    }

    /**
     * Runs the real launcher with {@code args} in a child JVM that halts (as {@code kill -9} would) at
     * the named crash point, and returns what it did; its exit code says whether the point was reached.
     */
    public static CliRun crashAt(Path workDir, String crashPoint, String... args) throws Exception {
        Process child = start(workDir, List.of("-D" + org.charterreviewer.storage.CrashPoints.PROPERTY + "=" + crashPoint),
                "org.charterreviewer.app.Launcher", args);
        return finish(child, 120);
    }

    /** Waits for the process and returns its exit code, stdout and stderr. */
    public static CliRun finish(Process process, long timeoutSeconds) throws Exception {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Child JVM did not finish in " + timeoutSeconds + " s");
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CliRun(process.exitValue(), out, err);
    }
}
