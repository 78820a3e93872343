package org.charterreviewer.moderation;

import static org.charterreviewer.i18n.Messages.tr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.identity.DetachedSignature;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.identity.SigningIdentity;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.storage.AtomicFileWriter;

/**
 * Moderation by file when there is no council database: the moderator, having imported the
 * officer's bundle and decided, exports a signed decision file; the officer's install imports it,
 * all or nothing, refusing a changed file, one about another revision or content, and a decision
 * signed by the officer's own identity.
 */
public final class DecisionExchange {

    private final ModerationService moderation;
    private final ReviewService reviews;
    private final IdentityService identity;
    private final DecisionFile files;

    public DecisionExchange(ModerationService moderation, ReviewService reviews, IdentityService identity,
            ObjectMapper json) {
        this.moderation = moderation;
        this.reviews = reviews;
        this.identity = identity;
        this.files = new DecisionFile(json);
    }

    /** What an import did; {@code alreadyPresent} when the same decision was here already (nothing changed). */
    public record Imported(Moderation moderation, String school, boolean alreadyPresent) {
    }

    /**
     * Writes the signed decision this install's moderator made on the latest decided revision of a
     * review. The passphrase unlocks the moderator's signing key, which must be the one that decided.
     */
    public Moderation export(UUID reviewId, char[] passphrase, Path out) {
        if (out.getFileName() == null || Files.isDirectory(out)) {
            throw new InvalidInputException(tr("certificate.export.cannotWrite", out));
        }
        Review review = reviews.latest(reviewId);
        Moderation decided = moderation.history(reviewId).stream()
                .filter(m -> m.state().decided() && !m.fromFile())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new InvalidInputException(tr("moderation.export.nothingDecided")));
        if (!identity.exists()) {
            throw new InvalidInputException(tr("moderation.decide.noIdentity"));
        }
        SigningIdentity moderator = identity.unlock(passphrase);
        if (!DetachedSignature.fingerprint(moderator.certificate()).equals(decided.decidedFingerprint())) {
            throw new InvalidInputException(tr("moderation.export.otherModerator"));
        }
        DecisionFile.Content content = new DecisionFile.Content(DecisionFile.FORMAT_VERSION, reviewId,
                decided.revision(), decided.contentSha256(), review.school().name(), decided.state().code(),
                decided.comments().stream().map(c -> new DecisionFile.Comment(c.itemId(), c.text())).toList(),
                decided.decidedBy(), decided.decidedRole(), decided.decidedFingerprint(), decided.decidedAt());
        try {
            AtomicFileWriter.write(out, files.write(content, moderator));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return decided;
    }

    /** Verifies a decision file and records its decision on the revision it names, all or nothing. */
    public Imported importFile(Path file) {
        DecisionFile.Verified verified = files.read(file);
        DecisionFile.Content content = verified.content();
        if (identity.exists() && identity.show().sha256Fingerprint().equalsIgnoreCase(verified.signerFingerprint())) {
            throw new InvalidInputException(tr("moderation.decide.ownReview"));
        }
        ModerationState state = state(content.decision());
        Review review = heldRevision(content);
        if (!review.isFinalised() || !moderation.contentSha256(review).equals(content.contentSha256())) {
            throw new InvalidInputException(tr("moderation.import.otherContent", content.revision()));
        }
        Optional<Moderation> existing = moderation.of(review.ref());
        moderation.refuseOwnReview(review, existing, content.moderator(), verified.signerFingerprint());
        List<ModerationComment> comments = content.comments().stream()
                .map(c -> new ModerationComment(c.item(), c.text())).toList();
        Moderation decision = new Moderation(content.reviewId(), content.revision(), state, content.contentSha256(),
                null, null, null, content.moderator(), content.moderatorRole(), verified.signerFingerprint(),
                content.decidedAt(), true, comments);
        if (existing.isPresent() && existing.get().state().decided()) {
            Moderation here = existing.get();
            if (here.state() == state && content.decidedAt().equals(here.decidedAt())
                    && verified.signerFingerprint().equalsIgnoreCase(String.valueOf(here.decidedFingerprint()))) {
                return new Imported(here, review.school().name(), true);
            }
            throw new InvalidInputException(tr("moderation.decide.already", review.revision(),
                    ModerationService.stateWord(here.state())));
        }
        moderation.checkComments(reviews.charterOf(review), state, comments);
        moderation.record(decision, "; from a decision file signed by certificate " + verified.signerFingerprint());
        return new Imported(moderation.of(review.ref()).orElseThrow(), review.school().name(), false);
    }

    private Review heldRevision(DecisionFile.Content content) {
        Optional<Review> latest = reviews.find(content.reviewId());
        if (latest.isEmpty() || latest.get().revision() < content.revision()) {
            throw new InvalidInputException(tr("moderation.import.notHeld", content.school(), content.revision()));
        }
        return reviews.revision(content.reviewId(), content.revision());
    }

    private static ModerationState state(String code) {
        try {
            ModerationState state = ModerationState.ofCode(code);
            if (state.decided()) {
                return state;
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the plain refusal.
        }
        throw new InvalidInputException(tr("moderation.file.unreadable"));
    }
}
