package org.charterreviewer.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charterreviewer.protection.ErasureFixtures.attachRandom;
import static org.charterreviewer.protection.ErasureFixtures.randomBytes;
import static org.charterreviewer.protection.ErasureFixtures.rawFileContains;
import static org.charterreviewer.protection.ErasureFixtures.review;
import static org.charterreviewer.protection.ErasureFixtures.school;
import static org.charterreviewer.protection.ErasureFixtures.slice;
import static org.charterreviewer.storage.jooq.Tables.AUDIT_LOG;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_BLOB;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.Review;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting is real: the deleted words and files are searched for in every byte of the database
 * file after H2 decrypted all of it (the app's files are always AES-encrypted), where they are
 * found before the deletion (so the test can fail) and not after it.
 */
class DataEraserTest {

    @TempDir
    Path dir;

    @Test
    void deletingAReviewRemovesItsNotesVoicesActionsAndFilesFromTheFileBytes() throws Exception {
        String note = "note-" + UUID.randomUUID();
        String voice = "voice-" + UUID.randomUUID();
        String action = "action-" + UUID.randomUUID();
        String kept = "kept-" + UUID.randomUUID();
        byte[] photo = randomBytes(11);
        try (Workspace workspace = Workspace.open(ProtectionFixtures.encrypted(dir))) {
            long schoolId = school(workspace, "Low Hill Nursery School");
            Review doomed = review(workspace, schoolId, LocalDate.of(2026, 3, 9));
            workspace.reviews().addReviewNote(doomed.ref(), note, false);
            workspace.reviews().addVoice(doomed.ref(), null, "Pupil, Year 5", voice, true);
            workspace.reviews().addAction(doomed.ref(), null, action, "Head teacher", null);
            attachRandom(workspace, doomed, dir, "class-photo.bin", 11);
            Review other = review(workspace, schoolId, LocalDate.of(2026, 4, 1));
            workspace.reviews().addReviewNote(other.ref(), kept, false);

            Path file = workspace.folder().databaseFile();
            assertThat(decrypted(file, bytes(note))).as("the note is in the file before").isTrue();
            assertThat(decrypted(file, bytes(voice))).isTrue();
            assertThat(decrypted(file, bytes(action))).isTrue();
            assertThat(decrypted(file, slice(photo))).as("the photo is in the file before").isTrue();

            ErasurePlan plan = workspace.eraser().planReview(doomed.id());
            assertThat(plan.reviews()).singleElement().satisfies(r -> {
                assertThat(r.wholeReview()).isTrue();
                assertThat(r.schoolName()).isEqualTo("Low Hill Nursery School");
                assertThat(r.files()).extracting(ErasedFile::name).containsExactly("class-photo.bin");
            });
            assertThat(plan.bytesFreed()).isEqualTo(photo.length);
            ErasureResult result = workspace.eraser().erase(plan);

            assertThat(result.reviewsDeleted()).isEqualTo(1);
            assertThat(result.contentDeleted()).isEqualTo(1);
            assertThat(decrypted(file, bytes(note))).as("the note is gone from the file").isFalse();
            assertThat(decrypted(file, bytes(voice))).isFalse();
            assertThat(decrypted(file, bytes(action))).isFalse();
            assertThat(decrypted(file, slice(photo))).as("the photo is gone from the file").isFalse();
            assertThat(decrypted(file, bytes(kept))).as("the other review stays").isTrue();

            // The workspace keeps working after compaction reopened the database.
            assertThat(workspace.reviews().find(doomed.id())).isEmpty();
            assertThat(workspace.reviews().latest(other.id()).notes()).extracting(n -> n.body()).containsExactly(kept);
            workspace.reviews().addReviewNote(other.ref(), "written after compaction", false);
            assertThat(auditText(workspace)).doesNotContain(note, voice, action, "class-photo")
                    .contains("REVIEW_DELETED");
        }
    }

    @Test
    void deletingOneEvidenceFileRemovesItFromEveryRevisionAndLeavesContentOtherReviewsUse() throws Exception {
        byte[] photo = randomBytes(21);
        try (Workspace workspace = Workspace.open(ProtectionFixtures.encrypted(dir))) {
            long schoolId = school(workspace, "Oak Tree Primary");
            Review first = review(workspace, schoolId, LocalDate.of(2026, 3, 9));
            EvidenceFile doomed = attachRandom(workspace, first, dir, "playground.bin", 21);
            EvidenceFile stays = attachRandom(workspace, first, dir, "minutes.bin", 22);
            Review second = review(workspace, schoolId, LocalDate.of(2026, 5, 9));
            attachRandom(workspace, second, dir, "shared.bin", 22);
            Path file = workspace.folder().databaseFile();
            assertThat(decrypted(file, slice(photo))).isTrue();

            ErasurePlan plan = workspace.eraser().planEvidence(first.id(), doomed.id());
            assertThat(plan.reviews()).singleElement().satisfies(r -> assertThat(r.wholeReview()).isFalse());
            workspace.eraser().erase(plan);

            assertThat(decrypted(file, slice(photo))).isFalse();
            assertThat(workspace.reviews().latest(first.id()).evidence()).extracting(EvidenceFile::id)
                    .containsExactly(stays.id());

            // Content shared with another review: the plan says so, and the content stays for that review.
            ErasurePlan shared = workspace.eraser().planEvidence(first.id(), stays.id());
            assertThat(shared.reviews().get(0).files().get(0).contentKept()).isTrue();
            assertThat(shared.bytesFreed()).isZero();
            workspace.eraser().erase(shared);
            assertThat(workspace.reviews().latest(first.id()).evidence()).isEmpty();
            assertThat(workspace.reviews().latest(second.id()).evidence()).hasSize(1);
            assertThat(decrypted(file, slice(randomBytes(22)))).isTrue();
            assertThat(workspace.database().dsl().fetchCount(EVIDENCE_BLOB)).isEqualTo(1);

            assertThatThrownBy(() -> workspace.eraser().planEvidence(second.id(), doomed.id()))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void deletingASchoolTakesItsReviewsAndItsNameOutOfTheFile() throws Exception {
        String name = "School-" + UUID.randomUUID();
        String voice = "voice-" + UUID.randomUUID();
        try (Workspace workspace = Workspace.open(ProtectionFixtures.encrypted(dir))) {
            long schoolId = school(workspace, name);
            Review review = review(workspace, schoolId, LocalDate.of(2026, 3, 9));
            workspace.reviews().addVoice(review.ref(), null, "Parent", voice, false);
            Path file = workspace.folder().databaseFile();
            assertThat(decrypted(file, bytes(name))).isTrue();

            ErasurePlan plan = workspace.eraser().planSchool(schoolId);
            assertThat(plan.schoolName()).isEqualTo(name);
            assertThat(plan.wholeReviews()).isEqualTo(1);
            ErasureResult result = workspace.eraser().erase(plan);

            assertThat(result.schoolDeleted()).isTrue();
            assertThat(workspace.schools().find(schoolId)).isEmpty();
            assertThat(decrypted(file, bytes(name))).isFalse();
            assertThat(decrypted(file, bytes(voice))).isFalse();
        }
    }

    @Test
    void aSchoolThatGotANewReviewAfterThePlanIsNotDeleted() {
        try (Workspace workspace = Workspace.open(ProtectionFixtures.encrypted(dir))) {
            long schoolId = school(workspace, "Beech Academy");
            ErasurePlan plan = workspace.eraser().planSchool(schoolId);
            review(workspace, schoolId, LocalDate.of(2026, 3, 9));
            assertThatThrownBy(() -> workspace.eraser().erase(plan)).isInstanceOf(InvalidInputException.class);
            assertThat(workspace.schools().find(schoolId)).isPresent();
        }
    }

    @Test
    void inAnEncryptedFolderTheDeletedVoiceCannotBeReadAfterReopening() throws Exception {
        String voice = "voice-" + UUID.randomUUID();
        Path data = dir.resolve("encrypted");
        UUID reviewId;
        try (Workspace workspace = Workspace.open(ProtectionFixtures.encrypted(data))) {
            long schoolId = school(workspace, "Ash Grove School");
            Review review = review(workspace, schoolId, LocalDate.of(2026, 3, 9));
            reviewId = review.id();
            workspace.reviews().addVoice(review.ref(), null, "Pupil", voice, true);
            assertThat(rawFileContains(workspace.folder().databaseFile(), bytes(voice))).isFalse();
            assertThat(workspace.reviews().latest(reviewId).voices()).extracting(v -> v.said()).containsExactly(voice);
            assertThat(decrypted(workspace.folder().databaseFile(), bytes(voice))).isTrue();
            workspace.eraser().erase(workspace.eraser().planReview(reviewId));
            assertThat(DatabaseEncryption.state(workspace.folder())).isEqualTo(DatabaseState.ENCRYPTED);
            assertThat(decrypted(workspace.folder().databaseFile(), bytes(voice))).isFalse();
        }
        try (Workspace reopened = Workspace.open(ProtectionFixtures.encrypted(data))) {
            assertThat(reopened.reviews().find(reviewId)).isEmpty();
            int found = reopened.database().dsl().fetchCount(org.charterreviewer.storage.jooq.Tables.VOICE,
                    org.charterreviewer.storage.jooq.Tables.VOICE.SAID.contains(voice));
            assertThat(found).isZero();
            assertThat(auditText(reopened)).doesNotContain(voice);
        }
    }

    private static String auditText(Workspace workspace) {
        return String.join("\n", workspace.database().dsl().select(AUDIT_LOG.EVENT, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.DETAIL)
                .from(AUDIT_LOG).fetch(r -> r.value1() + " " + r.value2() + " " + r.value3()));
    }

    /** Searched for in the file's bytes as H2 decrypts them, with the key of the file's folder. */
    private static boolean decrypted(Path file, byte[] pattern) throws Exception {
        return ErasureFixtures.decryptedFileContains(file,
                ErasureFixtures.fileKey(file.getParent(), ProtectionFixtures.PASSPHRASE), pattern);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
