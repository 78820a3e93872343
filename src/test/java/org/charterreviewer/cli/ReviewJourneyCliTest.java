package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewChanges;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole review of each sample charter made with the review commands only, from {@code review new}
 * to {@code certificate export}, on a real encrypted data folder; and the same inputs applied as
 * the window applies them (the same {@link ReviewChange} records through the workspace's editor,
 * evidence through the evidence service) give the same review file, apart from ids and times.
 */
class ReviewJourneyCliTest {

    private static final String URN = "999321";
    private static final LocalDate VISIT = LocalDate.of(2026, 11, 20);
    private static final LocalDate DUE = LocalDate.of(2028, 3, 1);
    private static final String SUMMARY = "Pupils and parent carers shape decisions, with examples.";

    @TempDir
    Path dir;
    Path data;

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(Arrays.asList(args));
        CliRun result = CliRun.of(all.toArray(String[]::new));
        assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.err()).isZero();
        return result;
    }

    private <T> T withWorkspace(Function<Workspace, T> work) {
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(data)
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            return work.apply(workspace);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wolverhampton-co-production-charter", "stockport-sen-co-production-charter",
        "bury-co-production-charter", "bcp-co-production-pledge"})
    void aWholeReviewFromTheShellEqualsTheWindowsForTheSameInputs(String charterId) throws Exception {
        data = dir.resolve("data");
        run("identity", "create", "--name", "Siân O’Brien", "--role", "SEND Officer", "--council", "Example Council");
        run("school", "add", "--name", "Birch Hill Primary School", "--urn", URN, "--la", "Example");
        Charter charter = withWorkspace(ws -> ws.charters().latest(charterId).orElseThrow().charter());
        Path minutes = Files.writeString(dir.resolve("minutes.txt"), "School council minutes (example)\n",
                StandardCharsets.UTF_8);
        List<String> judged = charter.judgedItems().stream().map(Item::id).toList();
        String first = judged.get(0);
        String last = judged.get(judged.size() - 1);
        boolean pledge = charter.judgedItems().size() > 0 && charter.scale().levels().size() == 1;

        // The shell: the review commands only.
        String id = run("review", "new", "--school", URN, "--charter", charterId, "--visit-date", "20/11/2026",
                "--officer", "Siân O’Brien", "--participant", "Head teacher",
                "--participant", "School council=6 pupils, Years 3 to 6").out().strip();
        for (int i = 0; i < judged.size(); i++) {
            run("review", "judge", id, judged.get(i), levelFor(charter.scale(), i));
        }
        run("review", "flag", id, first);
        run("review", "flag", id, first, "--off");
        run("review", "note", id, "--item", first, "--text", "Minutes of three meetings were shown.");
        run("review", "note", id, "--internal", "--text", "Newsletter only in English; the SENCO knows.");
        run("review", "voice", "add", id, "--role", "Parent carer", "--said", "I felt listened to.", "--item", first,
                "--consent-to-share");
        run("review", "action", "add", id, "--what", "Offer the newsletter in easy read.", "--owner", "SENCO",
                "--due", "1 Mar 2028", "--item", last);
        List<String> attach = new ArrayList<>(List.of("evidence", "attach", id, minutes.toString(),
                "--caption", "School council minutes"));
        judged.forEach(item -> attach.addAll(List.of("--item", item)));
        run(attach.toArray(String[]::new));
        assertThat(run("review", "progress", id).out()).contains("Not judged yet (0)");
        if (pledge) {
            run("review", "sign-pledge", id, "--name", "Alex Example", "--role", "Head teacher",
                    "--organisation", "Birch Hill Primary School", "--consent-to-publish");
        }
        run("review", "decide", id, "awarded", "--summary", SUMMARY);
        assertThat(run("review", "finalise", id).out()).contains("awarded on");
        Path pdf = dir.resolve("certificate.pdf");
        run("certificate", "export", id, "--out", pdf.toString());
        assertThat(run("certificate", "verify", pdf.toString()).out()).contains("matches review " + id);

        // The window's path: the same changes through the editor the window uses.
        UUID windowId = withWorkspace(ws -> {
            long school = ws.schools().getByUrnOrId(URN).id();
            Review review = ws.reviews().start(new NewReview(school, charterId, charter.version(), VISIT,
                    List.of("Siân O’Brien"), List.of(new Participant("Head teacher", null),
                            new Participant("School council", "6 pupils, Years 3 to 6"))));
            var editor = ws.reviews().editor();
            for (int i = 0; i < judged.size(); i++) {
                review = editor.apply(review.ref(), new ReviewChange.Judge(judged.get(i), levelFor(charter.scale(), i)));
            }
            review = editor.apply(review.ref(), new ReviewChange.Flag(first, true));
            review = editor.apply(review.ref(), new ReviewChange.Flag(first, false));
            review = editor.apply(review.ref(), new ReviewChange.SetItemNote(first,
                    "Minutes of three meetings were shown.", false));
            review = editor.apply(review.ref(), new ReviewChange.AddReviewNote(ReviewChanges.nextNoteId(review),
                    "Newsletter only in English; the SENCO knows.", true));
            review = editor.apply(review.ref(), new ReviewChange.AddVoice(ReviewChanges.nextVoiceId(review), first,
                    "Parent carer", "I felt listened to.", true));
            review = editor.apply(review.ref(), new ReviewChange.AddAction(ReviewChanges.nextActionId(review), last,
                    "Offer the newsletter in easy read.", "SENCO", DUE));
            ws.evidence().attach(review.ref(), minutes, judged, "School council minutes", ProgressMonitor.NONE);
            review = editor.latest(review.id());
            if (pledge) {
                review = editor.apply(review.ref(), new ReviewChange.RecordSignatory(new PledgeSignatory("Alex Example",
                        "Head teacher", "Birch Hill Primary School", LocalDate.now(ws.clock()), true)));
            }
            review = editor.apply(review.ref(), new ReviewChange.RecordDecision(Decision.AWARDED, SUMMARY, null));
            return editor.apply(review.ref(), new ReviewChange.Finalise()).id();
        });

        Path fromShell = dir.resolve("shell.json");
        Path fromWindow = dir.resolve("window.json");
        run("review", "export", id, "--out", fromShell.toString());
        run("review", "export", windowId.toString(), "--out", fromWindow.toString());
        ObjectMapper json = JsonMapperFactory.create();
        JsonNode shell = withoutIdsAndTimes(json.readTree(fromShell.toFile()));
        JsonNode window = withoutIdsAndTimes(json.readTree(fromWindow.toFile()));
        assertThat(shell.toPrettyString()).isEqualTo(window.toPrettyString());
        assertThat(shell.path("judgements").size()).isEqualTo(judged.size());
        assertThat(shell.path("decision").path("decision").asText()).isEqualTo("AWARDED");
        assertThat(shell.path("signatory").isMissingNode()).isEqualTo(!pledge);
    }

    /** The best level for even items, the one below it for odd ones: the award rule is met either way. */
    private static String levelFor(JudgementScale scale, int index) {
        List<JudgementScale.Level> levels = scale.levels();
        return levels.get(Math.max(0, levels.size() - 1 - index % 2)).id();
    }

    private static JsonNode withoutIdsAndTimes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("reviewId", "createdAt", "updatedAt", "finalisedAt", "addedAt"));
            object.forEach(ReviewJourneyCliTest::withoutIdsAndTimes);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ReviewJourneyCliTest::withoutIdsAndTimes);
        }
        return node;
    }
}
