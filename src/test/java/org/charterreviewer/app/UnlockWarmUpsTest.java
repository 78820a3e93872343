package org.charterreviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The main window's class list matches the code: a class renamed or removed would be skipped
 * without a word, and its loading fall back on the FX thread after unlocking.
 */
class UnlockWarmUpsTest {

    @Test
    void everyListedMainWindowClassIsFoundAndLinked() {
        assertThat(UnlockWarmUps.mainWindowClasses()).hasSizeGreaterThan(400);
        assertThat(UnlockWarmUps.loadMainWindowClasses()).isEqualTo(UnlockWarmUps.mainWindowClasses().size());
    }
}
