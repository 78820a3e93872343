package org.charterreviewer.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.Section;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFixtures;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.workspace.Workspace;

/**
 * Reviews of the bundled sample charters in a real workspace, at the stages certificate export
 * cares about: awarded (like the demo's Wolverhampton review), not awarded, not finalised, a pledge.
 */
public final class CertificateReviews {

    public static final String SCHOOL = "St Jude’s C of E Primary School";
    public static final String URN = "104355";
    static final String WOLVERHAMPTON = "wolverhampton-co-production-charter";
    static final String PLEDGE = "bcp-co-production-pledge";

    private CertificateReviews() {
    }

    /** The passphrase {@link #signedOffline} signs with. */
    public static final String PASSPHRASE = "a long passphrase";

    /**
     * The certificate of an awarded review, signed without a timestamp server by Siân O’Brien (an
     * identity made here) and written to {@code file}.
     */
    public static java.nio.file.Path signedOffline(Workspace workspace, java.nio.file.Path file) {
        workspace.identity().create("Siân O’Brien", "SEND Officer", "City of Wolverhampton Council",
                PASSPHRASE.toCharArray(), java.util.Optional.empty(), false);
        workspace.certificates().export(awarded(workspace), PASSPHRASE.toCharArray(), file);
        return file;
    }

    /** A finished, awarded Wolverhampton review. */
    public static UUID awarded(Workspace workspace) {
        return awarded(workspace, review -> { });
    }

    /** A finished, awarded Wolverhampton review, given {@code beforeFinalise} (e.g. to attach evidence) first. */
    public static UUID awarded(Workspace workspace, java.util.function.Consumer<Review> beforeFinalise) {
        ReviewService reviews = workspace.reviews();
        Review review = judged(workspace, WOLVERHAMPTON, SCHOOL, "established");
        beforeFinalise.accept(review);
        boolean met = reviews.evaluate(reviews.revision(review.ref())).met();
        // The sample rule also wants evidence files for principles; the officer saw it on the visit.
        reviews.recordDecision(review.ref(), Decision.AWARDED, "Co-production is how this school works.",
                met ? null : "Evidence seen on the visit.");
        reviews.finalise(review.ref());
        return review.id();
    }

    public static UUID notAwarded(Workspace workspace) {
        ReviewService reviews = workspace.reviews();
        Review review = judged(workspace, WOLVERHAMPTON, "Oak Lane Academy", "not-yet");
        reviews.recordDecision(review.ref(), Decision.NOT_YET, "Not yet.", null);
        reviews.finalise(review.ref());
        return review.id();
    }

    public static UUID notFinalised(Workspace workspace) {
        return judged(workspace, WOLVERHAMPTON, "Elm Park Nursery", "established").id();
    }

    /** A signed pledge of a setting without a URN. */
    public static UUID pledge(Workspace workspace) {
        ReviewService reviews = workspace.reviews();
        Review review = judged(workspace, PLEDGE, "Little Acorns Pre-school", "acknowledged");
        reviews.recordSignatory(review.ref(), new PledgeSignatory("Dawn Ellis", "Manager", "Little Acorns Pre-school",
                LocalDate.of(2026, 3, 1), true));
        reviews.recordDecision(review.ref(), Decision.AWARDED, "Pledge signed.", null);
        reviews.finalise(review.ref());
        return review.id();
    }

    private static Review judged(Workspace workspace, String charterId, String school, String level) {
        ReviewService reviews = workspace.reviews();
        long schoolId = ReviewFixtures.insertSchool(workspace.database().dsl(), school,
                school.equals(SCHOOL) ? URN : null);
        String version = workspace.charters().all().stream().filter(c -> c.charter().id().equals(charterId))
                .findFirst().orElseThrow().charter().version();
        Review review = reviews.start(new NewReview(schoolId, charterId, version, LocalDate.of(2026, 3, 4),
                List.of("Alex Morgan"), List.of(new Participant("Head teacher", "Leads the school"))));
        Charter charter = reviews.charterOf(review);
        for (Section section : charter.sections()) {
            if (!section.contextOnly()) {
                for (Item item : section.items()) {
                    reviews.judge(review.ref(), item.id(), level);
                }
            }
        }
        return reviews.revision(review.ref());
    }
}
