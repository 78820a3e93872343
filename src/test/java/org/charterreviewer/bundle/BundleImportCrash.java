package org.charterreviewer.bundle;

import org.charterreviewer.testing.RecordingMonitor;
import java.nio.file.Path;
import org.charterreviewer.cli.CliSession;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;

/**
 * Run in a child JVM by {@link BundleCrashTest}: imports a bundle into an encrypted data folder and
 * stops the process dead (no clean-up of any kind runs) once the third entry has been unpacked.
 * Arguments: the data folder, the bundle.
 */
public final class BundleImportCrash {

    static final int CRASHED = 77;
    static final int ENTRIES_BEFORE_THE_CRASH = 3;

    private BundleImportCrash() {
    }

    public static void main(String[] args) {
        Workspace workspace = Workspace.open(WorkspaceOptions.at(Path.of(args[0]))
                .withPassphrase(System.getenv(CliSession.PASSPHRASE_VARIABLE).toCharArray()));
        Bundles.of(workspace).importer().importBundle(Path.of(args[1]), RecordingMonitor.recording().onProgress(m -> {
            if (m.progressCalls() == ENTRIES_BEFORE_THE_CRASH) {
                Runtime.getRuntime().halt(CRASHED);
            }
        }));
        workspace.close();
    }
}
