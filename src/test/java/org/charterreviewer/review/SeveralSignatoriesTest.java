package org.charterreviewer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.charterreviewer.json.JsonMapperFactory;
import org.junit.jupiter.api.Test;

/**
 * A pledge signed by several people, each with their own consent to publication: they are stored
 * in order, written to and read from the review file (which keeps the old single field for one
 * signatory), and the signatories register lists exactly those who consented.
 */
class SeveralSignatoriesTest extends ReviewTestBase {

    private final ObjectMapper json = JsonMapperFactory.create();

    private Review signedPledge(PledgeSignatory... signatories) {
        Review pledge = reviews.start(new NewReview(schoolId, bcp.id(), bcp.version(), LocalDate.of(2026, 3, 1),
                List.of(), List.of()));
        bcp.judgedItems().forEach(item -> reviews.judge(pledge.ref(), item.id(), "acknowledged"));
        for (PledgeSignatory signatory : signatories) {
            reviews.addSignatory(pledge.ref(), signatory);
        }
        reviews.recordDecision(pledge.ref(), Decision.AWARDED, null, null);
        reviews.finalise(pledge.ref());
        return reviews.latest(pledge.id());
    }

    private static PledgeSignatory signatory(String name, String role, boolean consent) {
        return new PledgeSignatory(name, role, "Oak Primary", LocalDate.of(2026, 3, 1), consent);
    }

    @Test
    void eachConsentingSignatoryIsInTheRegisterFormulaSafeAndInOrder() throws Exception {
        Review pledge = signedPledge(signatory("Jo Head", "Head teacher", true),
                signatory("Sam Chair", "Chair of governors", false),
                signatory("=Ava Pupil", "Pupil representative", true));
        assertThat(pledge.signatories()).extracting(PledgeSignatory::name, PledgeSignatory::consentToPublish)
                .containsExactly(tuple("Jo Head", true), tuple("Sam Chair", false), tuple("=Ava Pupil", true));

        Path csv = dir.resolve("signatories.csv");
        int rows = new RegisterExports(reviews, catalog).writeSignatories(csv);
        String register = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(2);
        assertThat(register).contains("\"Jo Head\",\"Head teacher\"", "\"'=Ava Pupil\",\"Pupil representative\"")
                .doesNotContain("Sam Chair");
    }

    @Test
    void theReviewFileCarriesEverySignatoryAndReadsBack() throws Exception {
        Review pledge = signedPledge(signatory("Jo Head", "Head teacher", true),
                signatory("Sam Chair", "Chair of governors", false));
        byte[] file = new ReviewJsonWriter(json).write(ReviewJsonWriter.document(pledge, reviews.revisions(pledge.id())));
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"signatories\"").doesNotContain("\"signatory\"");

        ReviewDocument read = new ReviewJsonReader(json).read(new ByteArrayInputStream(file), "review.json");
        assertThat(read.pledgeSignatories()).isEqualTo(pledge.signatories());
    }

    @Test
    void oneSignatoryKeepsTheOldSingleFieldSoOldFilesAndHashesStayAsTheyWere() throws Exception {
        Review pledge = signedPledge(signatory("Jo Head", "Head teacher", true));
        byte[] file = new ReviewJsonWriter(json).write(ReviewJsonWriter.document(pledge, reviews.revisions(pledge.id())));
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"signatory\"").doesNotContain("\"signatories\"");

        // A file written before several signatories existed has only the single field: it still reads.
        ReviewDocument read = new ReviewJsonReader(json).read(new ByteArrayInputStream(file), "old-review.json");
        assertThat(read.pledgeSignatories()).extracting(PledgeSignatory::name).containsExactly("Jo Head");
    }
}
