package org.charterreviewer.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the operating system asks for high contrast. JavaFX 21 cannot tell (its Platform
 * preferences came in 22), so on Windows the registry is read with {@code reg query}; on every other
 * system the answer is "no" and nothing is run.
 */
public final class SystemHighContrast {

    private static final Logger LOG = LoggerFactory.getLogger(SystemHighContrast.class);
    private static final String KEY = "HKCU\\Control Panel\\Accessibility\\HighContrast";
    private static final Pattern FLAGS = Pattern.compile("Flags\\s+REG_SZ\\s+(\\d+)");
    /** HCF_HIGHCONTRASTON, the lowest bit of the Flags value. */
    private static final int HIGH_CONTRAST_ON = 1;

    private SystemHighContrast() {
    }

    public static boolean asked() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return false;
        }
        try {
            Process process = new ProcessBuilder("reg", "query", KEY, "/v", "Flags").redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroy();
                return false;
            }
            return flagsSayOn(output);
        } catch (IOException e) {
            LOG.info("Could not read the Windows high-contrast setting");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads {@code reg query}'s answer, e.g. {@code "    Flags    REG_SZ    127"}. */
    static boolean flagsSayOn(String regOutput) {
        Matcher matcher = FLAGS.matcher(regOutput);
        if (!matcher.find()) {
            return false;
        }
        try {
            return (Integer.parseInt(matcher.group(1)) & HIGH_CONTRAST_ON) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
