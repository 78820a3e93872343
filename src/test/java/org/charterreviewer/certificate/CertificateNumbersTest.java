package org.charterreviewer.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateNumbersTest {

    private final CertificateNumbers numbers = new CertificateNumbers();

    @Test
    void numbersHaveTheFormatAndValidate() {
        String number = numbers.next(Year.of(2026));
        assertThat(number).matches("CR-2026-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(CertificateNumbers.isValid(number)).isTrue();
    }

    @Test
    void tenThousandNumbersAreAllDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(numbers.next(Year.of(2026)))).isTrue();
        }
    }

    @Test
    void typedNumbersAreForgivenCaseSpacesAndDashes() {
        String number = numbers.next(Year.of(2027));
        String typed = " " + number.toLowerCase().replace("-", " ") + " ";
        assertThat(CertificateNumbers.normalise(typed)).contains(number);
        assertThat(CertificateNumbers.normalise(number.replace("-", ""))).contains(number);
    }

    @Test
    void everySingleMistypedCharacterAndEverySwapIsCaught() {
        String number = numbers.next(Year.of(2026));
        String alphabet = CertificateNumbers.ALPHABET + "0123456789";
        for (int i = 8; i < number.length(); i++) {
            if (number.charAt(i) == '-') {
                continue;
            }
            for (char c : alphabet.toCharArray()) {
                if (c != number.charAt(i)) {
                    String wrong = number.substring(0, i) + c + number.substring(i + 1);
                    assertThat(CertificateNumbers.isValid(wrong)).as(wrong).isFalse();
                }
            }
        }
        String compact = number.replace("-", "");
        for (int i = 2; i < compact.length() - 1; i++) {
            if (compact.charAt(i) != compact.charAt(i + 1)) {
                String swapped = compact.substring(0, i) + compact.charAt(i + 1) + compact.charAt(i) + compact.substring(i + 2);
                assertThat(CertificateNumbers.isValid(swapped)).as(swapped).isFalse();
            }
        }
    }

    @Test
    void nonsenseIsInvalid() {
        assertThat(CertificateNumbers.isValid(null)).isFalse();
        assertThat(CertificateNumbers.isValid("")).isFalse();
        assertThat(CertificateNumbers.isValid("CR-2026-OOOO-IIII")).isFalse();
        assertThat(CertificateNumbers.isValid("XX-2026-7K4M-Q9XD")).isFalse();
    }
}
