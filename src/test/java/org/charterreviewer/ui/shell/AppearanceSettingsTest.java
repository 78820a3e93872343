package org.charterreviewer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.charterreviewer.json.JsonMapperFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppearanceSettingsTest {

    @TempDir
    Path dir;

    @Test
    void textSizeStepsUpToTwiceAndDownAgainWithinItsLimits() {
        AppearanceSettings settings = AppearanceSettings.DEFAULT;
        for (int i = 0; i < 10; i++) {
            settings = settings.larger();
        }
        assertThat(settings.textSize()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            settings = settings.smaller();
        }
        assertThat(settings.textSize()).isEqualTo(90);
    }

    @Test
    void theSystemDecidesContrastUntilTheOfficerChooses() {
        assertThat(AppearanceSettings.DEFAULT.highContrastOr(true)).isTrue();
        assertThat(AppearanceSettings.DEFAULT.highContrastOr(false)).isFalse();
        assertThat(AppearanceSettings.DEFAULT.withHighContrast(false).highContrastOr(true)).isFalse();
    }

    @Test
    void settingsSurviveARestartAndADamagedFileMeansTheDefaults() throws Exception {
        Path file = dir.resolve("appearance.json");
        AppearanceStore store = new AppearanceStore(file, JsonMapperFactory.create());
        assertThat(store.load()).isEqualTo(AppearanceSettings.DEFAULT);
        store.save(new AppearanceSettings(175, true));
        assertThat(new AppearanceStore(file, JsonMapperFactory.create()).load())
                .isEqualTo(new AppearanceSettings(175, true));
        Files.writeString(file, "{not json");
        assertThat(store.load()).isEqualTo(AppearanceSettings.DEFAULT);
        Files.writeString(file, "{\"textSize\":1000,\"highContrast\":null}");
        assertThat(store.load().textSize()).isEqualTo(100);
    }

    @Test
    void windowsHighContrastIsReadFromTheFirstBitOfItsFlags() {
        assertThat(SystemHighContrast.flagsSayOn("\r\nHKEY_CURRENT_USER\\Control Panel\\Accessibility\\HighContrast\r\n"
                + "    Flags    REG_SZ    127\r\n")).isTrue();
        assertThat(SystemHighContrast.flagsSayOn("    Flags    REG_SZ    126\r\n")).isFalse();
        assertThat(SystemHighContrast.flagsSayOn("ERROR: The system was unable to find the specified registry key")).isFalse();
    }

    @Test
    void noRegistryIsAskedOutsideWindows() {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"));
        assertThat(SystemHighContrast.asked()).isFalse();
    }
}
