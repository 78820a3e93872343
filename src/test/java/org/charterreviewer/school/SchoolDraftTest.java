package org.charterreviewer.school;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchoolDraftTest {

    private static SchoolDraft with(String postcode, String website, String telephone) {
        return new SchoolDraft(null, "A School", null, null, null, null, null, null, null, null, null, postcode,
                website, telephone, null);
    }

    @Test
    void postcodesAreUpperCasedWithOneSpace() {
        assertThat(SchoolDraft.normalisePostcode(" ec1a1bb ")).isEqualTo("EC1A 1BB");
        assertThat(SchoolDraft.normalisePostcode("M1   1AE")).isEqualTo("M1 1AE");
        assertThat(SchoolDraft.normalisePostcode("b33 8th")).isEqualTo("B33 8TH");
        assertThat(with("NOPE", null, null).problems()).containsKey(SchoolField.POSTCODE);
        assertThat(with("cr2 6xh", null, null).problems()).isEmpty();
    }

    @Test
    void websitesAndTelephonesAreLooselyChecked() {
        assertThat(with(null, "www.school.sch.uk", "020 7946 0000").problems()).isEmpty();
        assertThat(with(null, "https://school.org/about", "+44 (0)20 7946 0000").problems()).isEmpty();
        assertThat(with(null, "not a website", "call us").problems())
                .containsOnlyKeys(SchoolField.WEBSITE, SchoolField.TELEPHONE);
        assertThat(with(null, null, "123").problems()).containsOnlyKeys(SchoolField.TELEPHONE);
    }

    @Test
    void overlongFieldsAreReported() {
        assertThat(SchoolDraft.named("x".repeat(501)).problems()).containsOnlyKeys(SchoolField.NAME);
    }
}
