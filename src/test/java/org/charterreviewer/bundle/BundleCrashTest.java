package org.charterreviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.charterreviewer.testing.ChildJvm;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;

/**
 * A process killed in the middle of a bundle import: what it had unpacked (review.json with what was
 * said, evidence files) is inside the data folder, owner-only, never in the system's temporary folder,
 * and the next opening of the data folder removes it; the database holds nothing of the bundle.
 */
class BundleCrashTest extends BundleTestBase {

    @Test
    void aCrashMidImportLeavesNothingInTheSystemTempFolderAndTheNextStartRemovesItsLeftovers() throws Exception {
        Path bundle = export(false);
        Path data = dir.resolve("encrypted");
        WorkspaceOptions options = WorkspaceOptions.at(data).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray());
        String before;
        try (Workspace workspace = Workspace.open(options)) {
            before = BundleFixture.snapshot(workspace);
        }
        Path systemTemp = Files.createDirectories(dir.resolve("system-temp"));

        Process child = ChildJvm.start(dir, List.of("-Djava.io.tmpdir=" + systemTemp), BundleImportCrash.class.getName(),
                data.toString(), bundle.toString());
        CliRun crashed = ChildJvm.finish(child, 180);

        assertThat(crashed.exitCode()).as(crashed.err()).isEqualTo(BundleImportCrash.CRASHED);
        assertThat(list(systemTemp)).as("nothing in the system's temporary folder").isEmpty();
        Path temp = data.resolve("tmp");
        List<Path> leftovers;
        try (Stream<Path> files = Files.walk(temp)) {
            leftovers = files.filter(Files::isRegularFile).toList();
        }
        assertThat(leftovers).as("what the crash left").hasSizeGreaterThanOrEqualTo(BundleImportCrash.ENTRIES_BEFORE_THE_CRASH);
        if (BundleUnpackingTest.posix()) {
            assertThat(leftovers).allSatisfy(file -> assertThat(
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
        }

        try (Workspace reopened = Workspace.open(WorkspaceOptions.at(data)
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            assertThat(list(temp)).as("removed at the next start").isEmpty();
            assertThat(BundleFixture.snapshot(reopened)).as("nothing of the bundle stored").isEqualTo(before);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
