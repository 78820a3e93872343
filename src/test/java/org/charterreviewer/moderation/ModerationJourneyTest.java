package org.charterreviewer.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterreviewer.testing.PdfSignatures.countOf;
import static org.charterreviewer.testing.PdfSignatures.flipped;
import static org.charterreviewer.testing.PdfSignatures.independentlyValid;
import static org.charterreviewer.testing.PdfSignatures.pdfsig;
import static org.charterreviewer.testing.PdfSignatures.pdfsigAvailable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.certificate.SignatureVerifier;
import org.charterreviewer.certificate.SignerResult;
import org.charterreviewer.certificate.SignerRole;
import org.charterreviewer.certificate.VerificationResult;
import org.charterreviewer.cli.ExitCode;
import org.charterreviewer.review.Review;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole journey on real encrypted data folders: the officer finalises and submits a
 * review; the moderator, in a second data folder, imports its bundle and returns it with comments;
 * the officer imports the signed decision, amends, finalises and submits again; the moderator
 * approves; the officer's certificate is issued and the moderator countersigns it.
 */
class ModerationJourneyTest {

    @TempDir
    Path dir;
    Path officer;
    Path moderator;
    UUID reviewId;
    String itemId;

    @BeforeEach
    void anOfficerAndAModeratorWithTheirOwnIdentities() {
        officer = dir.resolve("officer");
        moderator = dir.resolve("moderator");
        ok(run(officer, "identity", "create", "--name", "Siân O’Brien", "--role", "SEND Officer",
                "--council", "City of Wolverhampton Council"));
        ok(run(moderator, "identity", "create", "--name", "Kwame Mensah", "--role", "Inclusion Lead",
                "--council", "City of Wolverhampton Council"));
        ok(run(officer, "review", "moderation-policy", "required"));
        try (Workspace workspace = open(officer)) {
            reviewId = CertificateReviews.awarded(workspace);
            Review review = workspace.reviews().latest(reviewId);
            itemId = workspace.reviews().charterOf(review).judgedItems().get(0).id();
        }
    }

