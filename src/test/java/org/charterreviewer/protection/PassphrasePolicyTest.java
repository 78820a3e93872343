package org.charterreviewer.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.charterreviewer.InvalidInputException;
import org.charterreviewer.protection.PassphrasePolicy.Strength;
import org.junit.jupiter.api.Test;

class PassphrasePolicyTest {

    @Test
    void shortCommonAndRepetitivePassphrasesAreTooWeak() {
        assertThat(PassphrasePolicy.strength("abc123".toCharArray())).isEqualTo(Strength.TOO_WEAK);
        assertThat(PassphrasePolicy.strength("password123".toCharArray())).isEqualTo(Strength.TOO_WEAK);
        assertThat(PassphrasePolicy.strength("aaaaaaaaaaaa".toCharArray())).isEqualTo(Strength.TOO_WEAK);
        assertThat(PassphrasePolicy.hint("abc".toCharArray())).contains("at least 10", "7 more");
        assertThat(PassphrasePolicy.hint("Password123".toCharArray())).contains("most used");
    }

    @Test
    void longerAndMoreVariedPassphrasesRateHigher() {
        assertThat(PassphrasePolicy.strength("kettle owls".toCharArray())).isEqualTo(Strength.FAIR);
        assertThat(PassphrasePolicy.strength("Blue kettle on the 4th shelf".toCharArray())).isEqualTo(Strength.STRONG);
        assertThat(PassphrasePolicy.entropyBits("Kettle-owl-9".toCharArray()))
                .isGreaterThan(PassphrasePolicy.entropyBits("kettleowls".toCharArray()));
    }

    @Test
    void aMismatchedConfirmationIsRefusedInPlainWords() {
        assertThatThrownBy(() -> PassphrasePolicy.requireAcceptable("Blue kettle on the shelf".toCharArray(),
                "Blue kettle on the shelf.".toCharArray()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not the same");
        PassphrasePolicy.requireAcceptable("Blue kettle on the shelf".toCharArray(),
                "Blue kettle on the shelf".toCharArray());
    }
}
