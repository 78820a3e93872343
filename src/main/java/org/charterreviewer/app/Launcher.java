package org.charterreviewer.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import org.charterreviewer.cli.CharterReviewerCommand;
import org.charterreviewer.cli.Cli;
import org.charterreviewer.cli.WindowArguments;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;

/**
 * The entry point of {@code charter-reviewer.jar}: with no command it opens the window, with a
 * command it runs headless. Kept apart from the JavaFX {@link Application} so the command line
 * never needs a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (CharterReviewerCommand.Version.isAlone(args)) {
            // Answered before logging and picocli start, which took most of its second (docs/PERFORMANCE.md);
            // the same line picocli prints.
            System.out.println(CharterReviewerCommand.Version.text());
            System.exit(0);
        }
        Optional<Optional<Path>> window = WindowArguments.windowStart(args);
        if (window.isPresent()) {
            // Opening the window needs no command tree: picocli took half a second of its start.
            System.exit(launchWindow(window.get()));
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = Cli.run(args, Launcher::openWorkspace, Launcher::launchWindow, out, err);
        System.exit(code);
    }

    /** Opens a workspace with its log going to the data folder: the one way both faces open data. */
    static Workspace openWorkspace(WorkspaceOptions options) {
        DataFolder folder = DataFolder.resolve(options.dataDir()).create();
        LogConfiguration.writeTo(folder.logsFolder());
        return Workspace.open(options);
    }

    private static int launchWindow(Optional<Path> dataDir) {
        // The data folder, its lock and the officer's appearance are prepared while JavaFX starts.
        WindowStart.begin(dataDir);
        String[] parameters = dataDir
                .map(dir -> new String[] {"--data-dir=" + dir.toAbsolutePath()})
                .orElse(new String[0]);
        Application.launch(CharterReviewerApp.class, parameters);
        return CharterReviewerApp.exitCode();
    }
}
