package org.charterreviewer.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What is needed to open a workspace: which data folder (empty means the usual place), the
 * passphrase if the folder is encrypted, and the clock (fixed in tests).
 */
public record WorkspaceOptions(Optional<Path> dataDir, Optional<char[]> passphrase, Clock clock) {

    public static WorkspaceOptions defaults() {
        return new WorkspaceOptions(Optional.empty(), Optional.empty(), Clock.systemUTC());
    }

    public static WorkspaceOptions at(Path dataDir) {
        return new WorkspaceOptions(Optional.of(dataDir), Optional.empty(), Clock.systemUTC());
    }

    public WorkspaceOptions withPassphrase(char[] secret) {
        return new WorkspaceOptions(dataDir, Optional.of(secret), clock);
    }

    public WorkspaceOptions withClock(Clock newClock) {
        return new WorkspaceOptions(dataDir, passphrase, newClock);
    }
}
