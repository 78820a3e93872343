package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.charterreviewer.AppVersion;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.InstanceLock;
import org.charterreviewer.testing.ChildJvm;
import org.charterreviewer.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    @Test
    void versionPrintsTheVersionWithoutOpeningAnyData() {
        CliRun run = CliRun.of("--data-dir", dir.resolve("never-created").toString(), "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("Charter Reviewer " + AppVersion.version());
        assertThat(dir.resolve("never-created")).doesNotExist();
    }

    @Test
    void theLaunchersQuickVersionPrintsExactlyWhatPicocliPrints() throws Exception {
        CliRun picocli = CliRun.of("--version");
        for (String flag : new String[] {"--version", "-V"}) {
            CliRun launcher = ChildJvm.finish(ChildJvm.start(dir, "org.charterreviewer.app.Launcher", flag), 60);
            assertThat(launcher.exitCode()).isZero();
            assertThat(launcher.out()).isEqualTo(picocli.out().replace("\n", System.lineSeparator()));
            assertThat(launcher.err()).isEmpty();
        }
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--data-dir", "status", "Exit codes");
    }

    @Test
    void unknownCommandIsAUsageErrorWithExitCodeTwo() {
        CliRun run = CliRun.of("no-such-command");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Unmatched argument");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(CliRun.of("status", "--no-such-option").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void statusCreatesTheDataFolderAndReportsIt() {
        CliRun run = CliRun.of("--data-dir", dir.toString(), "status", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"schemaVersion\"", dir.toString());
        assertThat(DataFolder.at(dir).databaseFile()).isRegularFile();
    }

    @Test
    void dataFolderHeldByThisProcessGivesExitCodeThree() {
        try (InstanceLock held = InstanceLock.acquire(DataFolder.at(dir))) {
            CliRun run = CliRun.of("--data-dir", dir.toString(), "status");
            assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_FOLDER_IN_USE);
            assertThat(run.err()).contains("already open on this data folder");
        }
    }

    @Test
    void secondProcessOnTheSameDataFolderExitsWithThreeAndAPlainMessage() throws Exception {
        try (InstanceLock held = InstanceLock.acquire(DataFolder.at(dir))) {
            Process second = ChildJvm.start(dir, "org.charterreviewer.app.Launcher",
                    "--data-dir", dir.toString(), "status");
            CliRun run = ChildJvm.finish(second, 60);
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("Charter Reviewer is already open on this data folder");
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
        }
    }

    /** Officers try "--help" on a command before anything else; every command, at every depth, answers it. */
    @Test
    void everyCommandAnswersHelp() {
        java.util.Deque<String> paths = new java.util.ArrayDeque<>(java.util.List.of(""));
        java.util.List<String> answered = new java.util.ArrayList<>();
        while (!paths.isEmpty()) {
            String path = paths.pop();
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(path.split(" ")));
            args.removeIf(String::isEmpty);
            args.add("--help");
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(path + " --help: " + run.err()).isZero();
            assertThat(run.out()).startsWith(("Usage: charter-reviewer " + path).strip());
            answered.add(path);
            boolean inCommands = false;
            for (String line : run.out().split("\\R")) {
                if (line.equals("Commands:")) {
                    inCommands = true;
                } else if (inCommands && line.matches("  [a-z][a-z0-9-]*( .*)?")) {
                    paths.add((path + " " + line.strip().split(" ")[0]).strip());
                } else if (inCommands && !line.startsWith("   ")) {
                    inCommands = false;
                }
            }
        }
        assertThat(answered).contains("school import-gias", "passphrase change", "certificate verify", "bundle import")
                .hasSizeGreaterThan(30);
    }
}
