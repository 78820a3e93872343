package org.charterreviewer.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.storage.CrashPoints;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.testing.ChildJvm;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stops the real launcher, in a child JVM, dead at named steps (as {@code kill -9} or a power cut
 * would, through {@link CrashPoints}) on encrypted data folders, then starts again and checks that
 * all committed work is there, every count is all-before or all-after, and no copy of the data is
 * left lying around.
 */
class CrashAtNamedPointsTest {

    private static final String NEW_PASSPHRASE = "a different long passphrase 42";
    /** Said in the demo review; only that review holds it. */
    private static final String DEMO_VOICE = "We asked for a quiet corner and they made one";

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    @Test
    void aFirstStartStoppedBeforeTheSamplesAreRecordedGetsThemAtTheNextStart() throws Exception {
        crash(CrashPoints.SAMPLES_BEFORE_RECORDED, "status");
        assertThat(Files.exists(DataFolder.at(data()).databaseFile())).isTrue();

        assertThat(cli("status").exitCode()).isZero();
        try (Workspace workspace = open(CliRun.TEST_PASSPHRASE)) {
            assertThat(ProtectionFixtures.readSetting(workspace, "samples.loaded")).isEqualTo("true");
            assertThat(workspace.charters().all()).hasSize(CharterLibrary.bundledSampleNames().size());
        }
        assertNoLeftovers();
    }

    @Test
    void anAttachStoppedMidwayLeavesNoHalfAttachedEvidence() throws Exception {
        assertThat(cli("status").exitCode()).isZero();
        Map<String, Long> before = counts();
        // The demo attaches several files; the second one stops inside its transaction.
        crash(CrashPoints.MID_ATTACH + "#2", "demo");

        assertThat(cli("status").exitCode()).isZero();
        Map<String, Long> after = counts();
        assertThat(after.get("EVIDENCE")).as("exactly the first attach committed").isEqualTo(before.get("EVIDENCE") + 1);
        assertThat(after.get("EVIDENCE_BLOB")).isEqualTo(before.get("EVIDENCE_BLOB") + 1);
        assertNoLeftovers();
    }

