package org.charterreviewer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's version, stamped into the jar by the build. */
public final class AppVersion {

    public static final String APP_NAME = "Charter Reviewer";

    private static final String VERSION = load();

    private AppVersion() {
    }

    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "development");
            // Unfiltered resources (running from an IDE without Maven) still say ${project.version}.
            return version.startsWith("${") ? "development" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
