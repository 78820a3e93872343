package org.charterreviewer.protection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.workspace.Workspace;
import org.h2.tools.ChangeFileEncryption;

/** Schools, reviews and evidence made through the real services, for the deletion and retention tests. */
final class ErasureFixtures {

    static final String CHARTER_ID = "wolverhampton-co-production-charter";
    static final String CHARTER_VERSION = "1.0";

    private ErasureFixtures() {
    }

    static long school(Workspace workspace, String name) {
        return workspace.schools().add(SchoolDraft.named(name)).id();
    }

    static Review review(Workspace workspace, long schoolId, LocalDate visit) {
        return workspace.reviews().start(new NewReview(schoolId, CHARTER_ID, CHARTER_VERSION, visit,
                List.of("Officer One"), List.of(new Participant("Head teacher", null))));
    }

    /** A file of random bytes (so its pattern appears nowhere else) attached to the review. */
    static EvidenceFile attachRandom(Workspace workspace, Review review, Path folder, String name, long seed)
            throws IOException {
        Path file = Files.write(folder.resolve(name), randomBytes(seed));
        return workspace.evidence().attach(review.ref(), file, List.of(), null, ProgressMonitor.NONE);
    }

    static byte[] randomBytes(long seed) {
        byte[] bytes = new byte[6000];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /**
     * True when any 12-byte piece of {@code pattern} appears in the raw file. Compaction stores pages
     * LZF-compressed, which keeps unrepeated bytes as they are but cuts them into runs of at most 32
     * with a control byte between: a live value is still found piece by piece, a deleted one nowhere.
     */
    static boolean rawFileContains(Path file, byte[] pattern) throws IOException {
        String raw = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        String wanted = new String(pattern, java.nio.charset.StandardCharsets.ISO_8859_1);
        int piece = Math.min(12, wanted.length());
        for (int start = 0; start + piece <= wanted.length(); start++) {
            if (raw.contains(wanted.substring(start, start + piece))) {
                return true;
            }
        }
        return false;
    }

    /** The file key of the data folder at {@code dataFolder} for {@code passphrase}. */
    static char[] fileKey(Path dataFolder, String passphrase) {
        return PassphraseKeys.derive(passphrase.toCharArray(), KeyFile.read(dataFolder));
    }

    /**
     * Every byte of an encrypted database file, decrypted by H2's own file encryption: a copy is
     * decrypted in place with H2's ChangeFileEncryption, which reads the whole file block by block
     * through H2's AES file layer (pages no longer in use included) and writes it out unencrypted.
     */
    static Path decryptedCopy(Path databaseFile, char[] key) throws Exception {
        Path scratch = Files.createTempDirectory("decrypted-");
        Path copy = scratch.resolve("charter-reviewer.mv.db");
        Files.copy(databaseFile, copy);
        ChangeFileEncryption.execute(scratch.toString(), "charter-reviewer", "AES", key.clone(), null, true);
        return copy;
    }

    /** As {@link #rawFileContains}, searching the file after H2 decrypted all of it. */
    static boolean decryptedFileContains(Path databaseFile, char[] key, byte[] pattern) throws Exception {
        Path copy = decryptedCopy(databaseFile, key);
        try {
            return rawFileContains(copy, pattern);
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.getParent());
        }
    }

    /** A slice from the middle of the content, to search for piece by piece. */
    static byte[] slice(byte[] content) {
        return java.util.Arrays.copyOfRange(content, 1000, 1100);
    }
}
