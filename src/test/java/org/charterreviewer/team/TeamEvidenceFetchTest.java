package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.ReviewExchange;
import org.charterreviewer.review.Review;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence of pulled reviews arrives as metadata only (name, size, media type, SHA-256); its
 * content is fetched from the council database (embedded PostgreSQL) the first time it is opened,
 * checked against its SHA-256 and kept. Not connected, or the server out of reach, the officer is
 * told plainly that it is on the council database; content that does not match is not kept.
 */
class TeamEvidenceFetchTest {

    private static final byte[] CONTENT = "Minutes of the school council, 3 December.".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    CouncilTestServer council;
    UUID id;
    String sha256;

    @BeforeEach
    void aReviewWithEvidenceOnTheCouncilDatabase() throws Exception {
        council = CouncilTestServer.prepared();
        Path file = Files.write(dir.resolve("minutes.txt"), CONTENT);
        try (Workspace first = laptop("first")) {
            council.connect(first);
            id = CertificateReviews.awarded(first);
            Review amended = first.reviews().amend(id, "Minutes added");
            sha256 = first.evidence().attach(amended.ref(), file, List.of(), "School council minutes",
                    ProgressMonitor.NONE).sha256();
            first.reviews().recordDecision(amended.ref(), Decision.AWARDED, "Minutes seen.", "Evidence seen on the visit.");
            first.reviews().finalise(amended.ref());
            first.team().sync(ProgressMonitor.NONE);
        }
        assertThat(council.number("select count(*) from council_evidence")).isEqualTo(1);
    }

    @AfterEach
    void dropCouncil() {
        council.close();
    }

    private Workspace laptop(String name) {
        return CouncilTestServer.laptop(dir, name);
    }

    private static String failureOf(Runnable opening) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class, opening::run)
                .getMessage();
    }

    @Test
    void pulledEvidenceIsMetadataUntilFirstOpenedThenFetchedCheckedAndKept() throws Exception {
        try (Workspace second = laptop("second")) {
            council.connect(second);
            assertThat(second.team().sync(ProgressMonitor.NONE).reviewsPulled()).isEqualTo(2);
            EvidenceFile pulled = second.reviews().revision(id, 2).evidence().get(0);
            assertThat(pulled.sha256()).isEqualTo(sha256);
            assertThat(pulled.originalName()).isEqualTo("minutes.txt");
            assertThat(pulled.sizeBytes()).isEqualTo(CONTENT.length);
            assertThat(second.evidence().isPending(sha256)).as("only metadata was pulled").isTrue();

            // The server out of reach: the same address through a relay that is gone.
            try (CuttingProxy network = new CuttingProxy(council.url(), "never sent", 1)) {
                second.team().connect(network.url(council.url()), CouncilTestServer.USER,
                        CouncilTestServer.PASSWORD.toCharArray());
            }
            assertThat(failureOf(() -> second.evidence().openContent(sha256, "minutes.txt")))
                    .isEqualTo(Messages.tr("team.evidence.unreachable"));
            second.team().disconnect();
            assertThat(failureOf(() -> second.evidence().openContent(sha256, "minutes.txt")))
                    .isEqualTo(Messages.tr("team.evidence.notConnected"));
            assertThat(second.evidence().isPending(sha256)).isTrue();

            council.connect(second);
            Path opened = second.evidence().openContent(sha256, "minutes.txt");
            assertThat(Files.readAllBytes(opened)).isEqualTo(CONTENT);
            assertThat(second.evidence().isPending(sha256)).isFalse();

            // Kept: offline it opens from this laptop now.
            second.team().disconnect();
            assertThat(Files.readAllBytes(second.evidence().openContent(sha256, "minutes.txt"))).isEqualTo(CONTENT);
        }
    }

    @Test
    void contentThatDoesNotMatchItsHashIsNotKept() {
        try (Workspace third = laptop("third")) {
            council.connect(third);
            third.team().sync(ProgressMonitor.NONE);
            council.sql("update council_evidence set content = convert_to('not the minutes', 'UTF8')");
            assertThat(failureOf(() -> third.evidence().openContent(sha256, "minutes.txt")))
                    .contains("does not match its SHA-256");
            assertThat(third.evidence().isPending(sha256)).isTrue();
        }
    }

    @Test
    void theCommandLineExportFetchesTheContentOrSaysWhereItIs() throws Exception {
        Path data = dir.resolve("cli");
        Path password = Files.writeString(dir.resolve("password.txt"), CouncilTestServer.PASSWORD);
        CliRun connected = CliRun.of("--data-dir", data.toString(), "team", "connect", "--url", council.url(),
                "--user", CouncilTestServer.USER, "--password-file", password.toString());
        assertThat(connected.exitCode()).as(connected.err()).isZero();
        assertThat(CliRun.of("--data-dir", data.toString(), "team", "sync").exitCode()).isZero();
        assertThat(CliRun.of("--data-dir", data.toString(), "team", "disconnect").exitCode()).isZero();

        Path out = dir.resolve("export").resolve("review.json");
        Files.createDirectories(out.getParent());
        CliRun offline = CliRun.of("--data-dir", data.toString(), "review", "export", id.toString(), "--out",
                out.toString());
        assertThat(offline.exitCode()).isEqualTo(1);
        assertThat(offline.err()).contains("on the council database").contains("Connect")
                .doesNotContain("Exception").doesNotContain("\tat ");

        assertThat(CliRun.of("--data-dir", data.toString(), "team", "connect", "--url", council.url(), "--user",
                CouncilTestServer.USER, "--password-file", password.toString()).exitCode()).isZero();
        CliRun exported = CliRun.of("--data-dir", data.toString(), "review", "export", id.toString(), "--out",
                out.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readAllBytes(ReviewExchange.contentFolder(out).resolve(sha256))).isEqualTo(CONTENT);
    }
}
