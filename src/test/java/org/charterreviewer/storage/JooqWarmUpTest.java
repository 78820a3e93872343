package org.charterreviewer.storage;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** jOOQ's render step runs before any database exists (pasted passphrase, during the key derivation). */
class JooqWarmUpTest {

    @Test
    void rendersWithoutADatabase() {
        assertThatCode(JooqWarmUp::render).doesNotThrowAnyException();
    }
}
