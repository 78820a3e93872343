package org.charterreviewer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV registers never hand a spreadsheet a formula, whatever a school or signatory is called. */
class RegisterExportsTest extends ReviewTestBase {

    @Test
    void formulaTriggersAtTheStartOfACellAreNeutralisedAndEveryCellIsQuoted() throws Exception {
        long evil = ReviewFixtures.insertSchool(workspace.database().dsl(), "=HYPERLINK(\"http://evil.example\",\"Click\")",
                "100001");
        Review award = reviews.start(new NewReview(evil, wolverhampton.id(), wolverhampton.version(),
                LocalDate.of(2026, 3, 9), List.of("Officer One"), List.of()));
        judgeAll(award, "established");
        reviews.recordDecision(award.ref(), Decision.AWARDED, "Strong", "Evidence seen on paper");
        reviews.finalise(award.ref());
        Review pledge = reviews.start(new NewReview(schoolId, bcp.id(), bcp.version(), LocalDate.of(2026, 3, 1),
                List.of(), List.of()));
        bcp.judgedItems().forEach(item -> reviews.judge(pledge.ref(), item.id(), "acknowledged"));
        reviews.recordSignatory(pledge.ref(), new PledgeSignatory("@SUM(1+1)", "+cmd", "-2+3", LocalDate.of(2026, 3, 1),
                true));
        reviews.recordDecision(pledge.ref(), Decision.AWARDED, null, null);
        reviews.finalise(pledge.ref());

        RegisterExports exports = new RegisterExports(reviews, catalog);
        Path register = dir.resolve("awards.csv");
        exports.writeAwardsRegister(register);
        String awards = Files.readString(register, StandardCharsets.UTF_8);
        assertThat(awards).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",\"100001\",")
                .doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");

        Path signatories = dir.resolve("signatories.csv");
        exports.writeSignatories(signatories);
        assertThat(Files.readString(signatories, StandardCharsets.UTF_8))
                .contains("\"'@SUM(1+1)\",\"'+cmd\",\"'-2+3\",\"2026-03-01\"");
    }

    @Test
    void eachTriggerIsPrefixedAndOtherTextIsLeftAlone() {
        assertThat(FormulaSafeCell.of("=1+1")).isEqualTo("'=1+1");
        assertThat(FormulaSafeCell.of("\tSUM(A1)")).isEqualTo("'\tSUM(A1)");
        assertThat(FormulaSafeCell.of("\rcmd")).isEqualTo("'\rcmd");
        assertThat(FormulaSafeCell.of("Oak Tree = best")).isEqualTo("Oak Tree = best");
        assertThat(FormulaSafeCell.of(null)).isEmpty();
    }
}
