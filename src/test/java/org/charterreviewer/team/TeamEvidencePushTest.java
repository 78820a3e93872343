package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.UUID;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop that pulled a review's evidence as metadata only pushes revisions naming that evidence
 * without having its content: its own amendment of the pulled review, the other officer's version
 * kept by resolving a conflict, or every revision again after connecting to another council
 * database. On embedded PostgreSQL: the push never sends empty content and never fails, the
 * council database keeps the content it has, and a laptop that has the content sends what the
 * server lacks when it connects there.
 */
class TeamEvidencePushTest {

    private static final byte[] CONTENT = CouncilTestServer.MINUTES;
    private static final String CONTENT_ON_SERVER = "select count(*) from council_evidence where content = decode('"
            + HexFormat.of().formatHex(CONTENT) + "', 'hex')";

    @TempDir
    Path dir;
    @RegisterExtension
    final CouncilTestServer council = CouncilTestServer.perTest();
    UUID id;
    String sha256;

    @BeforeEach
    void aReviewWithEvidenceOnTheCouncilDatabaseAndASecondLaptopWithItsMetadata() {
        CouncilTestServer.ReviewWithEvidence shared = council.reviewWithEvidence(dir);
        id = shared.id();
        sha256 = shared.sha256();
        try (Workspace second = council.connectedLaptop(dir, "second")) {
            assertThat(CouncilTestServer.sync(second).reviewsPulled()).isEqualTo(2);
            assertThat(second.evidence().isPending(sha256)).isTrue();
        }
        assertThat(council.number(CONTENT_ON_SERVER)).isEqualTo(1);
    }

    @Test
    void anAmendmentOfThePulledReviewIsPushedAndTheServerKeepsTheContent() {
        try (Workspace second = CouncilTestServer.laptop(dir, "second")) {
            CouncilTestServer.amend(second, id, "Seen again on the second laptop.");
            assertThat(second.reviews().revision(id, 3).evidence()).extracting(EvidenceFile::sha256).contains(sha256);
            SyncReport report = CouncilTestServer.sync(second);
            assertThat(report.reviewsPushed()).isEqualTo(1);
            assertThat(report.problems()).isEmpty();
            assertThat(second.evidence().isPending(sha256)).as("pushing does not fetch it").isTrue();
        }
        assertThat(council.number("select count(*) from council_review where revision = 3")).isEqualTo(1);
        assertThat(council.number("select count(*) from council_evidence")).isEqualTo(1);
        assertThat(council.number(CONTENT_ON_SERVER)).isEqualTo(1);
        try (Workspace third = council.connectedLaptop(dir, "third")) {
            CouncilTestServer.sync(third);
            assertThat(third.reviews().revision(id, 3).decision().summary()).isEqualTo("Seen again on the second laptop.");
            assertThat(third.evidence().openContent(sha256, "minutes.txt")).hasBinaryContent(CONTENT);
        }
    }

    @Test
    void theirVersionKeptByResolvingAConflictIsPushedAndTheServerKeepsTheContent() {
        try (Workspace second = CouncilTestServer.laptop(dir, "second")) {
            CouncilTestServer.amend(second, id, "Seen again by the second officer.");
        }
        try (Workspace first = CouncilTestServer.laptop(dir, "first")) {
            CouncilTestServer.amend(first, id, "Seen again by the first officer.");
            CouncilTestServer.sync(first);
        }
        try (Workspace second = CouncilTestServer.laptop(dir, "second")) {
            assertThat(CouncilTestServer.sync(second).conflictsFound()).isEqualTo(1);
            second.team().resolve(id.toString(), null, KeepVersion.THEIRS);
            assertThat(second.reviews().revision(id, 4).evidence()).extracting(EvidenceFile::sha256).contains(sha256);
            assertThat(second.evidence().isPending(sha256)).isTrue();
            SyncReport report = CouncilTestServer.sync(second);
            assertThat(report.reviewsPushed()).isEqualTo(1);
            assertThat(report.problems()).isEmpty();
        }
        assertThat(council.number("select count(*) from council_review where revision = 4")).isEqualTo(1);
        assertThat(council.number("select count(*) from council_evidence")).isEqualTo(1);
        assertThat(council.number(CONTENT_ON_SERVER)).isEqualTo(1);
    }

    @Test
    void connectedToAnotherCouncilDatabaseWithoutTheContentItPushesTheReviewsAndSaysWhatItCouldNotSend() {
        try (CouncilTestServer other = CouncilTestServer.prepared();
                Workspace second = CouncilTestServer.laptop(dir, "second")) {
            other.connect(second);
            SyncReport report = CouncilTestServer.sync(second);
            assertThat(report.reviewsPushed()).as("both revisions this laptop holds").isEqualTo(2);
            assertThat(report.problems()).singleElement().asString().contains("minutes.txt")
                    .contains("not on this laptop");
            assertThat(other.number("select count(*) from council_review")).isEqualTo(2);
            assertThat(other.number("select count(*) from council_evidence")).as("nothing empty was sent").isZero();
            assertThat(second.evidence().isPending(sha256)).isTrue();
            // Nothing more to send: the next sync is quiet.
            SyncReport again = CouncilTestServer.sync(second);
            assertThat(again.reviewsPushed()).isZero();
            assertThat(again.problems()).isEmpty();

            // The laptop that attached it, connected there too, sends the content the server lacks.
            try (Workspace first = CouncilTestServer.laptop(dir, "first")) {
                other.connect(first);
                SyncReport sent = CouncilTestServer.sync(first);
                assertThat(sent.reviewsPushed() + sent.reviewsPulled()).as("both hold the same revisions").isZero();
                assertThat(sent.problems()).isEmpty();
            }
            assertThat(other.number(CONTENT_ON_SERVER)).isEqualTo(1);
            assertThat(second.evidence().openContent(sha256, "minutes.txt")).hasBinaryContent(CONTENT);
        }
        assertThat(council.number(CONTENT_ON_SERVER)).isEqualTo(1);
    }
}
