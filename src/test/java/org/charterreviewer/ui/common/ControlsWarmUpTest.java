package org.charterreviewer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The warm-up's class list matches the JavaFX on the class path: after a JavaFX upgrade, names it
 * no longer has would be skipped without a word and their loading fall back on the FX thread.
 */
class ControlsWarmUpTest {

    @Test
    void everyListedClassIsFoundAndLinked() {
        assertThat(ControlsWarmUp.listedClasses()).hasSizeGreaterThan(300);
        assertThat(ControlsWarmUp.loadClasses()).isEqualTo(ControlsWarmUp.listedClasses().size());
    }
}
