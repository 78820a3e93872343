package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.certificate.SignatureVerifier;
import org.charterreviewer.certificate.SignerResult;
import org.charterreviewer.certificate.SignerRole;
import org.charterreviewer.certificate.VerificationResult;
import org.charterreviewer.cli.ExitCode;
import org.charterreviewer.moderation.Moderation;
import org.charterreviewer.review.Review;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moderation through the council database instead of bundles, on a real PostgreSQL database and
 * two real encrypted data folders: the officer submits, the moderator's laptop finds the review to
 * moderate after a sync and returns it with a comment, the officer's laptop gets the comment at its
 * next sync, amends and submits again, the moderator approves, and the certificate is issued and
 * countersigned. The officer can never approve their own review.
 */
class ModerationTeamSyncTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final CouncilTestServer council = CouncilTestServer.perTest();
    UUID reviewId;
    String itemId;

    @BeforeEach
    void anOfficerAndAModeratorConnectedToOneCouncilDatabase() {
        ok(run("officer", "identity", "create", "--name", "Siân O’Brien", "--role", "SEND Officer",
                "--council", "City of Wolverhampton Council"));
        ok(run("moderator", "identity", "create", "--name", "Kwame Mensah", "--role", "Inclusion Lead",
                "--council", "City of Wolverhampton Council"));
        ok(run("officer", "review", "moderation-policy", "required"));
        try (Workspace officer = council.connectedLaptop(dir, "officer")) {
            reviewId = CertificateReviews.awarded(officer);
            Review review = officer.reviews().latest(reviewId);
            itemId = officer.reviews().charterOf(review).judgedItems().get(0).id();
        }
        council.connectedLaptop(dir, "moderator").close();
    }

    @Test
    void submittedReturnedAmendedApprovedAndCountersignedThroughTheCouncilDatabase() throws Exception {
        String id = reviewId.toString();
        assertThat(ok(run("officer", "review", "submit", id)).out()).contains("council database at the next sync");
        assertThat(ok(run("officer", "team", "sync")).out()).contains("Moderation: 1 submissions and decisions sent");
        assertThat(council.number("select count(*) from council_submission")).isEqualTo(1);

        // The moderator's laptop finds it to moderate, returns it with comments and sends the decision.
        ok(run("moderator", "team", "sync"));
        assertThat(ok(run("moderator", "team", "status")).out())
                .contains("Moderation: 1 reviews waiting for you to moderate, 0 of yours");
        try (Workspace moderator = CouncilTestServer.laptop(dir, "moderator")) {
            List<Moderation> toModerate = moderator.moderation().relay().toModerate();
            assertThat(toModerate).singleElement().satisfies(m -> {
                assertThat(m.reviewId()).isEqualTo(reviewId);
                assertThat(m.submittedBy()).isEqualTo("Siân O’Brien");
            });
            assertThat(moderator.reviews().latest(reviewId).evidence())
                    .as("the finalised revision with its evidence metadata").isNotNull();
            // The window's moderation tab lists it from the same source.
            org.charterreviewer.ui.moderation.ModerationViewModel tab = new org.charterreviewer.ui.moderation
                    .ModerationViewModel(reviewId, moderator.moderation().service(), moderator.moderation().decisions(),
                    moderator.reviews(), new org.charterreviewer.testing.ImmediateTaskExecutor(),
                    new org.charterreviewer.testing.RecordingDialogService(), () -> null,
                    moderator.moderation().relay()::toModerate, java.util.Optional::empty,
                    moderator.countersigning()::countersign);
            tab.refresh();
            assertThat(tab.councilToModerate()).singleElement().asString()
                    .contains(moderator.reviews().latest(reviewId).school().name(), "revision 1", "Siân O’Brien");
            assertThat(tab.canDecideProperty().get()).isTrue();
        }
        ok(run("moderator", "review", "moderate", id, "return", "--comment", "Please attach the forum minutes.",
                "--item", itemId, "--comment", "Which pupils said this?"));
        ok(run("moderator", "team", "sync"));
        assertThat(council.number("select count(*) from council_decision_comment")).isEqualTo(2);

        // The officer cannot approve their own review, and gets the moderator's comments at the next sync.
        CliRun own = run("officer", "review", "moderate", id, "approve");
        assertThat(own.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(own.err()).contains("cannot moderate their own review").doesNotContain("Exception");
        assertThat(ok(run("officer", "team", "status")).out()).contains("0 reviews waiting for you to moderate, 1 of yours");
        ok(run("officer", "team", "sync"));
        assertThat(ok(run("officer", "review", "moderation", id)).out()).contains("returned",
                "Please attach the forum minutes.", "comment on " + itemId + ": Which pupils said this?");
        Path certificate = dir.resolve("certificate.pdf");
        assertThat(run("officer", "certificate", "export", id, "--out", certificate.toString()).err())
                .contains("returned this revision with comments");

        // Amended, submitted again, approved on the moderator's laptop, received on the officer's.
        ok(run("officer", "review", "amend", id, "--reason", "The moderator's comments"));
        ok(run("officer", "review", "note", id, "--item", itemId, "--text", "The school council said this (6 pupils)."));
        ok(run("officer", "review", "finalise", id));
        ok(run("officer", "review", "submit", id));
        ok(run("officer", "team", "sync"));
        ok(run("moderator", "team", "sync"));
        ok(run("moderator", "review", "moderate", id, "approve", "--comment", "Well evidenced now."));
        assertThat(ok(run("moderator", "team", "sync")).out()).contains("Moderation: 1 submissions and decisions sent");
        assertThat(ok(run("officer", "team", "sync")).out()).contains("1 received");
        assertThat(ok(run("officer", "team", "status")).out()).contains("0 reviews waiting for you to moderate, 0 of yours");

        ok(run("officer", "certificate", "export", id, "--out", certificate.toString()));
        Path report = dir.resolve("report.pdf");
        ok(run("officer", "report", "export", id, "--out", report.toString()));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(report.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Moderation: approved by Kwame Mensah", "Moderator’s comment: Well evidenced now.");
        }
        Path countersigned = dir.resolve("countersigned.pdf");
        ok(run("moderator", "certificate", "countersign", certificate.toString(), "--out", countersigned.toString()));
        VerificationResult result = new SignatureVerifier().verify(java.nio.file.Files.readAllBytes(countersigned));
        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(result.signers()).extracting(SignerResult::name, SignerResult::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Siân O’Brien", SignerRole.OFFICER),
                org.assertj.core.groups.Tuple.tuple("Kwame Mensah", SignerRole.MODERATOR));

        try (Workspace officer = CouncilTestServer.laptop(dir, "officer")) {
            List<String> events = officer.reviews().auditTrail(reviewId).stream().map(e -> e.event()).toList();
            assertThat(events).containsSubsequence("moderation.submitted", "moderation.returned",
                    "review.amended", "moderation.submitted", "moderation.approved");
            assertThat(officer.reviews().auditTrail(reviewId)).filteredOn(e -> "moderation.returned".equals(e.event()))
                    .singleElement().satisfies(e -> {
                        assertThat(e.actor()).isEqualTo("Kwame Mensah");
                        assertThat(e.detail()).contains("through the council database",
                                "comment: Please attach the forum minutes.");
                    });
        }
        // Nothing new: a further sync on each laptop moves no moderation step.
        assertThat(ok(run("officer", "team", "sync")).out()).contains("Moderation: 0 submissions and decisions sent, 0 received");
        assertThat(ok(run("moderator", "team", "sync")).out()).contains("Moderation: 0 submissions and decisions sent, 0 received");
    }

    private CliRun run(String laptop, String... args) {
        return CouncilTestServer.cli(dir, laptop, args);
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }
}
