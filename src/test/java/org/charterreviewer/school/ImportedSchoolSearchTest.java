package org.charterreviewer.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charterreviewer.demo.DemoReview;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school that arrives with an imported review is a school like any other: found in the school
 * list by name, URN and postcode. (It used to be written by the review import itself, without the
 * search key, and was never found.)
 */
class ImportedSchoolSearchTest {

    @TempDir
    Path dir;

    private CliRun run(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void theSchoolOfAnImportedReviewIsFoundByNameUrnAndPostcode() throws Exception {
        Path data = dir.resolve("data");
        String id = run(data, "demo").out().strip();
        Path file = dir.resolve("out/review.json");
        run(data, "review", "export", id.substring(0, 8), "--out", file.toString());

        Path fresh = dir.resolve("fresh");
        run(fresh, "review", "import", file.toString());

        for (String search : new String[] {"oak tree", DemoReview.DEMO_URN, "WV99 9ZZ", "wv999zz", "Wolverhampton"}) {
            assertThat(run(fresh, "school", "list", "--search", search).out()).as(search)
                    .contains(DemoReview.DEMO_SCHOOL_NAME, "1 school");
        }

        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(fresh)
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            SchoolRegister schools = workspace.schools();
            for (String search : new String[] {"Oak Tree Primary", DemoReview.DEMO_URN, "WV99 9ZZ"}) {
                assertThat(schools.search(search, false, 10)).as(search).extracting(School::name)
                        .containsExactly(DemoReview.DEMO_SCHOOL_NAME);
            }
            School school = schools.getByUrnOrId(DemoReview.DEMO_URN);
            assertThat(school.postcode()).isEqualTo("WV99 9ZZ");
            assertThat(school.town()).isEqualTo("Wolverhampton");
            assertThat(school.street()).isEqualTo("1 Acorn Lane");
        }
        // The fresh folder is encrypted: the school's name is nowhere in it as plain text.
        byte[] stored = Files.readAllBytes(fresh.resolve("charter-reviewer.mv.db"));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(DemoReview.DEMO_SCHOOL_NAME);
    }

    @Test
    void anAddressLineIsSplitBackIntoStreetTownAndPostcode() {
        assertThat(SchoolDraft.fromReviewFile(" Low Hill ", "103986", "Low Hill Crescent, Wolverhampton, wv10 9jn"))
                .extracting(SchoolDraft::name, SchoolDraft::street, SchoolDraft::town, SchoolDraft::postcode)
                .containsExactly("Low Hill", "Low Hill Crescent", "Wolverhampton", "WV10 9JN");
        assertThat(SchoolDraft.fromReviewFile("Oak", null, "The Green, Little Snoring"))
                .extracting(SchoolDraft::street, SchoolDraft::town, SchoolDraft::postcode)
                .containsExactly("The Green, Little Snoring", null, null);
        assertThat(SchoolDraft.fromReviewFile("Oak", null, null).street()).isNull();
    }
}
