package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.testing.GiasFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchoolCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private Path extract() throws Exception {
        GiasFixture gias = GiasFixture.shuffled(11);
        gias.school("100001", "St Anthony\u2019s Catholic Primary School", "Camden", "Open",
                Map.of("Postcode", "NW1 2AB", "Town", "London"));
        gias.school("100002", "\u00c9cole Jacques Pr\u00e9vert", "Camden", "Open", Map.of("Postcode", "NW5 3DU"));
        gias.school("100003", "Closed School", "Camden", "Closed", Map.of());
        gias.school("100004", "Highbury Grove School", "Islington", "Open", Map.of());
        gias.school("X1", "Broken", "Camden", "Open", Map.of());
        return gias.write(dir.resolve("edubasealldata20251105.csv"));
    }

    @Test
    void importGiasPrintsCountsAndProblemsThenListFindsTheSchools() throws Exception {
        CliRun imported = run("school", "import-gias", extract().toString(), "--la", "Camden");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Added: 2", "Updated: 0", "Skipped, other local authority: 1",
                "Skipped, not open: 1", "Rows that could not be read: 1", "Line 6: the URN “X1” is not a number");

        CliRun list = run("school", "list", "--search", "nw12ab");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("100001\tSt Anthony\u2019s Catholic Primary School\tLondon\tNW1 2AB\tCamden")
                .contains("1 school");

        CliRun none = run("school", "list", "--search", "zzz");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).startsWith("No schools match “zzz”.").doesNotContain("No schools\n");

        CliRun json = run("school", "list", "--json");
        assertThat(json.out()).contains("\"urn\" : \"100002\"", "\u00c9cole Jacques Pr\u00e9vert");

        CliRun again = run("school", "import-gias", dir.resolve("edubasealldata20251105.csv").toString(),
                "--la", "camden", "--la", "Islington", "--include-closed");
        assertThat(again.out()).contains("Added: 2", "Unchanged: 2");
    }

    @Test
    void addShowArchiveAndList() {
        CliRun added = run("school", "add", "--name", "Little Acorns Nursery", "--postcode", "sw1a1aa",
                "--town", "Westminster", "--la", "Westminster");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Little Acorns Nursery", "Postcode: SW1A 1AA", "Reviews: 0");

        CliRun withUrn = run("school", "add", "--name", "Hill Primary", "--urn", "123456");
        assertThat(withUrn.exitCode()).isZero();
        CliRun shown = run("school", "show", "123456", "--json");
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains("\"name\" : \"Hill Primary\"", "\"reviews\" : [ ]");

        CliRun edited = run("school", "edit", "2", "--town", "Hilltown");
        assertThat(edited.out()).contains("Hill Primary", "Town: Hilltown", "URN: 123456");

        assertThat(run("school", "archive", "1").out()).contains("(archived)");
        assertThat(run("school", "list").out()).doesNotContain("Little Acorns").contains("Hill Primary");
        assertThat(run("school", "list", "--include-archived").out()).contains("Little Acorns");
    }

    @Test
    void badInputGivesExitCodeOneWithAPlainMessage() throws Exception {
        CliRun noName = run("school", "add", "--urn", "12x");
        assertThat(noName.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(noName.err()).contains("Enter the school’s name", "digits only").doesNotContain("Exception");

        CliRun missing = run("school", "show", "999999");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(missing.err()).contains("no school with URN or id 999999");

        Path notGias = Files.writeString(dir.resolve("other.csv"), "\"a\",\"b\"\r\n\"1\",\"2\"\r\n");
        CliRun refused = run("school", "import-gias", notGias.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(refused.err()).contains("not a GIAS establishment file", "\"URN\"", "\"EstablishmentName\"");

        CliRun notASchool = run("school", "archive", "not-a-number");
        assertThat(notASchool.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(notASchool.err()).contains("no school with URN or id not-a-number").doesNotContain("Exception");
    }

    @Test
    void editArchiveAndUnarchiveTakeTheUrnAnOfficerTypes() {
        assertThat(run("demo").exitCode()).isZero();

        CliRun renamed = run("school", "edit", "999001", "--name", "New name");
        assertThat(renamed.exitCode()).as(renamed.err()).isZero();
        assertThat(renamed.out()).contains("New name", "URN: 999001");
        assertThat(run("school", "show", "999001").out()).contains("New name");
        assertThat(run("school", "list", "--search", "New name").out()).contains("999001");

        assertThat(run("school", "archive", "999001").out()).contains("(archived)");
        assertThat(run("school", "unarchive", "999001").out()).doesNotContain("(archived)");

        CliRun unknown = run("school", "edit", "424242", "--name", "Nobody");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(unknown.err()).contains("no school with URN or id 424242").doesNotContain("Exception");
        // Nothing was added under that name: the search finds none and says so.
        assertThat(run("school", "list", "--search", "Nobody").out()).startsWith("No schools match “Nobody”.")
                .doesNotContain("424242");
    }
}