    @Test
    void aReviewImportStoppedMidwayImportsNothing() throws Exception {
        Path source = dir.resolve("source");
        String id = CliRun.of("--data-dir", source.toString(), "demo").out().strip();
        Path file = dir.resolve("review.json");
        CliRun exported = CliRun.of("--data-dir", source.toString(), "review", "export", id, "--out", file.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(cli("status").exitCode()).isZero();
        Map<String, Long> before = counts();

        crash(CrashPoints.MID_REVIEW_IMPORT, "review", "import", file.toString());

        assertThat(cli("status").exitCode()).isZero();
        assertThat(counts()).as("all before").isEqualTo(before);
        CliRun imported = cli("review", "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(counts().get("REVIEW")).isEqualTo(before.get("REVIEW") + 1);
        assertNoLeftovers();
    }

    @ParameterizedTest
    @ValueSource(strings = {CrashPoints.BEFORE_COMPACTION, CrashPoints.MID_COMPACTION})
    void aDeletionStoppedBeforeItsCompactionFinishedIsCompactedAtTheNextStart(String point) throws Exception {
        String id = cli("demo").out().strip();
        Path file = DataFolder.at(data()).databaseFile();
        char[] key = ErasureFixtures.fileKey(data(), CliRun.TEST_PASSPHRASE);
        assertThat(ErasureFixtures.decryptedFileContains(file, key, bytes(DEMO_VOICE))).as("there before").isTrue();

        crash(point, "delete", "review", id, "--yes");

        assertThat(cli("status").exitCode()).isZero();
        assertThat(cli("review", "show", id).exitCode()).as("the deletion had committed").isNotZero();
        assertThat(ErasureFixtures.decryptedFileContains(file, key, bytes(DEMO_VOICE)))
                .as("the next start finished the compaction").isFalse();
        assertNoLeftovers();
    }

    @ParameterizedTest
    @ValueSource(strings = {CrashPoints.MID_RESTORE_SWAP, CrashPoints.AFTER_RESTORE_SWAP})
    void aRestoreStoppedAroundItsSwapLeavesTheOldOrTheRestoredDataAndNoCopy(String point) throws Exception {
        assertThat(cli("status").exitCode()).isZero();
        Map<String, Long> backedUp = counts();
        CliRun created = cli("backup", "create", "--to", dir.resolve("usb").toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        Path backup = BackupService.list(dir.resolve("usb")).get(0).file();
        cli("demo");
        Map<String, Long> current = counts();

        crash(point, "backup", "restore", backup.toString());

        assertThat(cli("status").exitCode()).isZero();
        Map<String, Long> after = counts();
        if (point.equals(CrashPoints.MID_RESTORE_SWAP)) {
            assertThat(after).isEqualTo(current);
        } else {
            assertThat(after).isEqualTo(backedUp);
        }
        assertNoLeftovers();
    }

    @ParameterizedTest
    @ValueSource(strings = {"COPIED", "ENCRYPTED", "VERIFIED", "SECRETS_PREPARED", "SWAPPED"})
    void aPassphraseChangeStoppedAtAnyStepOpensWithExactlyOnePassphraseAndLeavesNoCopy(String step) throws Exception {
        assertThat(cli("demo").exitCode()).isZero();
        Map<String, Long> before = counts();
        Path newFile = Files.writeString(dir.resolve("new.txt"), NEW_PASSPHRASE);

        crash(CrashPoints.REENCRYPT_PREFIX + step, "passphrase", "change", "--new-passphrase-file", newFile.toString());

        boolean old = opens(CliRun.TEST_PASSPHRASE);
        boolean changed = opens(NEW_PASSPHRASE);
        assertThat(old ^ changed).as("exactly one passphrase opens the file after a stop at %s", step).isTrue();
        assertThat(changed).isEqualTo(step.equals("SWAPPED"));
        assertThat(counts(changed ? NEW_PASSPHRASE : CliRun.TEST_PASSPHRASE)).isEqualTo(before);
        assertNoLeftovers();
    }

    /** Runs the launcher in a child JVM that must stop at {@code point}. */
    private void crash(String point, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data-dir", data().toString()));
        all.addAll(List.of(args));
        CliRun run = ChildJvm.crashAt(dir, point, all.toArray(String[]::new));
        assertThat(run.exitCode()).as("the child stopped at %s: %s", point, run.err()).isEqualTo(CrashPoints.EXIT_CODE);
    }

    private CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data().toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private Map<String, Long> counts() throws Exception {
        return counts(CliRun.TEST_PASSPHRASE);
    }

    private Map<String, Long> counts(String passphrase) throws Exception {
        return ProtectionFixtures.rowCounts(DataFolder.at(data()), passphrase);
    }

    private Workspace open(String passphrase) {
        return Workspace.open(WorkspaceOptions.at(data()).withPassphrase(passphrase.toCharArray()));
    }

    /** Opens the folder as a next start would (which also clears what the crash left). */
    private boolean opens(String passphrase) {
        try (Workspace workspace = open(passphrase)) {
            return true;
        } catch (WrongPassphraseException e) {
            return false;
        }
    }

    /** No copy of the database, no marker of unfinished work, anywhere in the data folder. */
    private void assertNoLeftovers() throws Exception {
        try (Stream<Path> files = Files.walk(data())) {
            List<String> names = files.map(p -> data().relativize(p).toString()).toList();
            assertThat(names).noneMatch(n -> n.startsWith(".reencrypt") || n.startsWith(".restore-check")
                    || n.startsWith(".backup-work") || n.startsWith(".identity-before-restore")
                    || n.endsWith(".compacting") || n.endsWith(".tempFile") || n.endsWith(".newFile"));
            assertThat(names.stream().filter(n -> n.endsWith(".mv.db"))).containsExactly("charter-reviewer.mv.db");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
