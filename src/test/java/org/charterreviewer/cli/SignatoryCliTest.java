package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.nio.file.Path;
import org.charterreviewer.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several signatories of a pledge from the command line, on a real encrypted data folder. */
class SignatoryCliTest {

    @TempDir
    Path dir;
    Path data;
    String pledge;

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(Arrays.asList(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private CliRun ok(String... args) {
        CliRun run = run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @BeforeEach
    void aPledgeInProgress() {
        data = dir.resolve("data");
        ok("demo");
        pledge = ok("review", "new", "--school", "999001", "--charter", "bcp-co-production-pledge",
                "--visit-date", "1 Mar 2026", "--participant", "Head teacher").out().strip();
    }

    private String shown() {
        return ok("review", "show", pledge).out();
    }

    @Test
    void signatoriesAreAddedChangedAndRemovedInOrder() {
        ok("review", "sign-pledge", pledge, "--name", "Sam Patel", "--role", "Head teacher",
                "--organisation", "Oak Tree Primary School", "--consent-to-publish");
        ok("review", "sign-pledge", pledge, "--add", "--name", "Mrs Patel", "--role", "Chair of governors",
                "--organisation", "Oak Tree Primary School");
        ok("review", "sign-pledge", pledge, "--add", "--name", "Ali Khan", "--role", "Pupil representative",
                "--organisation", "Oak Tree Primary School", "--consent-to-publish");
        assertThat(shown()).containsSubsequence("Sam Patel, Head teacher", "Mrs Patel, Chair of governors",
                "Ali Khan, Pupil representative");

        ok("review", "sign-pledge", pledge, "--signatory", "2", "--name", "Mrs R. Patel", "--role",
                "Chair of governors", "--organisation", "Oak Tree Primary School", "--consent-to-publish");
        CliRun removed = ok("review", "remove-signatory", pledge, "1");
        assertThat(removed.out()).contains("Removed signatory 1");
        String after = shown();
        assertThat(after).containsSubsequence("Mrs R. Patel, Chair of governors", "Ali Khan, Pupil representative")
                .doesNotContain("Sam Patel");
        assertThat(ok("review", "show", pledge, "--json").out()).contains("Mrs R. Patel", "Ali Khan");
    }

    @Test
    void anUnknownSignatoryOrAnEmptyNameIsRefusedInWordsAndNothingIsWritten() {
        CliRun none = run("review", "remove-signatory", pledge, "1");
        assertThat(none.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(none.err()).contains("no one has signed this pledge yet").doesNotContain("Exception");

        ok("review", "sign-pledge", pledge, "--name", "Sam Patel", "--role", "Head teacher",
                "--organisation", "Oak Tree Primary School");
        String before = ok("review", "show", pledge, "--json").out();

        CliRun unknown = run("review", "remove-signatory", pledge, "3");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(unknown.err()).contains("There is no signatory 3: the pledge has 1", "from 1 to 1")
                .doesNotContain("Exception", "at org.");
        CliRun zero = run("review", "sign-pledge", pledge, "--signatory", "0", "--name", "X", "--role", "Y",
                "--organisation", "Z");
        assertThat(zero.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(zero.err()).contains("There is no signatory 0");

        CliRun blank = run("review", "sign-pledge", pledge, "--add", "--name", " ", "--role", "Parent representative",
                "--organisation", "Oak Tree Primary School");
        assertThat(blank.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(blank.err()).contains("name", "is needed").doesNotContain("Exception");
        CliRun both = run("review", "sign-pledge", pledge, "--add", "--signatory", "1", "--name", "X", "--role", "Y",
                "--organisation", "Z");
        assertThat(both.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(both.err()).contains("not both");

        assertThat(ok("review", "show", pledge, "--json").out()).isEqualTo(before);
    }
}