    @Test
    void officerToModeratorReturnedAmendedApprovedAndCountersigned() throws Exception {
        String id = reviewId.toString();
        Path certificate = dir.resolve("certificate.pdf");
        CliRun early = run(officer, "certificate", "export", id, "--out", certificate.toString());
        assertThat(early.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(early.err()).contains("Moderation is required").doesNotContain("Exception");
        assertThat(certificate).doesNotExist();

        ok(run(officer, "review", "submit", id));
        CliRun own = run(officer, "review", "moderate", id, "approve");
        assertThat(own.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(own.err()).contains("cannot moderate their own review");

        // Revision 1 goes to the moderator by bundle and comes back returned.
        Path bundle1 = dir.resolve("revision-1.zip");
        ok(run(officer, "bundle", "export", id, "--out", bundle1.toString()));
        ok(run(moderator, "bundle", "import", bundle1.toString()));
        ok(run(moderator, "review", "moderate", id, "return", "--comment", "Please attach the forum minutes.",
                "--item", itemId, "--comment", "Which pupils said this?"));
        Path returned = dir.resolve("returned.zip");
        ok(run(moderator, "review", "moderation-export", id, "--out", returned.toString()));

        Path changed = Files.write(dir.resolve("changed.zip"), flipped(Files.readAllBytes(returned), "moderation"));
        CliRun tampered = run(officer, "review", "moderation-import", changed.toString());
        assertThat(tampered.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(tampered.err()).contains("was refused").contains("Nothing was changed");
        assertThat(ok(run(officer, "review", "moderation", id)).out()).contains("submitted for moderation")
                .doesNotContain("returned");

        CliRun imported = ok(run(officer, "review", "moderation-import", returned.toString()));
        assertThat(imported.out()).contains("returned with comments by Kwame Mensah");
        assertThat(ok(run(officer, "review", "moderation-import", returned.toString())).out())
                .contains("imported already");
        assertThat(ok(run(officer, "review", "moderation", id)).out())
                .contains("Please attach the forum minutes.", "comment on " + itemId + ": Which pupils said this?");
        CliRun stillRefused = run(officer, "certificate", "export", id, "--out", certificate.toString());
        assertThat(stillRefused.err()).contains("returned this revision with comments");

        // The officer amends (revision 2), finalises and submits again; the moderator approves.
        ok(run(officer, "review", "amend", id, "--reason", "The moderator's comments"));
        ok(run(officer, "review", "note", id, "--item", itemId, "--text", "The school council said this (6 pupils)."));
        ok(run(officer, "review", "finalise", id));
        ok(run(officer, "review", "submit", id));
        Path bundle2 = dir.resolve("revision-2.zip");
        ok(run(officer, "bundle", "export", id, "--out", bundle2.toString()));
        ok(run(moderator, "bundle", "import", bundle2.toString()));
        ok(run(moderator, "review", "moderate", id, "approve", "--comment", "Well evidenced now."));
        Path approval = dir.resolve("approved.zip");
        ok(run(moderator, "review", "moderation-export", id, "--out", approval.toString()));
        assertThat(ok(run(officer, "review", "moderation-import", approval.toString())).out())
                .contains("revision 2", "approved by Kwame Mensah");

        ok(run(officer, "certificate", "export", id, "--out", certificate.toString()));
        Path report = dir.resolve("report.pdf");
        ok(run(officer, "report", "export", id, "--out", report.toString()));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(report.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Moderation: approved by Kwame Mensah", "Moderator’s comment: Well evidenced now.");
        }
        Path countersigned = dir.resolve("countersigned.pdf");
        ok(run(moderator, "certificate", "countersign", certificate.toString(), "--out", countersigned.toString()));

        // The window's Countersign certificate… goes through the same service and gives the same result.
        Path fromWindow = dir.resolve("countersigned-in-the-window.pdf");
        try (Workspace workspace = open(moderator)) {
            org.charterreviewer.testing.RecordingDialogService dialogs = new org.charterreviewer.testing.RecordingDialogService();
            dialogs.filesToOpen = List.of(certificate);
            dialogs.fileToSave = fromWindow;
            org.charterreviewer.ui.moderation.ModerationViewModel tab = new org.charterreviewer.ui.moderation
                    .ModerationViewModel(reviewId, workspace.moderation().service(), workspace.moderation().decisions(),
                    workspace.reviews(), new org.charterreviewer.testing.ImmediateTaskExecutor(), dialogs, () -> null,
                    List::of, () -> java.util.Optional.of(CliRun.TEST_PASSPHRASE.toCharArray()),
                    workspace.countersigning()::countersign);
            tab.refresh();
            tab.countersign();
            assertThat(dialogs.errors()).isEmpty();
            assertThat(dialogs.information()).anyMatch(line -> line.contains("is countersigned"));
        }
        assertThat(new SignatureVerifier().verify(Files.readAllBytes(fromWindow)).signers())
                .extracting(SignerResult::name).containsExactly("Siân O’Brien", "Kwame Mensah");

        byte[] both = Files.readAllBytes(countersigned);
        VerificationResult result = new SignatureVerifier().verify(both);
        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(result.signers()).extracting(SignerResult::name, SignerResult::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Siân O’Brien", SignerRole.OFFICER),
                org.assertj.core.groups.Tuple.tuple("Kwame Mensah", SignerRole.MODERATOR));
        assertThat(independentlyValid(both)).containsExactly(true, true);
        assertThat(ok(run(officer, "certificate", "verify", countersigned.toString())).out())
                .contains("Approved by a moderator here", "yes, revision 2, by Kwame Mensah");
        Path broken = Files.write(dir.resolve("broken.pdf"), flipped(both, "Issued this certificate"));
        assertThat(new SignatureVerifier().verify(broken).signers()).hasSize(2).noneMatch(SignerResult::intact);
        if (pdfsigAvailable()) {
            assertThat(countOf(pdfsig(countersigned), "Signature is Valid.")).isEqualTo(2);
            String afterChange = pdfsig(broken);
            assertThat(countOf(afterChange, "Signature is Valid.")).as(afterChange).isZero();
        }
        // Kept for looking at the rendered certificate by hand (pdftoppm -png).
        String keep = System.getProperty("moderation.keepCertificate");
        if (keep != null) {
            Files.copy(countersigned, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        try (Workspace workspace = open(officer)) {
            List<String> events = workspace.reviews().auditTrail(reviewId).stream().map(e -> e.event()).toList();
            assertThat(events).containsSubsequence("moderation.submitted", "moderation.returned",
                    "review.amended", "moderation.submitted", "moderation.approved");
        }
    }

    @Test
    void aDecisionFileIsRefusedWhenNotHeldSelfSignedOrChanged() throws Exception {
        String id = reviewId.toString();
        ok(run(officer, "review", "submit", id));
        Path bundle = dir.resolve("review.zip");
        ok(run(officer, "bundle", "export", id, "--out", bundle.toString()));
        ok(run(moderator, "bundle", "import", bundle.toString()));
        CliRun noComment = run(moderator, "review", "moderate", id, "return");
        assertThat(noComment.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(noComment.err()).contains("needs at least one comment");
        ok(run(moderator, "review", "moderate", id, "approve"));
        Path approval = dir.resolve("approved.zip");
        ok(run(moderator, "review", "moderation-export", id, "--out", approval.toString()));

        Path stranger = dir.resolve("stranger");
        ok(run(stranger, "identity", "create", "--name", "Pat Lee", "--role", "Officer", "--council", "Elsewhere"));
        CliRun notHeld = run(stranger, "review", "moderation-import", approval.toString());
        assertThat(notHeld.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(notHeld.err()).contains("does not hold revision 1");

        // Imported where the same identity signed it, a decision would be the officer approving their own work.
        CliRun ownFile = run(moderator, "review", "moderation-import", approval.toString());
        assertThat(ownFile.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(ownFile.err()).contains("cannot moderate their own review");

        // A decision rewritten after signing (returned made approved) is refused; nothing is recorded.
        Path forged = dir.resolve("forged.zip");
        rewriteDecision(approval, forged, "\"approved\"", "\"returned\"");
        CliRun refused = run(officer, "review", "moderation-import", forged.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(refused.err()).contains("signature does not match its content");
        assertThat(ok(run(officer, "review", "moderation", id)).out()).contains("submitted for moderation")
                .doesNotContain("returned");
        ok(run(officer, "review", "moderation-import", approval.toString()));
    }

    /** Copies a decision file with its JSON entry's text changed and the original signature kept. */
    private static void rewriteDecision(Path from, Path to, String what, String with) throws Exception {
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(from))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        String json = new String(entries.get("moderation-decision.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains(what);
        entries.put("moderation-decision.json", json.replace(what, with).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }

    private static Workspace open(Path folder) {
        return Workspace.open(WorkspaceOptions.at(folder).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()));
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static CliRun run(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }
}
