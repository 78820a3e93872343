package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.charterreviewer.protection.BackupService;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Review;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.storage.OwnerOnlyFiles;
import org.charterreviewer.testing.ChildJvm;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.testing.TinyDisk;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder under a hostile environment, through the real command line: permissions, a
 * passphrase file others can read, a full disk, a read-only folder, and names carrying terminal
 * escape sequences.
 */
class DataFolderSafetyCliTest {

    private static final String ESCAPES = "\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202e";

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    @Test
    void everythingInTheDataFolderIsOwnerOnlyRestoreIncluded() throws Exception {
        assumeTrue(OwnerOnlyFiles.supported(), "POSIX permissions");
        assertThat(cli(data(), "demo").exitCode()).isZero();
        CliRun identity = cli(data(), "identity", "create", "--name", "Mair Jones", "--role", "Officer", "--council", "Powys");
        assertThat(identity.exitCode()).as(identity.err()).isZero();
        assertThat(cli(data(), "backup", "create").exitCode()).isZero();
        Path backup = BackupService.list(data().resolve("backups")).get(0).file();
        CliRun restored = cli(data(), "backup", "restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(cli(data(), "status").exitCode()).isZero();

        List<String> open = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(data())) {
            for (Path path : paths.toList()) {
                String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
                String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                if (!permissions.equals(expected)) {
                    open.add(data().relativize(path) + " " + permissions);
                }
            }
        }
        assertThat(open).as("files and folders others could read").isEmpty();
        assertThat(Files.list(data().resolve("identity")).toList()).isNotEmpty();
    }

    @Test
    void aPassphraseFileOthersCanReadIsWarnedAbout() throws Exception {
        assumeTrue(OwnerOnlyFiles.supported(), "POSIX permissions");
        Path file = Files.writeString(dir.resolve("pass.txt"), CliRun.TEST_PASSPHRASE + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun shared = CliRun.withEnvironment(Map.of(), "--data-dir", data().toString(), "--passphrase-file",
                file.toString(), "status");
        assertThat(shared.exitCode()).as(shared.err()).isZero();
        assertThat(shared.err()).contains("can be read by other accounts", "chmod 600");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        CliRun own = CliRun.withEnvironment(Map.of(), "--data-dir", data().toString(), "--passphrase-file",
                file.toString(), "status");
        assertThat(own.exitCode()).isZero();
        assertThat(own.err()).doesNotContain("other accounts");
    }

    @Test
    void controlCharactersAndEscapeSequencesInNamesAndQuotesArePrintedEscaped() throws Exception {
        cli(data(), "status");
        String reviewId;
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(data()).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            long school = workspace.schools().add(SchoolDraft.named("Oak" + ESCAPES + " Primary")).id();
            Review review = workspace.reviews().start(new NewReview(school, "wolverhampton-co-production-charter", "1.0",
                    LocalDate.of(2026, 3, 9), List.of("Officer"), List.of()));
            workspace.reviews().addVoice(review.ref(), "open-minded-1", "Pupil", "We said" + ESCAPES + " this", true);
            reviewId = review.id().toString();
        }

        for (CliRun run : List.of(cli(data(), "school", "list"), cli(data(), "review", "show", reviewId),
                cli(data(), "review", "list"), cli(data(), "school", "list", "--json"))) {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e");
        }
        assertThat(cli(data(), "school", "list").out()).contains("Oak\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u202e Primary");
        assertThat(cli(data(), "review", "show", reviewId).out()).contains("We said\\u001b[2J");
    }

    @Test
    void aFullDiskRefusesADeletionBeforeDeletingAndSaysHowMuchSpaceIsNeeded() throws Exception {
        Optional<TinyDisk> mounted = TinyDisk.mount(dir.resolve("disk"), "40m");
        assumeTrue(mounted.isPresent(), "mounting a tmpfs needs root");
        try (TinyDisk disk = mounted.get()) {
            Path folder = disk.folder().resolve("data");
            String id = cli(folder, "demo").out().strip();
            Path filler = disk.fillLeaving(256 * 1024);

            CliRun refused = cli(folder, "delete", "review", id, "--yes");

            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("not enough free space", folder.toString(), " MB free", "Nothing was deleted")
                    .doesNotContain("Something went wrong", "Exception");
            Files.delete(filler);
            assertThat(cli(folder, "review", "show", id).exitCode()).as("nothing was deleted").isZero();
            CliRun deleted = cli(folder, "delete", "review", id, "--yes");
            assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        }
    }

    @Test
    void aFullDiskWhileSavingIsNamedWithTheFolderNotAsSomethingWentWrong() throws Exception {
        Optional<TinyDisk> mounted = TinyDisk.mount(dir.resolve("disk"), "24m");
        assumeTrue(mounted.isPresent(), "mounting a tmpfs needs root");
        try (TinyDisk disk = mounted.get()) {
            Path folder = disk.folder().resolve("data");
            assertThat(cli(folder, "status").exitCode()).isZero();
            disk.fillLeaving(16 * 1024);

            // A real launcher, so the log goes to the data folder as it does for an officer.
            CliRun full = ChildJvm.finish(ChildJvm.start(dir, "org.charterreviewer.app.Launcher", "--data-dir",
                    folder.toString(), "demo"), 120);

            assertThat(full.exitCode()).isEqualTo(1);
            assertThat(full.err()).contains("is full", folder.toString()).doesNotContain("Something went wrong");
        }
    }

    @Test
    void aReadOnlyDataFolderIsNamedPlainly() throws Exception {
        Optional<TinyDisk> mounted = TinyDisk.mount(dir.resolve("disk"), "24m");
        assumeTrue(mounted.isPresent(), "mounting a tmpfs needs root");
        try (TinyDisk disk = mounted.get()) {
            Path folder = disk.folder().resolve("data");
            assertThat(cli(folder, "status").exitCode()).isZero();
            disk.remountReadOnly();

            CliRun run = cli(folder, "school", "list");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains(folder.toString(), "cannot be written to (it is read-only)")
                    .doesNotContain("Cannot lock");
        }
    }

    private static CliRun cli(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }
}
