package org.charterreviewer.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the window when the command line is given no command; returns the exit code. */
@FunctionalInterface
public interface GuiLauncher {

    int launch(Optional<Path> dataDir);
}
