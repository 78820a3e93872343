package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.charterreviewer.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evidence limit}: shown, set, kept, enforced, and a mistyped number refused with nothing changed. */
class EvidenceLimitCliTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(Arrays.asList(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void theLimitIsShownSetKeptAndEnforced() throws Exception {
        assertThat(run("evidence", "limit").out().strip()).isEqualTo("Evidence files may be up to 200.0 MB.");

        CliRun set = run("evidence", "limit", "1");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out().strip()).isEqualTo("Evidence files may now be up to 1.0 MB.");
        assertThat(run("evidence", "limit", "--json").out()).contains("\"maxBytes\" : 1048576");

        run("demo");
        CliRun started = run("review", "new", "--school", "999001", "--charter", "wolverhampton-co-production-charter",
                "--visit-date", "1 Mar 2026", "--participant", "Head teacher");
        assertThat(started.exitCode()).as(started.err()).isZero();
        Path video = Files.write(dir.resolve("assembly.mp4"), new byte[2 * 1024 * 1024]);
        CliRun refused = run("evidence", "attach", started.out().strip(), video.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(refused.err()).contains("“assembly.mp4” is 2.0 MB, over the limit of 1.0 MB");
    }

    @Test
    void aNumberItCannotTakeIsExplainedAndChangesNothing() {
        run("evidence", "limit", "300 MB");
        for (String typed : List.of("lots", "0", "100001", "-5")) {
            CliRun refused = run("evidence", "limit", "--", typed);
            assertThat(refused.exitCode()).as(typed).isEqualTo(ExitCode.INVALID);
            assertThat(refused.err()).as(typed).contains("megabytes").doesNotContain("Exception");
        }
        assertThat(run("evidence", "limit").out().strip()).isEqualTo("Evidence files may be up to 300.0 MB.");
    }
}
