package org.charterreviewer.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises, without picocli, the few command lines that only open the window: none at all, or a
 * data folder alone ({@code --data-dir DIR}, {@code --data-dir=DIR}). Building picocli's command
 * tree took half a second before the first window (docs/PERFORMANCE.md, issue #15, eighth pass).
 * Anything else, including a folder name that is not a valid path, goes to picocli, which answers it
 * as before; {@code WindowArgumentsTest} holds both ways to the same answer.
 */
public final class WindowArguments {

    private static final String DATA_DIR = "--data-dir";

    private WindowArguments() {
    }

    /**
     * The data folder the window would open with ({@code Optional.empty()} inside: the usual one),
     * or empty when these arguments need picocli.
     */
    public static Optional<Optional<Path>> windowStart(String[] args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        String folder;
        if (args.length == 1 && args[0].startsWith(DATA_DIR + "=")) {
            folder = args[0].substring(DATA_DIR.length() + 1);
        } else if (args.length == 2 && DATA_DIR.equals(args[0])) {
            folder = args[1];
        } else {
            return Optional.empty();
        }
        // An empty or option-like value is picocli's to refuse or read, and "@file" its to expand.
        if (folder.isBlank() || folder.startsWith("-") || folder.startsWith("@")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Optional.of(Path.of(folder)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
