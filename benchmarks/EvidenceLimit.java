import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;

/**
 * Raises a data folder's largest attachable file (the setting an officer changes in the window) so
 * that benchmarks/run.sh can time attaching a file larger than the 200 MB default. Never run by Maven.
 *
 * <pre>EvidenceLimit FOLDER MEGABYTES</pre>
 * The passphrase comes from CHARTER_REVIEWER_PASSPHRASE.
 */
public class EvidenceLimit {

    public static void main(String[] args) {
        char[] passphrase = System.getenv("CHARTER_REVIEWER_PASSPHRASE").toCharArray();
        try (Workspace workspace = Workspace.open(new WorkspaceOptions(Optional.of(Path.of(args[0])),
                Optional.of(passphrase), Clock.systemUTC()))) {
            workspace.evidence().setMaxBytes(Long.parseLong(args[1]) * 1024 * 1024);
        }
    }
}
