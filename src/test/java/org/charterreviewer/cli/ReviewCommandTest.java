package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.Review;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

    @TempDir
    Path dir;

    private CliRun run(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private static Workspace open(Path data) {
        return Workspace.open(WorkspaceOptions.at(data).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()));
    }

    private String demo(Path data) {
        CliRun demo = run(data, "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        return demo.out().strip();
    }

    @Test
    void listShowsTheDemoAsFinalisedAndAwardedAndFilters() {
        Path data = dir.resolve("data");
        String id = demo(data);

        CliRun list = run(data, "review", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains(id.substring(0, 8), "Oak Tree Primary School",
                "wolverhampton-co-production-charter@1.0", "finalised", "awarded", "1 review");

        assertThat(run(data, "review", "list", "--status", "FINALISED").out()).contains(id.substring(0, 8));
        assertThat(run(data, "review", "list", "--status", "in-progress").out()).doesNotContain(id.substring(0, 8))
                .contains("No reviews");
        assertThat(run(data, "review", "list", "--school", "999001", "--charter",
                "wolverhampton-co-production-charter").out()).contains(id.substring(0, 8));
        assertThat(run(data, "review", "list", "--to", LocalDate.now().minusYears(1).toString()).out())
                .doesNotContain(id.substring(0, 8));
        CliRun bad = run(data, "review", "list", "--status", "half-done");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("in-progress, finalised");

        CliRun json = run(data, "review", "list", "--json");
        assertThat(json.out()).contains("\"id\" : \"" + id + "\"");
    }

    @Test
    void showByPrefixPrintsOutcomeAndItemsAndRefusesUnknownOrAmbiguousPrefixes() {
        Path data = dir.resolve("data");
        String id = demo(data);

        CliRun show = run(data, "review", "show", id.substring(0, 8));
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains(id, "Oak Tree Primary School", "the award rule is met", "awarded",
                "School council (6 pupils, Years 3–6)", "Internal note:", "(not to be shared)",
                "Action:", "school-council-minutes.txt", "pupil-voice-survey-chart.png", "Established", "Emerging");

        CliRun unknown = run(data, "review", "show", "zzzz");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(unknown.err()).contains("There is no review zzzz").doesNotContain("Exception");

        String shared = makeTwoReviewsShareAFirstCharacter(data);
        CliRun ambiguous = run(data, "review", "show", shared);
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(ambiguous.err()).contains("matches").contains("type more");
    }

    /** Starts reviews until two ids begin with the same hex digit (at most 17); returns that digit. */
    private String makeTwoReviewsShareAFirstCharacter(Path data) {
        try (Workspace ws = open(data)) {
            Set<Character> seen = new HashSet<>();
            ws.reviews().list(org.charterreviewer.review.ReviewFilter.all()).forEach(s -> seen.add(s.id().toString().charAt(0)));
            long schoolId = ws.schools().findByUrn("999001").orElseThrow().id();
            while (true) {
                Review review = ws.reviews().start(new NewReview(schoolId, "wolverhampton-co-production-charter", "1.0",
                        LocalDate.now(), List.of("Officer"), List.of(new Participant("Head teacher", null))));
                char first = review.id().toString().charAt(0);
                if (!seen.add(first)) {
                    return Character.toString(first);
                }
            }
        }
    }

    @Test
    void exportThenImportIntoAFreshFolderGivesTheSameReviewFile() throws Exception {
        Path data = dir.resolve("data");
        String id = demo(data);
        Path file = dir.resolve("out/review.json");
        CliRun export = run(data, "review", "export", id.substring(0, 8), "--out", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(file).exists();
        assertThat(dir.resolve("out/review.evidence")).isDirectory();

        Path other = dir.resolve("other");
        CliRun imported = run(other, "review", "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported review " + id);
        CliRun again = run(other, "review", "import", file.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("already present");

        String here = run(data, "review", "show", id, "--json").out();
        String there = run(other, "review", "show", id, "--json").out();
        assertThat(here).contains("\"formatVersion\"").isEqualTo(there);
        assertThat(here.strip()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8).strip());
    }

    @Test
    void malformedReviewFileGivesFileLineColumnAndImportsNothing() throws Exception {
        Path data = dir.resolve("data");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  \"id\": \"x\",\n  \"colour\": [\n");
        CliRun run = run(data, "review", "import", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err().lines().toList()).isNotEmpty()
                .allMatch(line -> line.matches(".*bad\\.json:\\d+:\\d+: .+"), "FILE:LINE:COLUMN: message");
        assertThat(run(data, "review", "list").out()).contains("No reviews");
    }

    @Test
    void registersAreCsvWithBomAndOnlyConsentingSignatories() throws Exception {
        Path data = dir.resolve("data");
        demo(data);
        try (Workspace ws = open(data)) {
            signPledge(ws, "Zoë Published", true);
            signPledge(ws, "Private Person", false);
        }
        Path awards = dir.resolve("awards.csv");
        CliRun awardsRun = run(data, "review", "awards-register", "--out", awards.toString());
        assertThat(awardsRun.exitCode()).as(awardsRun.err()).isZero();
        List<CSVRecord> awardRows = readCsv(awards);
        assertThat(awardRows).extracting(r -> r.get("School"))
                .containsExactly("Oak Tree Primary School", "Pledge Org Private Person", "Pledge Org Zoë Published");
        CSVRecord oakTree = awardRows.get(0);
        assertThat(oakTree.get("URN")).isEqualTo("999001");
        assertThat(oakTree.get("Award")).isEqualTo("#YES Co-Production Charter Status");
        assertThat(oakTree.get("Valid until")).isEqualTo(LocalDate.now().plusMonths(24).toString());

        Path signatories = dir.resolve("signatories.csv");
        CliRun signRun = run(data, "review", "signatories", "--out", signatories.toString());
        assertThat(signRun.exitCode()).as(signRun.err()).isZero();
        List<CSVRecord> rows = readCsv(signatories);
        assertThat(rows).extracting(r -> r.get("Name")).containsExactly("Zoë Published");
        assertThat(rows.get(0).get("Organisation")).isEqualTo("Pledge Org Zoë Published");
        assertThat(Files.readString(signatories)).doesNotContain("Private Person");
    }

    private static List<CSVRecord> readCsv(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).isEqualTo('\uFEFF');
            return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static void signPledge(Workspace ws, String name, boolean consent) {
        long schoolId = ws.schools().add(SchoolDraft.named("Pledge Org " + name)).id();
        Review review = ws.reviews().start(new NewReview(schoolId, "bcp-co-production-pledge", "1.0", LocalDate.now(),
                List.of("Officer"), List.of(new Participant("Chief executive", null))));
        Charter charter = ws.reviews().charterOf(review);
        for (Item item : charter.judgedItems()) {
            ws.reviews().judge(review.ref(), item.id(), "acknowledged");
        }
        ws.reviews().recordSignatory(review.ref(), new PledgeSignatory(name, "Chief executive", "Pledge Org " + name,
                LocalDate.now(), consent));
        ws.reviews().recordDecision(review.ref(), org.charterreviewer.review.Decision.AWARDED, "Signed", null);
        ws.reviews().finalise(review.ref());
    }

    @Test
    void dueForRenewalUsesTheAwardsValidUntil() {
        Path data = dir.resolve("data");
        String id = demo(data);
        CliRun soon = run(data, "review", "due", "--within-days", "30");
        assertThat(soon.exitCode()).as(soon.err()).isZero();
        assertThat(soon.out()).doesNotContain(id.substring(0, 8)).contains("No awards due");
        CliRun later = run(data, "review", "due", "--within-days", "800");
        assertThat(later.out()).contains(id.substring(0, 8), "1 award due for renewal");
        assertThat(run(data, "review", "due", "--within-days", "800", "--json").out()).contains(id);
        assertThat(run(data, "review", "due", "--within-days", "-1").exitCode()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void statusAndDecisionReadTheWayTheyArePrinted() {
        assertThat(org.charterreviewer.review.ReviewStatus.parse("In-Progress"))
                .isEqualTo(org.charterreviewer.review.ReviewStatus.IN_PROGRESS);
        assertThat(org.charterreviewer.review.Decision.parse("not-yet"))
                .isEqualTo(org.charterreviewer.review.Decision.NOT_YET);
        assertThat(org.charterreviewer.review.Decision.NOT_YET.cliName()).isEqualTo("not-yet");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.charterreviewer.review.Decision.parse("maybe"))
                .hasMessageContaining("awarded, not-yet, deferred");
        assertThat(UUID.randomUUID()).isNotNull();
    }
}
