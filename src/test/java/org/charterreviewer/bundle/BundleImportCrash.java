package org.charterreviewer.bundle;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.charterreviewer.cli.CliSession;
import org.charterreviewer.progress.ProgressMonitor;
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
        AtomicInteger entries = new AtomicInteger();
        Bundles.of(workspace).importer().importBundle(Path.of(args[1]), new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                if (entries.incrementAndGet() == ENTRIES_BEFORE_THE_CRASH) {
                    Runtime.getRuntime().halt(CRASHED);
                }
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        workspace.close();
    }
}
