package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.ReviewExchange;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence of pulled reviews arrives as metadata only (name, size, media type, SHA-256); its
 * content is fetched from the council database (embedded PostgreSQL) the first time it is opened,
 * checked against its SHA-256 and kept. Not connected, or the server out of reach, the officer is
 * told plainly that it is on the council database; content that does not match is not kept.
 */
class TeamEvidenceFetchTest {

    private static final byte[] CONTENT = CouncilTestServer.MINUTES;

    @TempDir
    Path dir;
    @RegisterExtension
    final CouncilTestServer council = CouncilTestServer.perTest();
    UUID id;
    String sha256;

    @BeforeEach
    void aReviewWithEvidenceOnTheCouncilDatabase() {
        CouncilTestServer.ReviewWithEvidence shared = council.reviewWithEvidence(dir);
        id = shared.id();
        sha256 = shared.sha256();
        assertThat(council.number("select count(*) from council_evidence")).isEqualTo(1);
    }

    private static String failureOf(Runnable opening) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class, opening::run)
                .getMessage();
    }

    @Test
    void pulledEvidenceIsMetadataUntilFirstOpenedThenFetchedCheckedAndKept() throws Exception {
        try (Workspace second = council.connectedLaptop(dir, "second")) {
            assertThat(CouncilTestServer.sync(second).reviewsPulled()).isEqualTo(2);
            EvidenceFile pulled = second.reviews().revision(id, 2).evidence().get(0);
            assertThat(pulled.sha256()).isEqualTo(sha256);
            assertThat(pulled.originalName()).isEqualTo("minutes.txt");
            assertThat(pulled.sizeBytes()).isEqualTo(CONTENT.length);
            assertThat(second.evidence().isPending(sha256)).as("only metadata was pulled").isTrue();
            String here = second.reviews().revision(id, 1).evidence().stream().map(EvidenceFile::sha256).findFirst()
                    .orElse("0".repeat(64));
            assertThat(second.evidence().pendingAmong(List.of(sha256, here, "f".repeat(64))))
                    .as("one question for a list of files").containsExactly(sha256);

            // The server out of reach: the same address through a relay that is gone.
            try (CuttingProxy network = new CuttingProxy(council.url(), "never sent", 1)) {
                council.connect(second, network.url(council.url()));
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
            assertThat(second.evidence().pendingAmong(List.of(sha256))).isEmpty();

            // Kept: offline it opens from this laptop now.
            second.team().disconnect();
            assertThat(Files.readAllBytes(second.evidence().openContent(sha256, "minutes.txt"))).isEqualTo(CONTENT);
        }
    }

    @Test
    void contentThatDoesNotMatchItsHashIsNotKept() {
        try (Workspace third = council.connectedLaptop(dir, "third")) {
            CouncilTestServer.sync(third);
            council.sql("update council_evidence set content = convert_to('not the minutes', 'UTF8')");
            assertThat(failureOf(() -> third.evidence().openContent(sha256, "minutes.txt")))
                    .contains("does not match its SHA-256");
            assertThat(third.evidence().isPending(sha256)).isTrue();
        }
    }

    @Test
    void theCommandLineExportFetchesTheContentOrSaysWhereItIs() throws Exception {
        Path data = dir.resolve("cli");
        Path password = CouncilTestServer.passwordFile(dir);
        CliRun connected = CouncilTestServer.connectOnCommandLine(data, council.url(), password);
        assertThat(connected.exitCode()).as(connected.err()).isZero();
        assertThat(CliRun.of("--data-dir", data.toString(), "team", "sync").exitCode()).isZero();
        assertThat(CliRun.of("--data-dir", data.toString(), "team", "disconnect").exitCode()).isZero();

        CliRun listed = CliRun.of("--data-dir", data.toString(), "evidence", "list", id.toString());
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("minutes.txt (on the council database — fetched when opened)")
                .contains("1 file is on the council database");
        CliRun shown = CliRun.of("--data-dir", data.toString(), "review", "show", id.toString());
        assertThat(shown.out()).contains("Evidence: minutes.txt  School council minutes (on the council database");

        Path out = dir.resolve("export").resolve("review.json");
        Files.createDirectories(out.getParent());
        CliRun offline = CliRun.of("--data-dir", data.toString(), "review", "export", id.toString(), "--out",
                out.toString());
        assertThat(offline.exitCode()).isEqualTo(1);
        assertThat(offline.err()).contains("on the council database").contains("Connect")
                .doesNotContain("Exception").doesNotContain("\tat ");

        assertThat(CouncilTestServer.connectOnCommandLine(data, council.url(), password).exitCode()).isZero();
        CliRun exported = CliRun.of("--data-dir", data.toString(), "review", "export", id.toString(), "--out",
                out.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readAllBytes(ReviewExchange.contentFolder(out).resolve(sha256))).isEqualTo(CONTENT);
    }
}
